/**
 * The built dist/Code.js, loaded in node:vm over the in-memory services the
 * way Apps Script runs it: one global scope, the services as globals, the
 * advanced services only when the project enables them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import { createFakeApps, type FakeApps, type FakeOptions } from '../fakes';
import { createFakeAdvanced, type FakeAdvanced } from '../fakes/advanced';
import { sheetsPort } from '../../src/gas/sheetsPort';
import type { SpreadsheetPort } from '../../src/workbook/port';

export interface Loaded {
  fake: FakeApps;
  advanced: FakeAdvanced;
  call<T>(fn: string, ...args: unknown[]): T;
}

export interface LoadOptions extends FakeOptions {
  /** False: the Sheets and Drive advanced services are not enabled (no such globals). */
  advancedServices?: boolean;
}

export function loadBundle(options: LoadOptions = {}): Loaded {
  const { advancedServices = true, ...fakeOptions } = options;
  const fake = createFakeApps({ htmlFiles: { Sidebar: '<!DOCTYPE html><p>Juri</p>' }, ...fakeOptions });
  const advanced = createFakeAdvanced({ recorder: fake.recorder, user: fake.currentUser });
  const globals: Record<string, unknown> = { console };
  if (advancedServices) Object.assign(globals, { Sheets: advanced.Sheets, Drive: advanced.Drive });
  const context = vm.createContext(globals);
  fake.installGlobals(context);
  const code = readFileSync(join(__dirname, '..', '..', 'dist', 'Code.js'), 'utf8');
  vm.runInContext(code, context, { filename: 'Code.js' });
  // Each call is one execution: whatever it leaves locked or queued ends with it.
  const call = <T>(fn: string, ...args: unknown[]): T => {
    const f = vm.runInContext(fn, context) as (...a: unknown[]) => T;
    try {
      return f(...args);
    } finally {
      fake.endExecution();
    }
  };
  return { fake, advanced, call };
}

/** The port over the fake's bound spreadsheet, as a juror's edits or a test's checks use it. */
export function portOf(fake: FakeApps): SpreadsheetPort {
  return sheetsPort(fake.spreadsheet, {
    services: { SpreadsheetApp: fake.SpreadsheetApp, Session: fake.Session },
  });
}
