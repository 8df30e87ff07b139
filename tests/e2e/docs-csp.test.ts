// /docs in Chromium: the page's Content-Security-Policy and Swagger UI work together — no CSP
// violation in the console, and the UI renders the operations (issue 13).
import type { FastifyInstance } from 'fastify';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDriver } from '../support/db';
import { testApp } from '../support/server-app';
import { launchBrowser, screenshot, type Browser } from './support/browser';

let driver: Driver;
let app: FastifyInstance;
let browser: Browser;
let url: string;

beforeAll(async () => {
  driver = testDriver();
  app = await testApp(driver);
  url = await app.listen({ port: 0, host: '127.0.0.1' });
  browser = await launchBrowser();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await app?.close();
  await driver?.close();
});

describe('/docs', () => {
  it('renders Swagger UI without a Content-Security-Policy violation', async () => {
    const page = browser.page;
    const problems: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' || /Content Security Policy/i.test(m.text())) problems.push(m.text());
    });
    page.on('pageerror', (e) => problems.push(e.message));
    await page.exposeFunction('reportViolation', (v: string) => problems.push(`violation: ${v}`));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => {
        (window as unknown as { reportViolation: (v: string) => void }).reportViolation(`${e.violatedDirective} ${e.blockedURI}`);
      });
    });
    await page.goto(url + '/docs/');
    await page.locator('.opblock').first().waitFor({ timeout: 30_000 });
    expect(await page.locator('.opblock').count()).toBeGreaterThan(10);
    await page.waitForLoadState('networkidle');
    await screenshot(page, 'docs');
    expect(problems).toEqual([]);
  });
});
