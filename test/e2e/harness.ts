/**
 * What the end-to-end tests share: the built bundle (dist/Code.js) running in
 * node:vm over the in-memory SpreadsheetApp, the built sidebar
 * (dist/Sidebar.html) in Debian's Chromium, and google.script.run in the page
 * bridged to the bundle's functions.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import type { Browser, Page } from 'playwright-core';
import { launch as launchChromium } from '../browser';
import { createFakeApps, type FakeApps } from '../fakes';
import { createFakeAdvanced } from '../fakes/advanced';
import { sheetsPort } from '../../src/gas/sheetsPort';

const PAGE_URL = 'https://sidebar.juri.test/';
export const root = join(__dirname, '..', '..');
/** Where the tests' own screenshots go; the guides' pictures go to its `guide/` folder. */
export const shots = join(root, 'test-output', 'screenshots');

export { browserSuite } from '../browser';

export function launch(): Promise<Browser> {
  mkdirSync(shots, { recursive: true });
  return launchChromium();
}

/**
 * A clock the bundle reads instead of the real one, so that "computed at" and
 * "published at" come out the same on every run. The bundle only ever asks
 * `new Date()` for the time; any other construction is an ordinary Date.
 */
export function fixedClock(at: string) {
  let now = new Date(at).getTime();
  class ClockDate extends Date {
    constructor(...args: unknown[]) {
      if (args.length === 0) super(now);
      else super(...(args as [string]));
    }
    static override now(): number {
      return now;
    }
  }
  return {
    Date: ClockDate as DateConstructor,
    set(next: string): void {
      now = new Date(next).getTime();
    },
  };
}

export interface ServerOptions {
  /** The vm's Date; the real clock when absent. */
  Date?: DateConstructor;
}

/** The bundle over the fake, as Apps Script would run it. */
export function server(options: ServerOptions = {}) {
  const fake = createFakeApps({ htmlFiles: { Sidebar: '' } });
  const advanced = createFakeAdvanced();
  const globals: Record<string, unknown> = { console, Sheets: advanced.Sheets, Drive: advanced.Drive };
  if (options.Date) globals.Date = options.Date;
  const context = vm.createContext(globals);
  fake.installGlobals(context);
  vm.runInContext(readFileSync(join(root, 'dist', 'Code.js'), 'utf8'), context, { filename: 'Code.js' });
  const calls: string[] = [];
  const call = (name: string, args: unknown[]): unknown => {
    calls.push(name);
    const fn = vm.runInContext(name, context) as (...a: unknown[]) => unknown;
    // google.script.run carries JSON-like data both ways.
    return JSON.parse(JSON.stringify(fn(...(JSON.parse(JSON.stringify(args)) as unknown[])) ?? null));
  };
  return { fake, advanced, call, calls };
}

/** google.script.run in the page, forwarding every call to the Node side. */
function bridge(): void {
  type Handler = (v: unknown) => void;
  const w = window as unknown as {
    __server(name: string, args: unknown[]): Promise<unknown>;
    google: unknown;
  };
  const runner = (ok: Handler, fail: Handler): unknown =>
    new Proxy(
      {},
      {
        get(_t, prop) {
          if (prop === 'withSuccessHandler') return (f: Handler) => runner(f, fail);
          if (prop === 'withFailureHandler') return (f: Handler) => runner(ok, f);
          if (prop === 'withUserObject') return () => runner(ok, fail);
          return (...args: unknown[]) => {
            w.__server(String(prop), args).then(ok, (e: unknown) => fail(new Error(String(e))));
          };
        },
      },
    );
  w.google = {
    script: {
      run: runner(
        () => undefined,
        () => undefined,
      ),
    },
  };
}

/** The sidebar, 300 px wide as in Sheets, its server calls answered by `call`. */
export async function open(
  browser: Browser,
  call: (name: string, args: unknown[]) => unknown,
): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 300, height: 900 } });
  const html = readFileSync(join(root, 'dist', 'Sidebar.html'), 'utf8');
  await page.route('**/*', (route) =>
    route.request().url() === PAGE_URL
      ? route.fulfill({ body: html, contentType: 'text/html; charset=utf-8' })
      : route.abort(),
  );
  await page.exposeFunction('__server', (name: string, args: unknown[]) => call(name, args));
  await page.addInitScript(bridge);
  await page.goto(PAGE_URL, { waitUntil: 'load' });
  return page;
}

/** Waits (at most 5 s) for something the page set off on the server side. */
export async function until(done: () => boolean): Promise<void> {
  for (let i = 0; i < 250 && !done(); i++) await new Promise((r) => setTimeout(r, 20));
}

/** Clicks a button by its exact name and waits until the server has answered. */
export async function click(page: Page, name: string): Promise<void> {
  await page.getByRole('button', { name, exact: true }).click();
  await idle(page);
}

/** The sidebar marks itself busy while the server works; the answer is shown when that ends. */
export async function idle(page: Page): Promise<void> {
  await page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'));
}

export async function shootWhole(page: Page, path: string): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path, fullPage: true, animations: 'disabled' });
}

export function port(fake: FakeApps) {
  return sheetsPort(fake.spreadsheet, {
    services: { SpreadsheetApp: fake.SpreadsheetApp, Session: fake.Session },
  });
}
