// End-to-end tests of the review view: an editor adds a report (pasted,
// an HTML file, a PDF the test writes), reviews the draft and publishes
// it; the graph then holds what was accepted. Served by the real binary
// with the page embedded (built before, as the Makefile does).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { launch, recordConsole } from './browser.mjs';
import { graphql, startServer } from './server.mjs';
import { makePDF } from './pdf.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const SHOTS = path.join(here, 'screenshots');

let server; // {origin, tokens, stop}
let browser;
const consoleMessages = [];
const figures = {};

before(async () => {
  server = await startServer({ curator: 'editor', watcher: 'reader' });
  browser = await launch({ width: 1400, height: 900 });
});

after(async () => {
  try {
    if (browser) await browser.close();
  } finally {
    if (server) await server.stop();
  }
  fs.mkdirSync(SHOTS, { recursive: true });
  fs.writeFileSync(path.join(SHOTS, 'review-figures.json'), JSON.stringify(figures, null, 2));
});

async function newPage() {
  const page = await browser.context.newPage();
  consoleMessages.push(recordConsole(page));
  return page;
}

async function shot(page, name) {
  fs.mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`) });
}

function idle(page) {
  return page.waitForFunction(() => window.__explorer && window.__explorer.ready, null, { timeout: 20_000 });
}

/** Opens the page, types the editor's token and opens the review view. */
async function openReview(page) {
  await page.goto(server.origin + '/');
  await idle(page);
  const token = page.getByTestId('token-input');
  await token.fill(server.tokens.curator);
  await token.press('Enter');
  await page.getByTestId('add-report').waitFor();
  await page.getByTestId('add-report').click();
  await page.getByTestId('review-view').waitFor();
}

/** Runs the draft and waits for its marks on screen; returns the milliseconds it took. */
async function runDraft(page) {
  const t0 = Date.now();
  await page.getByTestId('draft-run').click();
  await page.getByTestId('draft-text').locator('mark').first().waitFor();
  await page.waitForFunction(() => document.querySelector('[data-testid=review-view]').dataset.drafted);
  return Date.now() - t0;
}

const entity = (page, name) => page.getByTestId('draft-entity').filter({ has: page.getByTestId('draft-name').getByText(name, { exact: true }) });
const relation = (page, text) => page.getByTestId('draft-relation').filter({ hasText: text });

/** Links the proposal named mention to the graph's entity target, through the search box. */
async function link(page, mention, target, query) {
  const item = entity(page, mention);
  await item.getByTestId('draft-edit').click();
  const input = item.getByTestId('draft-link');
  await input.click();
  await input.pressSequentially(query, { delay: 20 });
  const list = page.locator(`#${await input.getAttribute('aria-controls')}`);
  await list.getByTestId('search-result').filter({ hasText: target }).first().click();
  await entity(page, mention).getByTestId('draft-linked').filter({ hasText: `Linked to ${target}` }).waitFor();
  await entity(page, mention).getByTestId('draft-edit').click(); // done
}

/** Selects the text phrase in the draft's text (its first occurrence after after) as a person would, with the mouse's end. */
async function selectInDraft(page, phrase, after = '') {
  await page.evaluate(
    ([phrase, after]) => {
      const root = document.querySelector('[data-testid=draft-text]');
      const all = root.textContent;
      const start = all.indexOf(phrase, after ? all.indexOf(after) : 0);
      if (start < 0) throw new Error(`no “${phrase}” in the draft`);
      const end = start + phrase.length;
      const at = (offset) => {
        const walk = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
        let seen = 0;
        for (let n = walk.nextNode(); n; n = walk.nextNode()) {
          if (offset <= seen + n.data.length) return [n, offset - seen];
          seen += n.data.length;
        }
        throw new Error('offset past the text');
      };
      const range = document.createRange();
      range.setStart(...at(start));
      range.setEnd(...at(end));
      const sel = document.getSelection();
      sel.removeAllRanges();
      sel.addRange(range);
      root.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
    },
    [phrase, after],
  );
  await page.getByTestId('selection-tools').waitFor();
}

/** Publishes, and waits for the graph to show the report's entities. */
async function publish(page) {
  const button = page.getByTestId('draft-publish');
  assert.equal(await button.isDisabled(), false, `publish is enabled: ${await page.getByTestId('draft-publish-reason').textContent()}`);
  await button.click();
  await page.getByTestId('review-view').waitFor({ state: 'hidden' });
  await idle(page);
}

