// What the UI remembers between visits in this browser: which stored profile is "me" and which
// programs were picked to compare. The profile itself lives in the server's database.
const PROFILE_KEY = 'gradfit.profileId';
const COMPARE_KEY = 'gradfit.compare';

export function currentProfileId(): number | null {
  const v = localStorage.getItem(PROFILE_KEY);
  return v ? Number(v) : null;
}

export function setCurrentProfileId(id: number | null): void {
  if (id === null) localStorage.removeItem(PROFILE_KEY);
  else localStorage.setItem(PROFILE_KEY, String(id));
}

export function compareSelection(): string[] {
  try {
    const v = JSON.parse(localStorage.getItem(COMPARE_KEY) ?? '[]');
    return Array.isArray(v) ? v.filter((x) => typeof x === 'string') : [];
  } catch {
    return [];
  }
}

export function setCompareSelection(ids: string[]): void {
  localStorage.setItem(COMPARE_KEY, JSON.stringify(ids.slice(0, 4)));
}

/** `{profile_id}` when the user saved a profile, else `{}` (every personal fact unknown). */
export function profileRef(): { profile_id?: number } {
  const id = currentProfileId();
  return id === null ? {} : { profile_id: id };
}
