// End-to-end tests of restricted visibility in the explorer: an editor
// with clearance publishes a report with one person restricted, and an
// anonymous reader finds neither the person nor the name (masked █ in the
// report's text); an editor restricts an entity from its panel, and it is
// gone for everyone without clearance, badged for those with it, until a
// cleared editor makes it public again. Served by the real binary with the
// page embedded (built before, as the Makefile does).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch, recordConsole } from './browser.mjs';
import { graphql, startServer } from './server.mjs';

const SHOTS = path.join(path.dirname(fileURLToPath(import.meta.url)), 'screenshots');

let server; // {origin, tokens, stop}
let browser;
const consoleMessages = [];

before(async () => {
  server = await startServer({
    keeper: { role: 'editor', restricted: true },
    curator: 'editor',
    observer: { role: 'reader', restricted: true },
    watcher: 'reader',
  });
  browser = await launch({ width: 1400, height: 900 });
});

after(async () => {
  try {
    if (browser) await browser.close();
  } finally {
    if (server) await server.stop();
  }
});

async function shot(page, name) {
  fs.mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`) });
}

function idle(page) {
  return page.waitForFunction(() => window.__explorer && window.__explorer.ready, null, { timeout: 20_000 });
}

/** Opens the page in a new tab (its own sessionStorage), signed in with the named token, or anonymous. */
async function openPage(tokenName = '') {
  const page = await browser.context.newPage();
  consoleMessages.push(recordConsole(page));
  await page.goto(server.origin + '/');
  await idle(page);
  assert.equal(await page.evaluate(() => sessionStorage.getItem('rightsgraph.token')), null, 'a new tab starts anonymous');
  if (tokenName) {
    const input = page.getByTestId('token-input');
    await input.fill(server.tokens[tokenName]);
    await input.press('Enter');
    await page.getByTestId('add-report').waitFor();
    await idle(page);
  }
  return page;
}

/** Types query into the main search box and returns its list of suggestions once they answer. */
async function suggest(page, query) {
  const input = page.getByTestId('search-input');
  await input.click();
  await input.fill('');
  await input.pressSequentially(query, { delay: 20 });
  const list = page.locator(`#${await input.getAttribute('aria-controls')}`);
  await list.locator('li').first().waitFor();
  return list;
}

/** Opens an entity through the main search box, and returns the details panel. */
async function openEntity(page, name, query = name) {
  const list = await suggest(page, query);
  await list.getByTestId('search-result').filter({ hasText: name }).first().click();
  const details = page.getByTestId('details-panel');
  await details.getByRole('heading', { name }).waitFor();
  await idle(page);
  return details;
}

/** Waits for the search box to say that nothing matches query. */
async function notFound(page, query) {
  const list = await suggest(page, query);
  await list.getByText(`Nothing found for “${query}”`).waitFor();
  assert.equal(await list.getByTestId('search-result').count(), 0, `nothing found for ${query}`);
  await page.keyboard.press('Escape');
}

/** Opens the page at ?sel=id and returns what the details panel says. */
async function selectByUrl(page, id) {
  await page.goto(`${server.origin}/?sel=${id}`);
  await idle(page);
  return page.getByTestId('details-panel').textContent();
}

const entity = (page, name) => page.getByTestId('draft-entity').filter({ has: page.getByTestId('draft-name').getByText(name, { exact: true }) });

const SECRET = 'Irina Zhemchuzhnikova';
const MASK = '█'.repeat(SECRET.length);