/** Opens an entity through the main search box, and returns the details panel. */
async function openEntity(page, name, query = name) {
  const input = page.getByTestId('search-input');
  await input.click();
  await input.fill('');
  await input.pressSequentially(query, { delay: 20 });
  await page.locator(`#${await input.getAttribute('aria-controls')}`).getByTestId('search-result').filter({ hasText: name }).first().click();
  const details = page.getByTestId('details-panel');
  await details.getByRole('heading', { name }).waitFor();
  await idle(page);
  return details;
}

/** Checks that the evidence quoted in the details is marked, exactly, in the report. */
async function showInReport(page, details, quote) {
  const evidence = details.getByTestId('evidence').filter({ has: page.getByTestId('evidence-quote').getByText(quote, { exact: true }) }).first();
  await evidence.waitFor();
  await evidence.getByTestId('show-in-report').click();
  const mark = page.getByTestId('report-view').locator('mark');
  await mark.waitFor();
  assert.equal(await mark.textContent(), quote, 'the report marks exactly the quote');
  await page.keyboard.press('Escape');
  await page.getByTestId('report-view').waitFor({ state: 'hidden' });
}

const relationIds = (page) => page.evaluate(() => window.__explorer.edges());

test('a pasted report: reject, link, add from a selection, publish; the graph holds it', async (t) => {
  const page = await newPage();
  await openReview(page);
  // The token is the tab's only.
  assert.equal(await page.evaluate(() => sessionStorage.getItem('rightsgraph.token')), server.tokens.curator);
  assert.equal(await page.evaluate(() => localStorage.length), 0, 'nothing in localStorage');

  const text = [
    'Open Courts Foundation: Annual Meeting on Judicial Independence',
    '',
    'Maria Volkova, director of the Open Courts Foundation, spoke of the pressure on independent judges in the regions. ' +
      'Pavel Sokolov, head of the Legal Shield Centre, raised the problem of torture in police custody. ' +
      'Lev Ponomarev called for the release of political prisoners. ' +
      'Anna Belova, a member of the Open Courts Foundation, spoke of the persecution of lawyers. ' +
      'Oleg Orlov, of the Memorial Centre, spoke of abductions in Chechnya.',
    '',
    'The meeting ended 🕊 with a minute of silence for lawyers in prison.',
  ].join('\n');
  await page.getByTestId('report-input').fill(text);
  await runDraft(page);
  await shot(page, 'review-draft');

  // Lowest confidence first, with the rule that found each.
  const confidences = (await page.getByTestId('draft-entities').getByTestId('draft-confidence').allTextContents()).map(Number);
  assert.ok(confidences.length >= 8, `entities proposed: ${confidences}`);
  assert.deepEqual(confidences, [...confidences].sort((a, b) => a - b), 'entities, lowest confidence first');
  assert.ok((await entity(page, 'Maria Volkova').getByTestId('draft-rule').textContent()).length > 0, 'the rule is shown');
  assert.match(await entity(page, 'Lev Ponomarev').getByTestId('draft-linked').textContent(), /Linked to Lev Ponomarev/);

  // Clicking a proposal marks its span in the text.
  await entity(page, 'Maria Volkova').getByTestId('draft-name').click();
  assert.equal((await page.getByTestId('draft-text').locator('mark.current').allTextContents()).join(''), 'Maria Volkova');

  // Keys: j moves to the next proposal, e edits it, Escape closes, a accepts.
  const order = await page.locator('[data-testid=draft-entity], [data-testid=draft-relation]').evaluateAll((els) => els.map((e) => e.dataset.key));
  const at = order.indexOf(await entity(page, 'Maria Volkova').getAttribute('data-key'));
  const current = page.locator('.proposal[aria-current=true]');
  await page.keyboard.press('j');
  assert.equal(await current.getAttribute('data-key'), order[at + 1]);
  await page.keyboard.press('k');
  await page.keyboard.press('e');
  await current.getByTestId('draft-name-input').waitFor();
  assert.equal(await page.evaluate(() => document.activeElement.dataset.testid), 'draft-name-input', 'the name is ready to edit');
  await page.keyboard.press('Escape');
  assert.equal(await current.getByTestId('draft-name-input').count(), 0);
  await page.keyboard.press('a');
  assert.equal(await entity(page, 'Maria Volkova').getAttribute('data-status'), 'accepted');

  // Rejecting an entity rejects its relations, and says so.
  await entity(page, 'Anna Belova').getByTestId('draft-reject').click();
  assert.equal(await entity(page, 'Anna Belova').getAttribute('data-status'), 'rejected');
  const belova = page.getByTestId('draft-relation').filter({ has: page.getByTestId('draft-name').filter({ hasText: 'Anna Belova' }) });
  assert.ok((await belova.count()) >= 1);
  for (const status of await belova.evaluateAll((els) => els.map((e) => e.dataset.status))) assert.equal(status, 'rejected');
  assert.match(await page.getByTestId('draft-status').textContent(), /Rejected Anna Belova and its \d+ relations?/);

  // Link "Memorial Centre" to the graph's Memorial Human Rights Centre.
  await link(page, 'Memorial Centre', 'Memorial Human Rights Centre', 'Memorial Human');

  // Accept the rest, above a threshold, with the keyboard's help for one.
  await page.getByTestId('draft-threshold').fill('0.5');
  await page.getByTestId('draft-accept-all').click();
  // A relation whose end was rejected keeps the report from publishing.
  await belova.first().getByTestId('draft-accept').click();
  assert.equal(await page.getByTestId('draft-publish').isDisabled(), true);
  assert.match(await page.getByTestId('draft-publish-reason').textContent(), /Anna Belova, was rejected/);
  await belova.first().click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('r');
  assert.equal(await belova.first().getAttribute('data-status'), 'rejected');
  assert.equal(await page.getByTestId('draft-publish').isDisabled(), false);

  // A new entity and a new relation from selections after an emoji: the
  // offsets must count code points.
  await selectInDraft(page, 'lawyers in prison', '🕊');
  await page.getByTestId('selection-entity').click();
  const added = entity(page, 'lawyers in prison');
  await added.waitFor();
  await added.getByTestId('draft-kind-input').selectOption('ISSUE');
  await added.getByTestId('draft-edit').click();
  await selectInDraft(page, 'a minute of silence for lawyers in prison', '🕊');
  await page.getByTestId('selection-relation').click();
  const mentions = relation(page, 'a minute of silence for lawyers in prison');
  await mentions.waitFor();
  assert.match(await mentions.getByTestId('draft-name').textContent(), /this report\s*MENTIONS\s*lawyers in prison/);
  await shot(page, 'review-ready');

  await publish(page);
  await shot(page, 'review-published');

  // The graph: the new relations, with their quotes; the linked name's evidence.
  let details = await openEntity(page, 'Maria Volkova');
  const ids = await relationIds(page);
  assert.ok(ids.includes('person/maria-volkova|LEADS|organisation/open-courts-foundation'), `LEADS is drawn: ${ids}`);
  await showInReport(page, details, 'Maria Volkova, director of the Open Courts Foundation');
  details = await openEntity(page, 'Oleg Orlov');
  assert.ok(
    (await details.getByTestId('evidence-quote').allTextContents()).includes('Oleg Orlov, of the Memorial Centre'),
    'Orlov’s tie to Memorial cites the new report',
  );
  details = await openEntity(page, 'lawyers in prison');
  await showInReport(page, details, 'a minute of silence for lawyers in prison');
  // What was rejected is not in the graph.
  const belovaNow = await graphql(server.origin, '{ entity(id: "person/anna-belova") { id } }');
  assert.equal(belovaNow.data.entity, null, 'the rejected person was not written');
  t.diagnostic('published from pasted text');
  await page.close();
});

