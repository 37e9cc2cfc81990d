// End-to-end test of the explorer page, served by the real binary with the
// page embedded (built before: npm run build && go build -o bin/rightsgraph
// ./cmd/rightsgraph, as the Makefile does). RIGHTSGRAPH_BIN overrides the
// binary's path. Nothing is built here.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch, recordConsole } from './browser.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const BIN = process.env.RIGHTSGRAPH_BIN || path.resolve(here, '..', '..', 'bin', 'rightsgraph');
const SHOTS = path.join(here, 'screenshots');

const TAUBINA = 'person/natalya-taubina';
const PUBLIC_VERDICT = 'organisation/public-verdict-foundation';
const MEMORIAL = 'organisation/memorial-human-rights-centre';
const ORLOV = 'person/oleg-orlov';
const CONGRESS = 'congress/2017-moscow-human-rights-congress';

let server; // the child process
let origin; // http://127.0.0.1:port
let workdir; // the server's working and data folder
let browser;
let editorToken; // an editor's token, made before the server starts
const consoleMessages = [];
const timings = {};

/** Starts the binary on a free port and waits until /readyz answers 200. */
async function startServer() {
  assert.ok(fs.existsSync(BIN), `no binary at ${BIN}: build it first (npm run build && go build -o bin/rightsgraph ./cmd/rightsgraph)`);
  workdir = fs.mkdtempSync(path.join(os.tmpdir(), 'rightsgraph-e2e-'));
  // The embedded store, whatever the caller's environment or .env says.
  const env = { ...process.env, RIGHTSGRAPH_DATA: path.join(workdir, 'data') };
  for (const k of ['NEO4J_URI', 'NEO4J_USER', 'NEO4J_PASSWORD', 'NEO4J_DATABASE', 'RIGHTSGRAPH_ADDR']) delete env[k];
  const made = execFileSync(BIN, ['token', 'create', '-role', 'editor', '-name', 'e2e-editor'], { cwd: workdir, env, encoding: 'utf8' });
  editorToken = made.trim().split('\n').pop();
  server = spawn(BIN, ['serve', '-addr', '127.0.0.1:0'], { cwd: workdir, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  server.stderr.on('data', (d) => (err += d));
  origin = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the server did not say where it listens in 20 s:\n${out}\n${err}`)), 20_000);
    server.stdout.on('data', (d) => {
      out += d;
      const m = /listening on (http:\/\/\S+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(m[1].replace(/\/$/, ''));
      }
    });
    server.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the server exited with ${code}:\n${out}\n${err}`));
    });
  });
  const deadline = Date.now() + 30_000;
  for (;;) {
    try {
      const res = await fetch(origin + '/readyz');
      if (res.status === 200) return;
    } catch {
      // not yet
    }
    if (Date.now() > deadline) throw new Error(`${origin}/readyz never answered 200:\n${err}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function stopServer() {
  if (server && server.exitCode === null) {
    const exited = new Promise((r) => server.once('exit', r));
    server.kill('SIGTERM');
    const killed = await Promise.race([exited.then(() => true), new Promise((r) => setTimeout(() => r(false), 5000))]);
    if (!killed) {
      server.kill('SIGKILL');
      await exited;
    }
  }
  if (workdir) fs.rmSync(workdir, { recursive: true, force: true });
}

async function newPage(viewport = { width: 1280, height: 800 }) {
  const page = await browser.context.newPage();
  await page.setViewportSize(viewport);
  const messages = recordConsole(page);
  consoleMessages.push(messages);
  return page;
}

/** Waits until the page has loaded what it asked for and laid it out. */
function idle(page) {
  return page.waitForFunction(() => window.__explorer && window.__explorer.ready, null, { timeout: 20_000 });
}

const graphNodes = (page) => page.evaluate(() => window.__explorer.nodes());

async function shot(page, name) {
  fs.mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`) });
}

/** Whether el's box lies within the viewport and within its scrolling box. */
function inView(el) {
  const r = el.getBoundingClientRect();
  if (r.height === 0 || r.bottom < 0 || r.top > innerHeight || r.right < 0 || r.left > innerWidth) return false;
  for (let p = el.parentElement; p; p = p.parentElement) {
    const s = getComputedStyle(p);
    if (/(auto|scroll)/.test(s.overflowY) && p.scrollHeight > p.clientHeight) {
      const c = p.getBoundingClientRect();
      return r.top >= c.top - 1 && r.top < c.bottom && r.bottom > c.top;
    }
  }
  return true;
}

