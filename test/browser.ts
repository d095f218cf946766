/**
 * Debian's Chromium for the browser tests (sidebar and end to end): where it
 * is, how it is started on this kind of machine, and what a suite does when
 * it is missing (skip loudly; fail under CI=true).
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';

/** `describe` when Chromium is there (or CI demands it), `describe.skip` with a loud warning otherwise. */
export function browserSuite(what: string): jest.Describe {
  const have = existsSync(CHROMIUM);
  if (!have) {
    console.warn(
      process.env.CI === 'true'
        ? `!!! ${CHROMIUM} is missing and CI=true: ${what} will FAIL.`
        : `!!! ${CHROMIUM} is missing: ${what} is SKIPPED. Install Debian's chromium package to run it.`,
    );
  }
  return have || process.env.CI === 'true' ? describe : describe.skip;
}

/** Headless, offline: without the background-networking flags Chromium keeps calling out to a closed network. */
export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
}