test('an HTML file: its script never runs; published like the rest', async () => {
  const page = await newPage();
  await openReview(page);
  const html = `<!doctype html><html><head><meta charset="utf-8"><title>Harbour Rights Forum</title>
<script>window.__pwned = 'head'</script></head><body>
<nav><a href="/">Home</a> <a href="/about">About</a></nav>
<article><h1>Harbour Rights Forum</h1>
<p>Elena Morozova, director of the Harbour Rights Network, spoke of the closure of independent newspapers.</p>
<p>Lyudmila Alexeyeva, of the Helsinki Group, raised the problem of foreign agents.
<img src="x" onerror="window.__pwned = 'img'"> Dmitri Zhukov, head of the Port Legal Clinic, spoke of torture in prisons.</p>
<script>window.__pwned = 'body'; document.write('<b id=pwned>pwned</b>')</script>
</article></body></html>`;
  await page.getByTestId('report-file').setInputFiles({ name: 'harbour.html', mimeType: 'text/html', buffer: Buffer.from(html) });
  assert.match(await page.getByTestId('report-file-name').textContent(), /harbour\.html/);
  await runDraft(page);
  const shown = await page.getByTestId('draft-text').textContent();
  assert.match(shown, /Elena Morozova, director of the Harbour Rights Network/);
  assert.doesNotMatch(shown, /__pwned|document\.write|onerror/, 'no script text in the draft');
  assert.equal(await page.evaluate(() => window.__pwned), undefined, 'no script of the file ran');
  assert.equal(await page.locator('#pwned').count(), 0);
  assert.equal(await page.getByTestId('draft-title').textContent(), 'Harbour Rights Forum');

  await entity(page, 'Dmitri Zhukov').getByTestId('draft-reject').click();
  await link(page, 'Helsinki Group', 'Moscow Helsinki Group', 'Moscow Helsinki');
  await page.getByTestId('draft-threshold').fill('0.5');
  await page.getByTestId('draft-accept-all').click();
  await publish(page);
  assert.equal(await page.evaluate(() => window.__pwned), undefined, 'still no script of the file ran');

  const details = await openEntity(page, 'Elena Morozova');
  assert.ok((await relationIds(page)).includes('person/elena-morozova|LEADS|organisation/harbour-rights-network'));
  await showInReport(page, details, 'Elena Morozova, director of the Harbour Rights Network');
  const helsinki = await graphql(server.origin, '{ search(query: "Helsinki Group", first: 1) { entity { id } } }');
  assert.equal(helsinki.data.search[0].entity.id, 'organisation/moscow-helsinki-group');
  const zhukov = await graphql(server.origin, '{ entity(id: "person/dmitri-zhukov") { id } }');
  assert.equal(zhukov.data.entity, null, 'the rejected person was not written');
  await page.close();
});