/** Types into a search box and chooses the suggestion with that name. */
async function choose(page, input, name, query = name) {
  await input.click();
  await input.fill('');
  await input.pressSequentially(query, { delay: 25 });
  const list = page.locator(`#${await input.getAttribute('aria-controls')}`);
  const option = list.getByTestId('search-result').filter({ hasText: name }).first();
  await option.waitFor({ state: 'visible' });
  const clickedAt = Date.now();
  await option.click();
  return clickedAt;
}

before(async () => {
  await startServer();
  browser = await launch({ width: 1280, height: 800 });
});

after(async () => {
  try {
    if (browser) await browser.close();
  } finally {
    await stopServer();
  }
  fs.mkdirSync(SHOTS, { recursive: true });
  fs.writeFileSync(path.join(SHOTS, 'timings.json'), JSON.stringify(timings, null, 2));
});

test('search → neighbourhood → evidence → the quote marked in the report', async (t) => {
  const page = await newPage();
  await page.goto(origin + '/');
  await idle(page);
  timings.timeToInteractiveMs = await page.evaluate(() => Math.round(window.__explorer.timings.ready));
  const nav = await page.evaluate(() => performance.getEntriesByType('navigation')[0].toJSON());
  timings.domContentLoadedMs = Math.round(nav.domContentLoadedEventEnd);
  timings.pageTransferBytes = await page.evaluate(() =>
    performance.getEntriesByType('resource').reduce((n, r) => n + (r.transferSize || 0), performance.getEntriesByType('navigation')[0].transferSize || 0),
  );
  await shot(page, 'desktop-start');

  const input = page.getByTestId('search-input');
  await input.click();
  await input.pressSequentially('Taubina', { delay: 25 });
  await page.getByTestId('search-result').filter({ hasText: 'Natalya Taubina' }).first().waitFor();
  await shot(page, 'desktop-search');
  const t0 = await choose(page, input, 'Natalya Taubina', 'Taubina');
  await page.waitForFunction((id) => window.__explorer.nodes().includes(id), PUBLIC_VERDICT);
  await idle(page);
  timings.searchChoiceToGraphMs = Date.now() - t0;
  const nodes = await graphNodes(page);
  assert.ok(nodes.includes(TAUBINA), 'Natalya Taubina is in the graph');
  assert.ok(nodes.includes(PUBLIC_VERDICT), 'Public Verdict is in the graph');
  assert.equal(await page.evaluate(() => window.__explorer.selected()), TAUBINA);
  // The drawing holds the node where the test hook says.
  const pos = await page.evaluate((id) => window.__explorer.position(id), PUBLIC_VERDICT);
  const box = await page.getByTestId('graph-canvas').boundingBox();
  assert.ok(pos && pos.x > 0 && pos.y > 0 && pos.x < box.width && pos.y < box.height, `Public Verdict is drawn inside the view: ${JSON.stringify(pos)}`);

  const details = page.getByTestId('details-panel');
  await details.getByRole('heading', { name: 'Natalya Taubina' }).waitFor();
  const quote = details.getByTestId('evidence-quote').filter({ hasText: 'director of the Public Verdict foundation' }).first();
  await quote.waitFor();
  const quoteText = (await quote.textContent()).trim();
  assert.match(quoteText, /director of the Public Verdict foundation/);
  await shot(page, 'desktop-details');

  const evidence = details.getByTestId('evidence').filter({ has: page.getByTestId('evidence-quote').filter({ hasText: quoteText }) }).first();
  await evidence.getByTestId('show-in-report').click();
  const report = page.getByTestId('report-view');
  await report.waitFor({ state: 'visible' });
  const mark = report.locator('mark');
  await mark.waitFor();
  assert.equal(await mark.count(), 1);
  assert.equal(await mark.textContent(), quoteText, 'the marked span is exactly the quote');
  assert.ok(await mark.evaluate(inView), 'the mark is scrolled into view');
  await shot(page, 'desktop-report');
  await page.keyboard.press('Escape');
  await report.waitFor({ state: 'hidden' });

  // A name in the panel selects that entity.
  await details.getByTestId('relation-other').filter({ hasText: 'Public Verdict Foundation' }).first().click();
  await details.getByRole('heading', { name: 'Public Verdict Foundation' }).waitFor();
  assert.equal(await page.evaluate(() => window.__explorer.selected()), PUBLIC_VERDICT);
  assert.equal(new URL(page.url()).searchParams.get('sel'), PUBLIC_VERDICT, 'the selection is in the URL');

  // Double-click expands: the congress's neighbours come in.
  const before = (await graphNodes(page)).length;
  const c = await page.evaluate((id) => window.__explorer.position(id), CONGRESS);
  await page.mouse.dblclick(box.x + c.x, box.y + c.y);
  await page.waitForFunction((n) => window.__explorer.nodes().length > n, before, { timeout: 10_000 });
  await idle(page);
  timings.expandedNodes = (await graphNodes(page)).length;
  assert.equal(await page.evaluate(() => window.__explorer.selected()), CONGRESS, 'the click of the double-click selected it');
  await shot(page, 'desktop-expanded');

  // Filters hide a kind; the export links follow what is visible.
  const issues = (await graphNodes(page)).filter((id) => id.startsWith('issue/'));
  assert.ok(issues.length > 0);
  await page.locator('#filter-kind-ISSUE').uncheck();
  const visible = await page.evaluate(() => window.__explorer.visibleNodes());
  assert.ok(!visible.some((id) => id.startsWith('issue/')), 'issues are hidden');
  const href = await page.getByTestId('export-graphml').getAttribute('href');
  const ids = decodeURIComponent(new URL(href, origin).searchParams.get('ids')).split(',');
  assert.deepEqual([...ids].sort(), [...visible].sort(), 'the export names the visible entities');
  const res = await fetch(new URL(href, origin));
  assert.equal(res.status, 200);
  const graphml = await res.text();
  assert.match(graphml, /Public Verdict Foundation/);
  assert.doesNotMatch(graphml, /Torture in detention/);
  await page.locator('#filter-kind-ISSUE').check();
  for (const f of ['gexf', 'cyjs', 'csv']) {
    const h = await page.getByTestId(`export-${f}`).getAttribute('href');
    assert.ok(h.startsWith(`/export?format=${f}&ids=`), `${f}: ${h}`);
  }
  const download = page.waitForEvent('download');
  await page.getByTestId('export-png').click();
  const png = await download;
  assert.equal(png.suggestedFilename(), 'rightsgraph.png');
  const head = fs.readFileSync(await png.path()).subarray(0, 8);
  assert.deepEqual([...head], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'a PNG file');

  t.diagnostic(`time to interactive ${timings.timeToInteractiveMs} ms; search choice → graph ${timings.searchChoiceToGraphMs} ms`);
  await page.close();
});

