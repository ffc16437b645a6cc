#!/usr/bin/env node
// Browser end-to-end tests: playwright-core drives Debian's Chromium against a real
// `gradfit serve` process with a throwaway database. Run by ctest (CMakeLists.txt, `web_e2e`):
//   node web/tests/e2e.mjs path/to/gradfit [--screenshots DIR]
// Prints one line per test, the time-to-interactive of every page (reported, not asserted), and
// exits 1 when any test fails.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import ICAL from 'ical.js';
import { startServer } from './server.mjs';

const require = createRequire(import.meta.url);
const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..', '..');
const ui = join(root, 'web', 'dist');
const CHROMIUM = process.env.GRADFIT_CHROMIUM ?? '/usr/bin/chromium';

const args = process.argv.slice(2);
const binary = args[0] && resolve(args[0]);
const shotsAt = args.indexOf('--screenshots');
const screenshotDir = shotsAt >= 0 ? resolve(args[shotsAt + 1]) : null;

if (!binary || !existsSync(binary)) fail(`usage: e2e.mjs GRADFIT_BINARY [--screenshots DIR] (got ${args[0] ?? 'nothing'})`);
if (!existsSync(join(ui, 'index.html'))) fail(`no compiled UI at ${ui}: run \`npm ci && npm run build\` in web/ (scripts/setup.sh does)`);
if (!existsSync(CHROMIUM)) fail(`no Chromium at ${CHROMIUM}: scripts/setup.sh installs Debian's chromium`);

// A binary without the `serve` command (built from a branch without the server) cannot be tested:
// reported as skipped (exit 77, ctest's SKIP_RETURN_CODE), not as a failure of the UI.
if (!/^\s+serve\s/m.test(execFileSync(binary, ['--help'], { encoding: 'utf8' }))) {
  console.log(`e2e: ${binary} has no \`serve\` command: browser tests skipped`);
  process.exit(77);
}

function fail(message) {
  console.error(`e2e: ${message}`);
  process.exit(1);
}

const PAGES = [
  // page, the selector that says the page has its data and is ready to use
  ['assess', 'form.questionnaire button[type=submit]'],
  ['programs', '[data-testid=program-list] li'],
  ['compare', '[data-testid=eligibility]'],
  ['ranking', '[data-testid=ranking] li'],
  ['money', '.card table'],
  ['careers', 'table tbody tr'],
  ['applications', '.downloads button'],
];

const work = mkdtempSync(join(tmpdir(), 'gradfit-e2e-'));
const db = join(work, 'gradfit.db');
let server = await startServer({ binary, db, ui });
const context = await chromium.launchPersistentContext(join(work, 'chromium-profile'), {
  executablePath: CHROMIUM,
  headless: true,
  acceptDownloads: true,
  viewport: { width: 1280, height: 900 },
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
});
const page = context.pages()[0] ?? (await context.newPage());
page.setDefaultTimeout(20_000);
const pageErrors = [];
page.on('pageerror', (e) => pageErrors.push(String(e)));

