// End-to-end test of GraphiQL, served by the real binary with GraphiQL
// embedded (built before: npm run build && go build -o bin/rightsgraph
// ./cmd/rightsgraph, as make test-web does), in the explorer tests' headless
// Chromium. RIGHTSGRAPH_BIN overrides the binary's path. It checks that
// GraphiQL runs a query under the server's Content-Security-Policy with
// nothing loaded from elsewhere, and that a token typed into the headers
// editor is never written to the browser's storage.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch, recordConsole } from '../../web/e2e/browser.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const BIN = process.env.RIGHTSGRAPH_BIN || path.resolve(here, '..', '..', 'bin', 'rightsgraph');
const TOKEN = 'rg_not-a-real-token-but-a-secret-all-the-same';

let server;
let origin;
let workdir;
let browser;

before(async () => {
  assert.ok(fs.existsSync(BIN), `no binary at ${BIN}: build it first`);
  workdir = fs.mkdtempSync(path.join(os.tmpdir(), 'rightsgraph-graphiql-'));
  const env = { ...process.env, RIGHTSGRAPH_DATA: path.join(workdir, 'data') };
  for (const k of ['NEO4J_URI', 'RIGHTSGRAPH_ADDR', 'RIGHTSGRAPH_ANONYMOUS_READ', 'RIGHTSGRAPH_INTROSPECTION']) delete env[k];
  server = spawn(BIN, ['serve', '-memory', '-addr', '127.0.0.1:0'], { cwd: workdir, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  origin = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the server did not listen in 20 s: ${out}`)), 20_000);
    server.stdout.on('data', (d) => {
      out += d;
      const m = /listening on (http:\/\/\S+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(m[1].replace(/\/$/, ''));
      }
    });
    server.on('exit', (code) => reject(new Error(`the server exited with ${code}: ${out}`)));
  });
  for (const deadline = Date.now() + 30_000; ; ) {
    const ok = await fetch(origin + '/readyz').then((r) => r.status === 200, () => false);
    if (ok) break;
    if (Date.now() > deadline) throw new Error('/readyz never answered 200');
    await new Promise((r) => setTimeout(r, 100));
  }
  browser = await launch();
});

after(async () => {
  if (browser) await browser.close();
  if (server && server.exitCode === null) {
    const exited = new Promise((r) => server.once('exit', r));
    server.kill('SIGTERM');
    await exited;
  }
  if (workdir) fs.rmSync(workdir, { recursive: true, force: true });
});

test('GraphiQL runs a query offline, under the CSP, and keeps no token', async () => {
  const page = await browser.context.newPage();
  const messages = recordConsole(page);
  const elsewhere = [];
  page.on('request', (req) => {
    if (!req.url().startsWith(origin) && !req.url().startsWith('data:')) elsewhere.push(req.url());
  });
  const resp = await page.goto(origin + '/graphiql');
  assert.match(resp.headers()['content-security-policy'] || '', /script-src 'self'/);
  await page.locator('.graphiql-query-editor .CodeMirror').first().waitFor({ timeout: 20_000 });

  // The token goes into the headers editor, as a user would type it.
  await page.locator('button[data-name="headers"]').click();
  await page.locator('.graphiql-editor-tool .CodeMirror:visible').click();
  await page.keyboard.type(`{"Authorization": "Bearer ${TOKEN}"`);

  // The query replaces the default one, and runs.
  await page.locator('.graphiql-query-editor .CodeMirror').first().click();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('{ entity(id: "person/lev-ponomarev") { name } }');
  const answered = page.waitForResponse((r) => r.url().endsWith('/graphql') && r.request().method() === 'POST' &&
    (r.request().postData() || '').includes('lev-ponomarev'));
  await page.locator('.graphiql-execute-button').click();
  const answer = await answered;
  // The token was sent (and refused: it is not a real one).
  assert.equal(answer.request().headers()['authorization'], `Bearer ${TOKEN}`);
  assert.equal(answer.status(), 401);

  const stored = await page.evaluate(() => {
    const all = {};
    for (const s of [localStorage, sessionStorage]) {
      for (let i = 0; i < s.length; i++) all[s.key(i)] = s.getItem(s.key(i));
    }
    return { local: localStorage.length, all: JSON.stringify(all) };
  });
  assert.equal(stored.local, 0, 'GraphiQL wrote to localStorage');
  assert.ok(!stored.all.includes(TOKEN), 'the token is in the browser storage: ' + stored.all);

  // Without the token, the same query answers.
  await page.locator('.graphiql-editor-tool .CodeMirror:visible').click();
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  const again = page.waitForResponse((r) => r.url().endsWith('/graphql') && (r.request().postData() || '').includes('lev-ponomarev'));
  await page.locator('.graphiql-execute-button').click();
  assert.equal((await again).status(), 200);
  await page.locator('.result-window').getByText('Lev Ponomarev').waitFor({ timeout: 10_000 });

  assert.deepEqual(elsewhere, [], 'GraphiQL loaded something from another server');
  const bad = messages.filter((m) => m.type === 'pageerror' || (m.type === 'error' && !/401/.test(m.text)));
  assert.deepEqual(bad, [], 'console errors (a CSP violation shows here)');
  await page.close();
});
