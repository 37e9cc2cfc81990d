// Shared by the e2e tests: headless Debian Chromium through playwright-core,
// with a fresh profile each time, and nothing downloaded.
import { chromium } from 'playwright-core';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const CHROMIUM = process.env.CHROMIUM_BIN || '/usr/bin/chromium';

const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Launches Chromium with a fresh --user-data-dir and returns its default
 * context, with close() that also removes the profile.
 * @param {{width: number, height: number}} [viewport]
 */
export async function launch(viewport = { width: 1280, height: 800 }) {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'rightsgraph-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ARGS,
    viewport,
  });
  return {
    context,
    async close() {
      await context.close();
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Records console messages and page errors of a page. */
export function recordConsole(page) {
  const messages = [];
  page.on('console', (m) => messages.push({ type: m.type(), text: m.text(), location: m.location() }));
  page.on('pageerror', (e) => messages.push({ type: 'pageerror', text: String(e && e.stack ? e.stack : e) }));
  return messages;
}