test('a PDF the test writes: its text layer drafted and published', async () => {
  const page = await newPage();
  await openReview(page);
  const pdf = makePDF({
    title: 'Northern Legal Aid Conference',
    paragraphs: [
      'Anton Sedov, head of the Northern Legal Aid Centre, spoke of the conditions in pre-trial detention.',
      'Irina Lebedeva, director of the Free Press Defence Fund, raised the problem of attacks on journalists. ' +
        'Nikolai Frolov, head of the Public Verdict Fund, spoke of torture in prisons.',
    ],
  });
  await page.getByTestId('report-file').setInputFiles({ name: 'northern.pdf', mimeType: 'application/pdf', buffer: pdf });
  await runDraft(page);
  assert.equal(await page.getByTestId('draft-title').textContent(), 'Northern Legal Aid Conference');
  await entity(page, 'Nikolai Frolov').getByTestId('draft-reject').click();
  await link(page, 'Public Verdict Fund', 'Public Verdict Foundation', 'Public Verdict');
  await page.getByTestId('draft-threshold').fill('0.5');
  await page.getByTestId('draft-accept-all').click();
  await publish(page);
  const details = await openEntity(page, 'Irina Lebedeva');
  assert.ok((await relationIds(page)).includes('person/irina-lebedeva|LEADS|organisation/free-press-defence-fund'));
  await showInReport(page, details, 'Irina Lebedeva, director of the Free Press Defence Fund');
  await page.close();
});