test('path mode: Natalya Taubina → Oleg Orlov', async () => {
  const page = await newPage();
  await page.goto(origin + '/');
  await idle(page);
  await page.getByRole('tab', { name: 'Path' }).click();
  await choose(page, page.getByTestId('path-from'), 'Natalya Taubina');
  await choose(page, page.getByTestId('path-to'), 'Oleg Orlov');
  const t0 = Date.now();
  await page.getByTestId('path-run').click();
  const result = page.getByTestId('path-result');
  const steps = result.getByTestId('path-step');
  await steps.first().waitFor();
  await idle(page);
  timings.pathMs = Date.now() - t0;
  assert.ok((await steps.count()) >= 3, 'at least 3 steps');
  const text = await result.textContent();
  assert.match(text, /Natalya Taubina/);
  assert.match(text, /Oleg Orlov/);
  assert.match(await steps.first().textContent(), /Natalya Taubina/);
  assert.match(await steps.last().textContent(), /Oleg Orlov/);
  const nodes = await graphNodes(page);
  assert.ok(nodes.includes(TAUBINA) && nodes.includes(ORLOV), 'the path is drawn');
  const url = new URL(page.url());
  assert.equal(url.searchParams.get('mode'), 'path');
  assert.equal(url.searchParams.get('from'), TAUBINA);
  assert.equal(url.searchParams.get('to'), ORLOV);
  await shot(page, 'desktop-path');

  // The link restores the path.
  await page.reload();
  await idle(page);
  await result.getByTestId('path-step').first().waitFor();
  assert.ok((await result.getByTestId('path-step').count()) >= 3, 'the path survives a reload');
  await page.close();
});