test('a draft published with one person restricted: masked and unfound for an anonymous reader, badged for a cleared editor', async () => {
  const page = await openPage('keeper');
  await page.getByTestId('add-report').click();
  await page.getByTestId('review-view').waitFor();
  const text = [
    'Harbour Watch: Spring Report',
    '',
    `${SECRET}, director of the Northern Lantern Foundation, spoke of the persecution of lawyers. ` +
      'Pavel Gribanov, head of the Harbour Rights Network, raised the problem of torture in police custody.',
  ].join('\n');
  await page.getByTestId('report-input').fill(text);
  await page.getByTestId('draft-run').click();
  await page.waitForFunction(() => document.querySelector('[data-testid=review-view]').dataset.drafted);
  await page.getByTestId('draft-accept-all').click();
  await page.getByTestId('draft-accept-all').filter({ hasText: '(0)' }).waitFor();

  // Restricted: the person, not the report (the report's text stays public, her name masked in it).
  assert.equal(await entity(page, SECRET).getByTestId('draft-restricted').isChecked(), false, 'public unless marked');
  await entity(page, SECRET).getByTestId('draft-restricted').check();
  await entity(page, SECRET).and(page.locator('.restricted')).waitFor();
  assert.equal(await entity(page, SECRET).getByTestId('draft-restricted').isChecked(), true, 'the mark outlives the item’s redraw');
  assert.equal(await entity(page, 'Pavel Gribanov').getByTestId('draft-restricted').isChecked(), false);
  assert.equal(await page.getByTestId('draft-report-restricted').isChecked(), false);
  await shot(page, 'privacy-draft-restricted');
  const publish = page.getByTestId('draft-publish');
  assert.equal(await publish.isDisabled(), false, await page.getByTestId('draft-publish-reason').textContent());
  await publish.click();
  await page.getByTestId('review-view').waitFor({ state: 'hidden' });
  await idle(page);

  // The cleared editor sees her, badged, and may make her public.
  const details = await openEntity(page, SECRET, 'Zhemchuzhnikova');
  assert.equal((await details.getByTestId('visibility-badge').textContent()).trim(), 'Restricted');
  await details.getByTestId('make-public').waitFor();
  assert.equal(await details.getByTestId('restrict-entity').count(), 0);
  await shot(page, 'privacy-badge');

  // Pavel Gribanov is public: no badge, and an editor may restrict him.
  const pavel = await openEntity(page, 'Pavel Gribanov', 'Gribanov');
  assert.equal(await pavel.getByTestId('visibility-badge').count(), 0);
  await pavel.getByTestId('restrict-entity').waitFor();

  // An anonymous reader: no such person, and her name masked in the report.
  const anon = await openPage();
  await notFound(anon, 'Zhemchuzhnikova');
  const anonDetails = await openEntity(anon, 'Pavel Gribanov', 'Gribanov');
  assert.equal(await anonDetails.getByTestId('restrict-entity').count(), 0, 'no editing without a token');
  const evidence = anonDetails.getByTestId('evidence').filter({ hasText: 'head of the Harbour Rights Network' }).first();
  await evidence.getByTestId('show-in-report').click();
  const report = anon.getByTestId('report-view');
  await report.locator('mark').waitFor();
  const shown = await report.locator('.report-text').textContent();
  assert.ok(shown.includes(`${MASK}, director of the Northern Lantern Foundation`), `her name is masked, one █ a character: ${shown}`);
  assert.ok(!shown.includes('Zhemchuzhnikova') && !shown.includes('Irina'), 'no trace of her name');
  assert.ok(shown.includes('Pavel Gribanov, head of the Harbour Rights Network'), 'the rest is as written');
  assert.equal(await report.locator('mark').textContent(), 'Pavel Gribanov, head of the Harbour Rights Network', 'the offsets still mark the quote');
  await anon.keyboard.press('Escape');
  await report.waitFor({ state: 'hidden' });
  // Her id reads as unknown, plainly.
  assert.match(await selectByUrl(anon, 'person/irina-zhemchuzhnikova'), /No entity person\/irina-zhemchuzhnikova/);
  assert.equal(await anon.getByTestId('visibility-badge').count(), 0);

  // The server agrees: the anonymous search finds nothing, the cleared one finds her.
  const q = `query { search(query: "Zhemchuzhnikova", first: 5) { entity { id } } }`;
  assert.deepEqual((await graphql(server.origin, q)).data.search, []);
  assert.deepEqual((await graphql(server.origin, q, {}, server.tokens.keeper)).data.search.map((h) => h.entity.id), ['person/irina-zhemchuzhnikova']);
  await anon.close();
  await page.close();
});

test('a restricted report: an anonymous reader gets none of its evidence', async () => {
  const page = await openPage('keeper');
  await page.getByTestId('add-report').click();
  await page.getByTestId('review-view').waitFor();
  await page.getByTestId('report-input').fill('Closed Briefing\n\nYelena Vorontsova-Dashkina, head of the Quiet Shore Collective, spoke of the detention of fishermen.');
  await page.getByTestId('draft-run').click();
  await page.waitForFunction(() => document.querySelector('[data-testid=review-view]').dataset.drafted);
  await page.getByTestId('draft-accept-all').click();
  await page.getByTestId('draft-accept-all').filter({ hasText: '(0)' }).waitFor();
  await page.getByTestId('draft-report-restricted').check();
  await page.getByTestId('draft-publish').click();
  await page.getByTestId('review-view').waitFor({ state: 'hidden' });
  await idle(page);
  // With clearance, the relation and its quote are there.
  const details = await openEntity(page, 'Quiet Shore Collective', 'Quiet Shore');
  await details.getByTestId('evidence-quote').filter({ hasText: 'Yelena Vorontsova-Dashkina, head of the Quiet Shore Collective' }).first().waitFor();

  // Without: every piece of evidence came from the restricted report, so nothing of it is left.
  const anon = await openPage();
  await notFound(anon, 'Quiet Shore Collective');
  const d = await graphql(server.origin, `query { node(id: "report/closed-briefing") { id } }`);
  assert.equal(d.data.node, null, 'the report reads as unknown');
  await anon.close();
  await page.close();
});