const api = async (method, path, body) => {
  const res = await fetch(`${server.url}/api/v1${path}`, {
    method,
    headers: body ? { 'Content-Type': 'application/json' } : {},
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${text}`);
  return text ? (res.headers.get('content-type')?.includes('json') ? JSON.parse(text) : text) : null;
};
const open = async (hash) => {
  await page.goto(`${server.url}/#/${hash}`);
};

const results = [];
let profileId = null; // the profile the questionnaire test saves
async function test(name, body) {
  const started = Date.now();
  try {
    await body();
    results.push({ name, ok: true });
    console.log(`ok   ${name} (${Date.now() - started} ms)`);
  } catch (e) {
    results.push({ name, ok: false });
    console.log(`FAIL ${name}\n     ${String(e.stack ?? e).split('\n').slice(0, 6).join('\n     ')}`);
    await page.screenshot({ path: join(work, `${name.replace(/\W+/g, '-')}.png`) }).catch(() => {});
  }
}

// --- the questionnaire -------------------------------------------------------------------------
await test('fill the questionnaire and see the verdict (the same as the CLI for the same answers)', async () => {
  await open('assess');
  const set = (key, value) => page.locator(`[id="f-${key}"]`).selectOption(value);
  const type = (key, value) => page.locator(`[id="f-${key}"]`).fill(value);
  // A history graduate changing career (tests/fit/personas/humanities_career_changer.toml).
  await type('name', 'Hana, e2e');
  await set('education.level', 'bachelor');
  await set('education.field', 'humanities');
  await type('education.gpa', '3.6');
  await set('tests.gre_taken', 'none');
  await set('tests.native_english', 'yes');
  await set('coursework.calculus', 'none');
  await set('coursework.linear_algebra', 'none');
  await set('coursework.probability', 'none');
  await set('coursework.statistics', 'self_study');
  await type('coursework.programming_years', '0.5');
  await type('work.years', '5');
  await type('work.salary', '52000');
  await type('location.country', 'US');
  await type('location.us_state', 'PA');
  await page.locator('[id="f-goals.target_roles-data_scientist"]').check();
  await page.getByRole('button', { name: /save my answers/i }).click();
  const verdict = page.getByTestId('verdict');
  await verdict.waitFor();
  const headline = (await verdict.textContent()).trim();

  // The profile is stored; the CLI, given the same profile as TOML, gives the same verdict.
  const { profiles } = await api('GET', '/profiles');
  assert.equal(profiles.length, 1);
  profileId = profiles[0].id;
  const toml = await api('GET', `/profiles/${profiles[0].id}/toml`);
  const file = join(work, 'hana.toml');
  writeFileSync(file, toml);
  const cli = JSON.parse(execFileSync(binary, ['assess', '--profile', file, '--json'], { cwd: root, encoding: 'utf8' }));
  assert.equal(headline, cli.pathway.headline);

  // Her gaps come with bridge courses and their length.
  const bridges = await page.getByTestId('bridges').textContent();
  assert.match(bridges, /calculus/i);
  assert.match(bridges, /about \d+(\.\d+)? weeks/);

  // A wrong answer is refused with the field named, and focus goes to it.
  await type('education.gpa', '5.2');
  await page.getByRole('button', { name: /update my answers/i }).click();
  const alert = page.locator('.questionnaire [role=alert]');
  await alert.waitFor();
  assert.match(await alert.textContent(), /gpa/i);
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'f-education.gpa');
  await type('education.gpa', '3.6');
  await page.getByRole('button', { name: /update my answers/i }).click();
  await alert.waitFor({ state: 'detached' });
});

// --- programs ----------------------------------------------------------------------------------
await test('filter programs: online only, each fact one click from its source', async () => {
  await open('programs');
  const count = page.getByTestId('program-count');
  await count.waitFor();
  const all = await api('GET', '/programs');
  assert.match(await count.textContent(), new RegExp(`^${all.count} programs`));
  await page.getByLabel('Format', { exact: true }).selectOption('online');
  const online = await api('GET', '/programs?modality=online');
  assert.ok(online.count > 0 && online.count < all.count);
  await page.waitForFunction((n) => document.querySelector('[data-testid=program-count]')?.textContent?.startsWith(`${n} programs`), online.count);
  const items = page.locator('[data-testid=program-list] > li');
  assert.equal(await items.count(), online.count);
  for (const text of await items.locator('p.small').allTextContents()) assert.match(text, /online/);

  await items.first().getByRole('button', { name: /show facts and sources/i }).click();
  const source = items.first().locator('table a[href^="http"]').first();
  await source.waitFor();
  const detail = await api('GET', `/programs/${online.programs[0].id}`);
  assert.ok(detail.sources.map((s) => s.url).includes(await source.getAttribute('href')));
});

// --- compare -----------------------------------------------------------------------------------
await test('compare three programs: six criteria, a radar chart, eligibility for this user', async () => {
  const { programs } = await api('GET', '/programs?sort=name');
  const ids = programs.slice(0, 3).map((p) => p.id);
  await open(`compare?ids=${ids.join(',')}`);
  const cells = page.getByTestId('eligibility');
  await cells.first().waitFor();
  assert.equal(await cells.count(), 3);
  const headers = await page.locator('table thead th').allTextContents();
  for (const p of programs.slice(0, 3)) assert.ok(headers.includes(p.name), `${p.name} is a column`);
  for (const label of ['Admission chances', 'Curriculum fit', 'Industry links', 'Study format', 'Outcomes (NPV)', 'Total cost'])
    await page.getByRole('rowheader', { name: label }).waitFor();
  await page.locator('figure .chart svg').first().waitFor();
  const api3 = await api('GET', `/compare?ids=${ids.join(',')}&profile_id=${profileId}`);
  const shown = (await cells.allTextContents()).map((t) => t.trim());
  assert.deepEqual(shown, api3.programs.map((p) => p.eligibility.replace(/_/g, ' ')));
});

// --- ranking -----------------------------------------------------------------------------------
await test('move a weight slider and see the order change', async () => {
  await open('ranking');
  const list = page.locator('[data-testid=ranking] li');
  await list.first().waitFor();
  const before = await list.evaluateAll((els) => els.map((e) => e.dataset.id));
  // Only cost matters now: everything else to 0, cost to 10.
  for (const c of ['admissions', 'curriculum', 'industry', 'modality', 'outcomes']) await page.locator(`#w-${c}`).fill('0');
  await page.locator('#w-cost').fill('10');
  await page.waitForFunction(
    (old) => {
      const ids = [...document.querySelectorAll('[data-testid=ranking] li')].map((e) => e.dataset.id);
      return ids.length > 0 && ids.join() !== old.join() && document.querySelector('.status-line')?.textContent?.startsWith('Ranked');
    },
    before,
  );
  const after = await list.evaluateAll((els) => els.map((e) => e.dataset.id));
  assert.notDeepEqual(after, before);
  const expected = await api('POST', '/rank', { profile_id: profileId, eligible_only: false, weights: { admissions: 0, curriculum: 0, industry: 0, modality: 0, outcomes: 0, cost: 10 } });
  assert.deepEqual(after, expected.programs.slice(0, after.length).map((p) => p.id));
  await page.locator('figure .chart svg').nth(1).waitFor();
});

// --- shortlist and applications, across a restart ------------------------------------------------
let deadlineProgram = null;
await test('shortlist two programs, set a deadline, tick a checklist item; all still there after a restart', async () => {
  await open('programs');
  const items = page.locator('[data-testid=program-list] > li');
  await items.first().waitFor();
  const names = [];
  for (const i of [0, 1]) {
    names.push((await items.nth(i).locator('h2').textContent()).trim());
    await items.nth(i).getByRole('button', { name: /add to shortlist/i }).click();
    await page.locator('.status-line', { hasText: 'is on your shortlist' }).waitFor();
  }
  await open('applications');
  const forms = page.locator('form.application');
  await forms.nth(1).waitFor();
  assert.equal(await forms.count(), 2);
  const first = forms.first();
  deadlineProgram = await first.getAttribute('data-program');
  await first.getByLabel('Deadline').fill('2027-01-15');
  await first.getByLabel('Transcripts').check();
  await first.getByLabel('Status').selectOption('preparing');
  await first.getByRole('button', { name: /^save/i }).click();
  await first.getByText('Saved.').waitFor();

  // Killed without warning, restarted on the same address (so the browser keeps its origin).
  await server.stop('SIGKILL');
  server = await startServer({ binary, db, ui, port: Number(new URL(server.url).port) });
  await open('applications');
  await forms.nth(1).waitFor();
  const headings = (await forms.locator('h2').allTextContents()).map((t) => t.trim());
  for (const n of names) assert.ok(headings.some((h) => h.startsWith(n)), `${n} is still on the shortlist`);
  const again = page.locator(`form.application[data-program="${deadlineProgram}"]`);
  assert.equal(await again.getByLabel('Deadline').inputValue(), '2027-01-15');
  assert.equal(await again.getByLabel('Transcripts').isChecked(), true);
  assert.equal(await again.getByLabel('Status').inputValue(), 'preparing');
  await page.getByTestId('deadlines').getByText('2027-01-15').waitFor();
});

await test('download the deadlines as iCalendar and parse them', async () => {
  assert.ok(deadlineProgram, 'the shortlist test set a deadline');
  await open('applications');
  await page.locator('form.application').first().waitFor();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /calendar/i }).click()]);
  assert.match(download.suggestedFilename(), /\.ics$/);
  const file = join(work, 'deadlines.ics');
  await download.saveAs(file);
  const text = readFileSync(file, 'utf8');
  assert.match(text, /\r\n/, 'RFC 5545 lines end in CRLF');
  const calendar = new ICAL.Component(ICAL.parse(text));
  assert.equal(calendar.name, 'vcalendar');
  const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
  const event = events.find((e) => e.startDate.toString() === '2027-01-15');
  assert.ok(event, `an event on 2027-01-15 among ${events.map((e) => e.startDate.toString())}`);
  assert.ok(event.startDate.isDate, 'an all-day event');
  assert.ok(event.uid, 'every event has a UID');
  const { programs } = await api('GET', '/programs');
  const program = programs.find((p) => p.id === deadlineProgram);
  assert.ok(event.summary.includes(program.name) || event.summary.includes(deadlineProgram), event.summary);
});