test('alliances of the Memorial Human Rights Centre, chosen by keyboard; the URL restores them', async () => {
  const page = await newPage();
  await page.goto(origin + '/');
  await idle(page);
  const input = page.getByTestId('search-input');
  await input.focus();
  await input.pressSequentially('Memorial Human Rights', { delay: 25 });
  const options = page.locator(`#${await input.getAttribute('aria-controls')}`).getByTestId('search-result');
  await options.first().waitFor();
  // Arrow down to the centre, then Enter.
  let found = false;
  for (let i = 0; i < 8 && !found; i++) {
    await page.keyboard.press('ArrowDown');
    const active = page.locator(`#${await input.getAttribute('aria-activedescendant')}`);
    found = (await active.textContent()).includes('Memorial Human Rights Centre');
  }
  assert.ok(found, 'the centre is among the suggestions');
  await page.keyboard.press('Enter');
  await page.waitForFunction((id) => window.__explorer.selected() === id && window.__explorer.nodes().includes(id), MEMORIAL);
  await idle(page);

  const button = page.getByTestId('details-panel').getByTestId('alliances-button');
  await button.focus();
  await page.keyboard.press('Enter');
  const panel = page.getByTestId('alliances-panel');
  await panel.getByTestId('alliance-item').first().waitFor();
  await idle(page);
  const items = panel.getByTestId('alliance-item');
  assert.ok((await items.count()) >= 3, `at least 3 alliances, got ${await items.count()}`);
  assert.match(await items.first().textContent(), /\d/, 'with a weight');
  const allied = await page.evaluate(() => window.__explorer.edges().filter((id) => id.includes('|ALLIED_WITH|')));
  assert.ok(allied.length >= 3, 'alliance edges are drawn');
  await items.first().locator('summary').click();
  await shot(page, 'desktop-alliances');

  // Reload: the same graph, selection and mode.
  const nodesBefore = (await graphNodes(page)).sort();
  await page.reload();
  await idle(page);
  await panel.getByTestId('alliance-item').first().waitFor();
  assert.deepEqual((await graphNodes(page)).sort(), nodesBefore);
  assert.equal(await page.evaluate(() => window.__explorer.selected()), MEMORIAL);
  assert.equal(await page.evaluate(() => window.__explorer.mode()), 'alliances');
  await page.close();
});

test('phone width: panels stack, nothing overflows', async () => {
  const page = await newPage({ width: 390, height: 844 });
  await page.goto(`${origin}/?sel=${TAUBINA}`);
  await idle(page);
  await page.waitForFunction((id) => window.__explorer.nodes().includes(id), PUBLIC_VERDICT);
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(width <= 390, `no horizontal scrolling: ${width}px wide`);
  const graph = await page.getByTestId('graph-canvas').boundingBox();
  const panel = await page.getByTestId('details-panel').boundingBox();
  assert.ok(panel.y >= graph.y + graph.height - 1, 'the details panel comes below the graph');
  await shot(page, 'phone-graph');
  await page.getByTestId('details-panel').scrollIntoViewIfNeeded();
  await shot(page, 'phone-details');
  await page.getByTestId('details-panel').getByTestId('show-in-report').first().click();
  const mark = page.getByTestId('report-view').locator('mark');
  await mark.waitFor();
  assert.ok(await mark.evaluate(inView), 'the mark is in view on a phone too');
  await shot(page, 'phone-report');
  await page.close();
});

/**
 * Holds the search requests for query q until release() is called: seen
 * resolves when one is in flight. Also counts, in the page, the search
 * responses the explorer has finished with (read or aborted), so that a
 * test can wait until a late response has been handled.
 */
async function holdSearch(page, q) {
  let release;
  const released = new Promise((r) => (release = r));
  let seen;
  const inFlight = new Promise((r) => (seen = r));
  await page.addInitScript(() => {
    window.__searchesHandled = 0;
    const handled = () => setTimeout(() => window.__searchesHandled++, 0); // after the awaits that follow
    const fetch0 = window.fetch.bind(window);
    window.fetch = async (input, init) => {
      if (!String(init?.body ?? '').includes('query Search')) return fetch0(input, init);
      let res;
      try {
        res = await fetch0(input, init);
      } catch (e) {
        handled();
        throw e;
      }
      const json = res.json.bind(res);
      res.json = () => json().finally(handled);
      return res;
    };
  });
  await page.route('**/graphql', async (route) => {
    const post = route.request().postDataJSON();
    if (post?.query?.includes('query Search') && post.variables?.q === q) {
      seen();
      await released;
    }
    try {
      await route.continue();
    } catch {
      // the page aborted the request meanwhile
    }
  });
  return { inFlight, release, handled: () => page.evaluate(() => window.__searchesHandled) };
}