test('an entity restricted from its panel: gone for those without clearance, badged for those with it, public again only by a cleared editor', async () => {
  const NAME = 'Natalya Taubina';
  const ID = 'person/natalya-taubina';
  // One of her relations restricted through the API, for the relation's badge.
  const rels = await graphql(server.origin, `query { entity(id: "${ID}") { relations { id visibility other { name } } } }`, {}, server.tokens.keeper);
  const rel = rels.data.entity.relations[0];
  assert.equal(rel.visibility, 'PUBLIC');
  const set = await graphql(server.origin, `mutation($id: ID!) { setVisibility(id: $id, visibility: RESTRICTED) { visibility } }`, { id: rel.id }, server.tokens.keeper);
  assert.equal(set.data?.setVisibility.visibility, 'RESTRICTED', JSON.stringify(set));

  // A reader's token may not restrict: the server's refusal is shown, nothing changes.
  const reader = await openPage('watcher');
  let details = await openEntity(reader, NAME, 'Taubina');
  await details.getByTestId('restrict-entity').click();
  await details.getByTestId('visibility-error').filter({ hasText: 'FORBIDDEN' }).waitFor();
  assert.equal(await details.getByTestId('visibility-badge').count(), 0);
  assert.equal(await details.getByTestId('relation-visibility-badge').count(), 0, 'a restricted relation is not there without clearance');
  await reader.close();

  // An editor without clearance restricts her: she is gone for them, and the page says so.
  const editor = await openPage('curator');
  details = await openEntity(editor, NAME, 'Taubina');
  assert.ok((await editor.evaluate(() => window.__explorer.nodes())).includes(ID));
  const entities = async () => Number(/^(\d+) entities/.exec(await editor.locator('#stats').textContent())[1]);
  const before = await entities();
  await details.getByTestId('restrict-entity').click();
  const gone = details.getByTestId('visibility-gone');
  await gone.waitFor();
  await idle(editor);
  assert.match(await gone.textContent(), new RegExp(`${NAME} is now restricted.*no clearance`));
  await shot(editor, 'privacy-gone');
  assert.equal(await editor.getByTestId('search-input').inputValue(), '', 'the search box no longer shows her name');
  assert.equal(await entities(), before - 1, 'the count leaves her out');
  assert.ok(!(await editor.evaluate(() => window.__explorer.nodes())).includes(ID), 'gone from the graph');
  assert.equal(await editor.evaluate(() => window.__explorer.selected()), null);
  assert.ok(!new URL(editor.url()).search.includes('taubina'), `gone from the URL: ${editor.url()}`);
  assert.ok((await editor.evaluate(() => window.__explorer.nodes())).length > 0, 'her neighbours stay');
  await notFound(editor, 'Taubina');

  // A cleared reader sees her badged, and the restricted relation badged; a reader may not make her public.
  const observer = await openPage('observer');
  details = await openEntity(observer, NAME, 'Taubina');
  assert.equal((await details.getByTestId('visibility-badge').textContent()).trim(), 'Restricted');
  assert.equal(await details.getByTestId('relation-visibility-badge').count(), 1, `the relation with ${rel.other.name} is badged`);
  await details.getByTestId('make-public').click();
  await details.getByTestId('visibility-error').filter({ hasText: 'FORBIDDEN' }).waitFor();
  assert.equal(await details.getByTestId('visibility-badge').count(), 1, 'still restricted');
  await shot(observer, 'privacy-refused');

  // Anonymous: unknown.
  const anon = await openPage();
  await notFound(anon, 'Taubina');
  assert.match(await selectByUrl(anon, ID), new RegExp(`No entity ${ID}`));

  // A cleared editor makes her public again: the badge goes, and everyone finds her.
  const keeper = await openPage('keeper');
  details = await openEntity(keeper, NAME, 'Taubina');
  await details.getByTestId('visibility-badge').waitFor();
  await details.getByTestId('make-public').click();
  await details.getByTestId('restrict-entity').waitFor();
  assert.equal(await details.getByTestId('visibility-badge').count(), 0);
  await openEntity(anon, NAME, 'Taubina');

  // Signing out reads everything again, as anyone: the restricted relation's badge goes with the token.
  await openEntity(observer, NAME, 'Taubina');
  await observer.getByTestId('relation-visibility-badge').waitFor();
  await observer.getByTestId('token-forget').click();
  await observer.getByTestId('token-input').waitFor();
  await idle(observer);
  await observer.getByTestId('details-panel').getByRole('heading', { name: NAME }).waitFor();
  assert.equal(await observer.getByTestId('relation-visibility-badge').count(), 0);
  assert.equal(await observer.getByTestId('make-public').count() + (await observer.getByTestId('restrict-entity').count()), 0, 'no editing once signed out');
  for (const p of [observer, anon, keeper, editor]) await p.close();
});

test('no console errors or warnings', () => {
  // The refused visibility changes answer FORBIDDEN, which may log their status.
  const bad = consoleMessages
    .flat()
    .filter((m) => m.type === 'error' || m.type === 'warning' || m.type === 'pageerror')
    .filter((m) => !/Failed to load resource: the server responded with a status of 403/.test(m.text));
  assert.deepEqual(bad, []);
});
