// Shared by the e2e tests that start their own server: the real binary on
// a free port, with the embedded store in a fresh folder, and tokens made
// with "rightsgraph token create" before it starts (the folder is one
// process's at a time).
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
export const BIN = process.env.RIGHTSGRAPH_BIN || path.resolve(here, '..', '..', 'bin', 'rightsgraph');

/**
 * Starts the binary on a free port, after creating a token of each role
 * asked for (with clearance to see restricted things when restricted is
 * true), and waits until /readyz answers 200.
 * @param {Record<string, string | {role: string, restricted?: boolean}>} tokens name → role
 * @returns {Promise<{origin: string, tokens: Record<string, string>, stop: () => Promise<void>}>}
 */
export async function startServer(tokens = {}) {
  assert.ok(fs.existsSync(BIN), `no binary at ${BIN}: build it first (npm run build && go build -o bin/rightsgraph ./cmd/rightsgraph)`);
  const workdir = fs.mkdtempSync(path.join(os.tmpdir(), 'rightsgraph-e2e-'));
  // The embedded store, whatever the caller's environment or .env says.
  const env = { ...process.env, RIGHTSGRAPH_DATA: path.join(workdir, 'data') };
  for (const k of ['NEO4J_URI', 'NEO4J_USER', 'NEO4J_PASSWORD', 'NEO4J_DATABASE', 'RIGHTSGRAPH_ADDR', 'RIGHTSGRAPH_MAX_BODY']) delete env[k];
  const secrets = {};
  for (const [name, how] of Object.entries(tokens)) {
    const { role, restricted = false } = typeof how === 'string' ? { role: how } : how;
    const args = ['token', 'create', '-role', role, '-name', name, ...(restricted ? ['-restricted'] : [])];
    const out = execFileSync(BIN, args, { cwd: workdir, env, encoding: 'utf8' });
    secrets[name] = out.trim().split('\n').pop().trim();
  }
  const server = spawn(BIN, ['serve', '-addr', '127.0.0.1:0'], { cwd: workdir, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  server.stderr.on('data', (d) => (err += d));
  const stop = async () => {
    if (server.exitCode === null) {
      const exited = new Promise((r) => server.once('exit', r));
      server.kill('SIGTERM');
      const done = await Promise.race([exited.then(() => true), new Promise((r) => setTimeout(() => r(false), 5000))]);
      if (!done) {
        server.kill('SIGKILL');
        await exited;
      }
    }
    fs.rmSync(workdir, { recursive: true, force: true });
  };
  try {
    const origin = await new Promise((resolve, reject) => {
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
        if (res.status === 200) break;
      } catch {
        // not yet
      }
      if (Date.now() > deadline) throw new Error(`${origin}/readyz never answered 200:\n${err}`);
      await new Promise((r) => setTimeout(r, 100));
    }
    return { origin, tokens: secrets, stop };
  } catch (e) {
    await stop();
    throw e;
  }
}

/** Runs one GraphQL operation against origin, with a token if given, and returns the whole answer. */
export async function graphql(origin, query, variables = {}, token = '') {
  const headers = { 'content-type': 'application/json', accept: 'application/json' };
  if (token) headers.authorization = `Bearer ${token}`;
  const res = await fetch(origin + '/graphql', { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
  return res.json();
}