test('path mode: a late suggestion never covers Find path after a choice', async () => {
  const page = await newPage();
  const late = await holdSearch(page, 'Oleg Orlov');
  await page.goto(origin + '/');
  await idle(page);
  await page.getByRole('tab', { name: 'Path' }).click();
  await choose(page, page.getByTestId('path-from'), 'Natalya Taubina');

  // Suggestions for "Oleg Orl" are shown; typing on asks for "Oleg Orlov",
  // whose answer is held back while the user chooses from the list shown.
  const to = page.getByTestId('path-to');
  await to.click();
  await to.pressSequentially('Oleg Orl', { delay: 25 });
  const list = page.locator(`#${await to.getAttribute('aria-controls')}`);
  const option = list.getByTestId('search-result').filter({ hasText: 'Oleg Orlov' }).first();
  await option.waitFor();
  await to.pressSequentially('ov', { delay: 25 });
  await late.inFlight;
  const handledBefore = await late.handled();
  await option.click();
  assert.equal(await to.inputValue(), 'Oleg Orlov');
  late.release();
  await page.waitForFunction((n) => window.__searchesHandled > n, handledBefore);
  assert.ok(await list.isHidden(), 'the late answer does not reopen the suggestions');
  assert.equal(await to.getAttribute('aria-expanded'), 'false');
  await page.getByTestId('path-run').click({ timeout: 5_000 });
  await page.getByTestId('path-result').getByTestId('path-step').first().waitFor();
  await idle(page);
  await page.close();
});

test('path mode: suggestions close on blur, and a late answer keeps them closed', async () => {
  const page = await newPage();
  const late = await holdSearch(page, 'Oleg Orlov');
  await page.goto(origin + '/');
  await idle(page);
  await page.getByRole('tab', { name: 'Path' }).click();
  const to = page.getByTestId('path-to');
  const list = page.locator(`#${await to.getAttribute('aria-controls')}`);
  await to.click();
  await to.pressSequentially('Oleg Orl', { delay: 25 });
  await list.getByTestId('search-result').first().waitFor();
  await to.pressSequentially('ov', { delay: 25 });
  await late.inFlight;
  const handledBefore = await late.handled();
  await page.keyboard.press('Tab'); // the focus leaves the box
  assert.ok(await list.isHidden(), 'blur closes the suggestions');
  late.release();
  await page.waitForFunction((n) => window.__searchesHandled > n, handledBefore);
  assert.ok(await list.isHidden(), 'the late answer does not reopen them');
  // Back in the box, the answer for what it holds is offered again.
  await to.focus();
  await list.getByTestId('search-result').filter({ hasText: 'Oleg Orlov' }).first().waitFor();
  await page.close();
});

test('namesakes: suggestions of the same name show what tells them apart', async () => {
  const res = await fetch(origin + '/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${editorToken}` },
    body: JSON.stringify({
      query: 'mutation { upsertEntity(input: {id: "person/a-natalya-taubina", kind: PERSON, name: "Natalya\u00a0Tau\u200bbina", description: "Made up to look like her."}) { entity { id name } } }',
    }),
  });
  const body = await res.json();
  assert.equal(body.data?.upsertEntity?.entity?.name, 'Natalya Taubina', JSON.stringify(body));

  const page = await newPage();
  await page.goto(origin + '/');
  await idle(page);
  const input = page.getByTestId('search-input');
  await input.click();
  await input.pressSequentially('Natalya Taubina', { delay: 25 });
  const list = page.locator(`#${await input.getAttribute('aria-controls')}`);
  const options = list.getByTestId('search-result').filter({ hasText: 'Natalya Taubina' });
  await options.nth(1).waitFor();
  const first = options.nth(0);
  const second = options.nth(1);
  assert.equal(await first.getAttribute('data-id'), TAUBINA, 'the real one, with evidence, comes first');
  assert.equal(await second.getAttribute('data-id'), 'person/a-natalya-taubina');
  const realDetail = await first.getByTestId('search-result-detail').textContent();
  const fakeDetail = await second.getByTestId('search-result-detail').textContent();
  assert.match(realDetail, new RegExp(`${TAUBINA} · [1-9]\\d* relations?`));
  assert.match(fakeDetail, /person\/a-natalya-taubina · 0 relations, 0 pieces of evidence · Made up to look like her\./);
  await shot(page, 'desktop-namesakes');
  // A name no other suggestion shares needs no such line.
  await input.fill('');
  await input.pressSequentially('Oleg Orlov', { delay: 25 });
  await list.getByTestId('search-result').filter({ hasText: 'Oleg Orlov' }).first().waitFor();
  assert.equal(await list.getByTestId('search-result-detail').count(), 0);
  await page.close();
});

test('no console errors or warnings', () => {
  const bad = consoleMessages.flat().filter((m) => m.type === 'error' || m.type === 'warning' || m.type === 'pageerror');
  assert.deepEqual(bad, []);
});
