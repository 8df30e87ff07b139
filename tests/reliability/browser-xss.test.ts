// Hostile documents in the browser: a document holding <script> and <img onerror> tags (and a script
// tag as its title) is shown as literal text in the web app's document view; nothing executes.
import fs from 'node:fs';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../neo4j/config';
import { runWorker } from '../../ingest/worker/run-worker';
import { buildApp } from '../../server/app';
import { loadServerConfig } from '../../server/config';
import { cleanDatabase, testDriver } from '../support/db';
import { buildWeb } from '../e2e/support/app-process';
import { launchBrowser, screenshot, type Browser } from '../e2e/support/browser';
import { HOSTILE_TEXT } from './support/hostile-values';

const TOKEN = 'browser-xss-token-77';
const TITLE = '<script>window.__pwned=3</script><img src=y onerror="window.__pwned=4">';

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : fs.statSync(full).mtimeMs);
  }
  return newest;
}

/** Builds web/dist unless it is newer than every web source file. */
function ensureWebBuilt(): void {
  const index = path.join(PROJECT_ROOT, 'web', 'dist', 'index.html');
  if (!fs.existsSync(index) || fs.statSync(index).mtimeMs < newestMtime(path.join(PROJECT_ROOT, 'web', 'src'))) buildWeb();
}

describe('hostile document in the browser', () => {
  let driver: Driver;
  let app: FastifyInstance;
  let base: string;
  let browser: Browser;

  beforeAll(async () => {
    // WEB_DIST: run against another build (e.g. a deliberately broken one); else web/dist, rebuilt if stale.
    if (!process.env.WEB_DIST) ensureWebBuilt();
    driver = testDriver();
    await cleanDatabase(driver);
    app = await buildApp({ driver, config: loadServerConfig({ API_TOKEN: TOKEN, RATE_LIMIT_MAX: '1000000', WEB_DIST: process.env.WEB_DIST }) });
    base = await app.listen({ port: 0, host: '127.0.0.1' });
    const submitted = await app.inject({ method: 'POST', url: '/api/documents', headers: { authorization: `Bearer ${TOKEN}` }, payload: { id: 'xss-doc', title: TITLE, text: HOSTILE_TEXT } });
    expect(submitted.statusCode, submitted.body).toBe(202);
    await runWorker({ driver, once: true, workerId: 'xss' });
    browser = await launchBrowser();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await driver?.close();
  });

  it('shows <script> and onerror markup as text in the document view and runs none of it', async () => {
    const { page } = browser;
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.goto(`${base}/?doc=xss-doc`);
    const textBox = page.getByTestId('document-text');
    await textBox.waitFor({ timeout: 30_000 });
    await screenshot(page, 'reliability-xss-document');

    const shown = await textBox.innerText();
    expect(shown).toContain('<script>window.__pwned=1</script>');
    expect(shown).toContain('<img src=x onerror="window.__pwned=2">');
    expect(shown).toContain('<b>bold</b> &amp; &lt;tags&gt;');
    expect(await page.getByTestId('document-reader').innerText()).toContain('<script>window.__pwned=3</script>');

    // None of the markup became elements, and nothing ran.
    expect(await page.locator('[data-testid="document-reader"] script, [data-testid="document-reader"] img, [data-testid="document-reader"] b').count()).toBe(0);
    await page.waitForTimeout(500); // an onerror handler would have fired by now
    expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
    expect(dialogs).toEqual([]);
  }, 120_000);
});