test('a refused publish shows each problem beside its proposal and writes nothing', async () => {
  const page = await newPage();
  await openReview(page);
  await page.getByTestId('report-input').fill(
    'Tidewater Meeting\n\nBoris Kalinin, head of the Tidewater Legal Bureau, raised the problem of forced confessions. ' +
      'Vera Antonova spoke of the detention of fishermen.',
  );
  await runDraft(page);
  await page.getByTestId('draft-threshold').fill('0.5');
  await page.getByTestId('draft-accept-all').click();
  // HELD_IN joins a congress to a place: not a person to an organisation.
  const leads = relation(page, 'Boris Kalinin, head of the Tidewater Legal Bureau').filter({ hasText: 'LEADS' });
  await leads.getByTestId('draft-edit').click();
  await leads.getByTestId('draft-type-input').selectOption('HELD_IN');
  const wrong = relation(page, 'Boris Kalinin, head of the Tidewater Legal Bureau').filter({ hasText: 'HELD_IN' });
  await wrong.getByTestId('draft-edit').click();
  // Linked by mistake, then made new again.
  await link(page, 'Vera Antonova', 'Natalya Taubina', 'Taubina');
  const vera = entity(page, 'Vera Antonova');
  await vera.getByTestId('draft-edit').click();
  await vera.getByTestId('draft-make-new').click();
  await vera.getByTestId('draft-linked').filter({ hasText: 'New: person/vera-antonova' }).waitFor();
  await vera.getByTestId('draft-edit').click();
  const before = await graphql(server.origin, '{ stats { nodes relationships evidence } }');

  await page.getByTestId('draft-publish').click();
  const problem = wrong.getByTestId('draft-problem');
  await problem.waitFor();
  assert.match(await problem.textContent(), /^line \d+: HELD_IN may not go from PERSON/);
  assert.match(await page.getByTestId('review-message').textContent(), /wrote nothing/);
  assert.equal(await page.getByTestId('draft-problem').count(), 1, 'one problem, beside its relation only');
  await shot(page, 'review-problem');
  const after = await graphql(server.origin, '{ stats { nodes relationships evidence } entity(id: "person/boris-kalinin") { id } }');
  assert.deepEqual(after.data.stats, before.data.stats, 'nothing was written');
  assert.equal(after.data.entity, null);

  // Put right, it publishes.
  await wrong.getByTestId('draft-edit').click();
  await wrong.getByTestId('draft-type-input').selectOption('LEADS');
  await publish(page);
  const done = await graphql(server.origin, '{ entity(id: "person/boris-kalinin") { id } }');
  assert.equal(done.data.entity.id, 'person/boris-kalinin');
  await page.close();
});

test('bad files: too large, not what the name says, a PDF without text', async (t) => {
  const page = await newPage();
  await openReview(page);
  const message = page.getByTestId('review-message');
  const tryFile = async (file) => {
    await page.getByTestId('report-file').setInputFiles(file);
    await page.getByTestId('draft-run').click();
    await message.waitFor();
    await page.waitForFunction(() => !document.querySelector('[data-testid=draft-run]').disabled);
    return message.textContent();
  };
  // Pasted text over the server's body limit (1 MiB by default): 413.
  await page.getByTestId('report-input').fill('Report of the Long Meeting\n\n' + 'Maria Volkova spoke of the courts. '.repeat(32_000));
  await page.getByTestId('draft-run').click();
  await message.waitFor();
  const tooLarge = await message.textContent();
  assert.match(tooLarge, /^Too large for this server: it takes at most 1\.0 MB a request \(request body larger than 1048576 bytes\)/);
  t.diagnostic(`text over the body limit: ${tooLarge}`);
  await page.getByTestId('report-input').fill('');
  // A file over the upload limit (20 MiB by default): 413, or the connection
  // closed while the file was still going out.
  const huge = Buffer.alloc(21 << 20, 'Maria Volkova spoke of the courts. ');
  const overUpload = await tryFile({ name: 'huge.txt', mimeType: 'text/plain', buffer: huge });
  assert.match(overUpload, /Too large for this server: it takes at most 20\.0 MB a request|huge\.txt \(21\.0 MB\) failed before the server answered/);
  t.diagnostic(`file over the upload limit: ${overUpload}`);
  assert.match(await tryFile({ name: 'notes.pdf', mimeType: 'application/pdf', buffer: Buffer.from('Just some text, not a PDF at all.\n') }), /notes\.pdf: not a PDF/);
  assert.match(
    await tryFile({ name: 'scan.pdf', mimeType: 'application/pdf', buffer: makePDF({ title: 'Scan', paragraphs: [], text: false }) }),
    /scan\.pdf: the PDF has no text layer/,
  );
  assert.equal(await page.getByTestId('draft-text').locator('mark').count(), 0, 'no draft');
  // A reader's token may not draft.
  await page.getByTestId('review-close').click();
  await page.getByTestId('token-forget').click();
  await page.getByTestId('token-input').fill(server.tokens.watcher);
  await page.getByTestId('token-input').press('Enter');
  await page.getByTestId('add-report').click();
  await page.getByTestId('report-file-name').getByRole('button', { name: 'Remove' }).click();
  await page.getByTestId('report-input').fill('A short report\n\nMaria Volkova spoke.');
  await page.getByTestId('draft-run').click();
  await page.waitForFunction(() => /editor’s token/.test(document.querySelector('[data-testid=review-message]').textContent));
  // An unknown token is refused at once.
  await page.getByTestId('review-close').click();
  await page.getByTestId('token-forget').click();
  await page.getByTestId('token-input').fill('rg_not-a-token');
  await page.getByTestId('token-input').press('Enter');
  await page.locator('#toast').filter({ hasText: 'The token was refused' }).waitFor();
  assert.equal(await page.evaluate(() => sessionStorage.getItem('rightsgraph.token')), null);
  await page.close();
});

