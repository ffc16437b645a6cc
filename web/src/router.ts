// Hash routing: `#/programs?keyword=vision` → { page: 'programs', params }. Works from any URL the
// server serves (it answers every extension-less path with index.html) and needs no server routes.
import { useEffect, useState } from 'preact/hooks';

export interface Route {
  page: string;
  params: URLSearchParams;
}

export function parseHash(hash: string): Route {
  const body = hash.replace(/^#\/?/, '');
  const [page, search = ''] = body.split('?', 2);
  return { page: page || 'assess', params: new URLSearchParams(search) };
}

export function href(page: string, params?: Record<string, string>): string {
  const q = params ? new URLSearchParams(params).toString() : '';
  return `#/${page}${q ? `?${q}` : ''}`;
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseHash(location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseHash(location.hash));
    addEventListener('hashchange', onChange);
    return () => removeEventListener('hashchange', onChange);
  }, []);
  return route;
}

/** Updates the query of the current page without adding a history entry for every keystroke. */
export function replaceParams(page: string, params: Record<string, string>): void {
  const clean = Object.fromEntries(Object.entries(params).filter(([, v]) => v !== ''));
  history.replaceState(null, '', href(page, clean));
}
