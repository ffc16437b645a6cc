// The app shell: a skip link, the navigation between the seven pages, and the current page.
import { render } from 'preact';
import { useEffect } from 'preact/hooks';
import { captureTokenFromHash } from './api';
import { useRoute } from './router';
import { ApplicationsPage } from './pages/Applications';
import { AssessPage } from './pages/Assess';
import { CareersPage } from './pages/Careers';
import { ComparePage } from './pages/Compare';
import { MoneyPage } from './pages/Money';
import { ProgramsPage } from './pages/Programs';
import { RankingPage } from './pages/Ranking';
import './styles.css';

const PAGES = [
  { id: 'assess', title: 'Is it right for me?' },
  { id: 'programs', title: 'Programs' },
  { id: 'compare', title: 'Compare' },
  { id: 'ranking', title: 'My ranking' },
  { id: 'money', title: 'Cost and return' },
  { id: 'careers', title: 'Careers' },
  { id: 'applications', title: 'Shortlist and applications' },
];

function Page({ page, params }: { page: string; params: URLSearchParams }) {
  switch (page) {
    case 'programs':
      return <ProgramsPage params={params} />;
    case 'compare':
      return <ComparePage params={params} />;
    case 'ranking':
      return <RankingPage />;
    case 'money':
      return <MoneyPage params={params} />;
    case 'careers':
      return <CareersPage />;
    case 'applications':
      return <ApplicationsPage />;
    case 'assess':
      return <AssessPage />;
    default:
      return (
        <>
          <h1 tabIndex={-1}>Page not found</h1>
          <p>
            There is no page “{page}”. <a href="#/assess">Start here</a>.
          </p>
        </>
      );
  }
}

function App() {
  const route = useRoute();
  const current = PAGES.find((p) => p.id === route.page);
  useEffect(() => {
    document.title = `${current?.title ?? 'Not found'} · gradfit`;
    // Move focus to the new page's heading so keyboard and screen-reader users land on it.
    requestAnimationFrame(() => (document.querySelector('main h1') as HTMLElement | null)?.focus({ preventScroll: true }));
  }, [route.page]);
  return (
    <>
      <a class="skip" href="#main" onClick={(e) => (e.preventDefault(), document.getElementById('main')?.focus())}>
        Skip to content
      </a>
      <header>
        <p class="brand">gradfit</p>
        <nav aria-label="Pages">
          <ul>
            {PAGES.map((p) => (
              <li key={p.id}>
                <a href={`#/${p.id}`} aria-current={p.id === route.page ? 'page' : undefined}>
                  {p.title}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="main" tabIndex={-1}>
        <Page key={route.page} page={route.page} params={route.params} />
      </main>
      <footer>
        <p class="small">
          Every figure comes with its source; unknown facts say “unknown”. Wages: U.S. Bureau of Labor Statistics, OEWS. Skills: O*NET
          (USDOL/ETA), CC BY 4.0.
        </p>
      </footer>
    </>
  );
}

captureTokenFromHash();
render(<App />, document.getElementById('app')!);
