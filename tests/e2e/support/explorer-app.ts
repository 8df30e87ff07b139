// The fixture of the browser suites: the whole product (`npm start`'s scripts/start.ts, with the seeds)
// on a clean test database, a freshly built web app, and Debian's Chromium — started once before a
// file's tests, stopped after them. Use it at the top of a test file; its fields are set in the tests.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { cleanDatabase, testDriver } from '../../support/db';
import { buildWeb, freePort, startApp, type RunningApp } from './app-process';
import { launchBrowser, type Browser } from './browser';

export interface ExplorerAppOptions {
  /** The app's environment besides PORT: its API token(s). */
  env: Record<string, string>;
  /** A token the app finds in localStorage on every page load (the app then never asks for one). */
  storedToken?: string;
}

export interface ExplorerApp {
  readonly app: RunningApp;
  readonly url: string;
  readonly browser: Browser;
  readonly page: Page;
  /** GET `path` on the app, expecting a 2xx JSON answer. */
  getJson<T>(path: string): Promise<T>;
}

export function useExplorerApp(options: ExplorerAppOptions): ExplorerApp {
  let app: RunningApp | undefined;
  let browser: Browser | undefined;
  const started = <T>(value: T | undefined, name: string): T => {
    if (value === undefined) throw new Error(`e2e: ${name} is not started (use it inside a test)`);
    return value;
  };

  beforeAll(async () => {
    const driver = testDriver();
    try {
      await cleanDatabase(driver);
    } finally {
      await driver.close();
    }
    buildWeb();
    app = await startApp({ ...options.env, PORT: String(await freePort()) });
    browser = await launchBrowser();
    if (options.storedToken) await browser.page.addInitScript((token) => localStorage.setItem('actorscope.apiToken', token), options.storedToken);
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  return {
    get app() { return started(app, 'the app'); },
    get url() { return started(app, 'the app').url; },
    get browser() { return started(browser, 'the browser'); },
    get page() { return started(browser, 'the browser').page; },
    async getJson<T>(path: string): Promise<T> {
      const response = await fetch(started(app, 'the app').url + path);
      expect(response.ok, `${path} → ${response.status}`).toBe(true);
      return (await response.json()) as T;
    },
  };
}