// --- every page: accessibility, phone width, keyboard, time to interactive ----------------------
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const tti = {};
const { programs: sample } = await api('GET', '/programs?sort=name').catch(() => ({ programs: [] }));
// Well-documented programs of the bundled catalog when present (for readable screenshots).
const known = ['cmu-msml', 'gatech-omscs', 'ubc-mds'].filter((id) => sample.some((p) => p.id === id)).map((id) => ({ id }));
const pick = known.length === 3 ? known : sample.slice(0, 3);
const withIds = { compare: pick, money: pick.slice(0, 2) };
for (const [name, ready] of PAGES) {
  await test(`page ${name}: no serious or critical axe-core violations, fits 375 px`, async () => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto('about:blank'); // a full page load, so performance.now() counts from it
    await open(withIds[name] ? `${name}?ids=${withIds[name].map((p) => p.id).join(',')}` : name);
    // Time to interactive: navigation start to the page's data on screen with no request still
    // running (reported, not asserted). `networkidle` also waits out Playwright's 500 ms without
    // requests, so the moment it resolves is reported too, for comparison with earlier runs.
    const shown = await page.waitForFunction((sel) => (document.querySelector(sel) ? performance.now() : null), ready);
    const readyAt = await shown.jsonValue();
    await page.waitForLoadState('networkidle');
    const idleAt = await page.evaluate(() => performance.now());
    const lastResponse = await page.evaluate(() =>
      Math.max(0, ...performance.getEntriesByType('resource').map((e) => e.responseEnd)),
    );
    tti[name] = { interactive: Math.round(Math.max(readyAt, lastResponse)), idle: Math.round(idleAt) };
    if (screenshotDir) await page.screenshot({ path: join(screenshotDir, `${name}.png`), fullPage: false });
    await page.addScriptTag({ content: axeSource });
    const { violations } = await page.evaluate(() => window.axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'best-practice'] }));
    const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    assert.deepEqual(
      serious.map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`),
      [],
    );
    await page.setViewportSize({ width: 375, height: 800 });
    await page.waitForTimeout(100);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 0, `the page scrolls sideways by ${overflow} px at 375 px`);
    if (screenshotDir) await page.screenshot({ path: join(screenshotDir, `${name}-375.png`), fullPage: false });
  });
}

await test('the keyboard reaches every page from the navigation', async () => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await open('applications');
  await page.locator(PAGES[6][1]).first().waitFor();
  const titles = await page.locator('nav a').allTextContents();
  for (const [index, [name]] of PAGES.entries()) {
    await page.locator('a.skip').focus();
    for (let i = 0; i <= index; i++) await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), titles[index]);
    await page.keyboard.press('Enter');
    await page.waitForFunction((n) => location.hash === `#/${n}`, name);
    // Focus moves to the new page's heading, so the next Tab continues in the page.
    await page.waitForFunction(() => document.activeElement?.tagName === 'H1');
  }
});

await test('no script errors on any page', async () => {
  assert.deepEqual(pageErrors, []);
});

console.log('\ntime to interactive per page (ms from navigation; reported, not asserted):');
console.log(`  ${'page'.padEnd(14)} ${'interactive'.padStart(11)} ${'networkidle'.padStart(12)}`);
for (const [name, t] of Object.entries(tti)) console.log(`  ${name.padEnd(14)} ${String(t.interactive).padStart(11)} ${String(t.idle).padStart(12)}`);
console.log('  interactive: its data on screen and no request running; networkidle: after 500 ms without requests');

await context.close();
await server.stop();
const failed = results.filter((r) => !r.ok);
console.log(`\n${results.length - failed.length} passed, ${failed.length} failed`);
if (failed.length === 0) rmSync(work, { recursive: true, force: true });
else console.log(`screenshots of the failures and the server's database: ${work}`);
process.exit(failed.length === 0 ? 0 : 1);