test('a 10,000-word report: time to the marked draft, and the page’s size (printed, not asserted)', async (t) => {
  const page = await newPage();
  await openReview(page);
  const first = ['Maria', 'Pavel', 'Anna', 'Oleg', 'Irina', 'Sergei', 'Elena', 'Dmitri', 'Olga', 'Nikolai', 'Vera', 'Boris'];
  const last = ['Volkova', 'Sokolov', 'Belova', 'Orlov', 'Lebedeva', 'Kovalev', 'Morozova', 'Zhukov', 'Antonova', 'Frolov', 'Kalinina', 'Petrov'];
  const orgs = ['Open Courts Foundation', 'Legal Shield Centre', 'Free Press Defence Fund', 'Northern Legal Aid Centre', 'Coastal Monitors Group', 'Harbour Rights Network'];
  const topics = ['the pressure on independent judges', 'torture in police custody', 'the persecution of lawyers', 'attacks on journalists', 'the detention of fishermen', 'forced confessions'];
  const sentences = ['A Long Meeting on Rights in the Regions', ''];
  let words = 0;
  for (let i = 0; words < 10_000; i++) {
    const s = `${first[i % 12]} ${last[(i * 5) % 12]}, director of the ${orgs[i % 6]}, spoke of ${topics[(i * 7) % 6]} in the ${i}th district.`;
    words += s.split(/\s+/).length;
    sentences.push(s + (i % 8 === 7 ? '\n' : ' '));
  }
  await page.getByTestId('report-input').fill(sentences.join(''));
  const ms = await runDraft(page);
  const inPage = await page.evaluate(() => window.__review.timings);
  figures.draft10kWords = { words, clickToMarkedDraftMs: ms, ...Object.fromEntries(Object.entries(inPage).map(([k, v]) => [k, Math.round(v)])) };
  figures.draft10kWords.marks = await page.getByTestId('draft-text').locator('mark').count();
  figures.draft10kWords.proposals = (await page.getByTestId('draft-entity').count()) + (await page.getByTestId('draft-relation').count());

  // Accepting everything above 0.5 at once.
  await page.getByTestId('draft-threshold').fill('0.5');
  const a0 = Date.now();
  await page.getByTestId('draft-accept-all').click();
  await page.getByTestId('draft-accept-all').filter({ hasText: '(0)' }).waitFor();
  figures.draft10kWords.acceptAllClickToDoneMs = Date.now() - a0;
  figures.draft10kWords.acceptAllInPageMs = Math.round(await page.evaluate(() => window.__review.timings.acceptAllMs));

  // The page's size: the document and every script and style it loads, gzipped.
  const assets = await page.evaluate(() => [location.origin + '/', ...performance.getEntriesByType('resource').map((r) => r.name)].filter((u) => u.startsWith(location.origin + '/') && !u.includes('/graphql')));
  let raw = 0;
  let gzip = 0;
  const each = {};
  for (const url of new Set(assets)) {
    const body = Buffer.from(await (await fetch(url)).arrayBuffer());
    const z = zlib.gzipSync(body, { level: 9 }).length;
    raw += body.length;
    gzip += z;
    each[new URL(url).pathname] = z;
  }
  figures.pageSize = { rawBytes: raw, gzipBytes: gzip, gzipByFile: each };
  t.diagnostic(`10,000-word report (${words} words): click → marked draft ${ms} ms (${JSON.stringify(figures.draft10kWords)})`);
  t.diagnostic(`page, gzipped: ${gzip} bytes (${raw} raw): ${JSON.stringify(each)}`);
  await shot(page, 'review-10k');
  await page.close();
});

test('no console errors or warnings', () => {
  // The refused requests of the bad-input test log their status (413, 401) in the console.
  const bad = consoleMessages
    .flat()
    .filter((m) => m.type === 'error' || m.type === 'warning' || m.type === 'pageerror')
    .filter((m) => !/Failed to load resource: the server responded with a status of (413|401)/.test(m.text));
  assert.deepEqual(bad, []);
});
