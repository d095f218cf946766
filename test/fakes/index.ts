/**
 * An in-memory stand-in for the Apps Script services the add-on uses, for
 * tests. Every public method counts a call ('Range.getValues') in `calls`;
 * `failNext`/`failWhen` make a chosen call throw before it changes anything;
 * `ui` records what the user would have seen.
 *
 *   const fake = createFakeApps();
 *   const ss = fake.SpreadsheetApp.getActive();   // typed as the real service
 *   ... run the code under test ...
 *   expect(fake.calls.get('Range.setValues')).toBe(1);
 */
import { CallCounter, type FailurePredicate, Recorder } from './calls';
import type { UnflushedRelease } from './commits';
import { type FakeOptions, type LockKind, type SpreadsheetData, World } from './model';
import {
  FakeDriveApp,
  FakeLockService,
  FakePropertiesService,
  FakeScriptApp,
  FakeSession,
  FakeUtilities,
} from './services';
import { FakeSpreadsheet, FakeSpreadsheetApp } from './spreadsheet';
import { FakeHtmlService, UiLog } from './ui';

export type { FakeOptions, FormulaEvaluator } from './model';
export type { RecordedMenu, MenuEntry } from './ui';
export { CallCounter, UiLog };

/** The fakes with their own (honest, partial) types. */
export interface FakeServices {
  SpreadsheetApp: FakeSpreadsheetApp;
  Session: FakeSession;
  LockService: FakeLockService;
  HtmlService: FakeHtmlService;
  ScriptApp: FakeScriptApp;
  PropertiesService: FakePropertiesService;
  Utilities: FakeUtilities;
  DriveApp: FakeDriveApp;
  /** The spreadsheet the script is bound to. */
  spreadsheet: FakeSpreadsheet;
}

/** The same objects, as the code under test sees the real services. */
export interface GoogleServices {
  SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  Session: GoogleAppsScript.Base.Session;
  LockService: GoogleAppsScript.Lock.LockService;
  HtmlService: GoogleAppsScript.HTML.HtmlService;
  ScriptApp: GoogleAppsScript.Script.ScriptApp;
  PropertiesService: GoogleAppsScript.Properties.PropertiesService;
  Utilities: GoogleAppsScript.Utilities.Utilities;
  DriveApp: GoogleAppsScript.Drive.DriveApp;
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet;
}

export interface FakeApps extends GoogleServices {
  /** The fakes with their own types, for the few tests that need them. */
  fakes: FakeServices;
  calls: CallCounter;
  /** The bookkeeping of calls and failures, for fakes of other services (the advanced ones) to share. */
  recorder: Recorder;
  /** The account the script runs as now (the effective and active user), read without counting a call. */
  currentUser(): string;
  /** From now on the script runs as this account (owner, a second secretariat member, a juror, a stranger). */
  runAs(email: string): void;
  /** The next call of `method` ('Range.setValues') throws, once. */
  failNext(method: string, error?: Error | string): void;
  /** Calls for which the predicate holds throw until the returned function is called. */
  failWhen(predicate: FailurePredicate, error?: Error | string): () => void;
  clearFailures(): void;
  /**
   * Another person acts just before the first call matching the predicate
   * (a juror types while an action runs); their calls are not counted.
   */
  before(predicate: FailurePredicate, act: () => void, options?: { once?: boolean }): () => void;
  /** Runs `act` as another user, then comes back to the current one. */
  asUser<T>(email: string, act: () => T): T;
  ui: UiLog;
  /** The state behind a spreadsheet (the bound one by default), readable without counting calls. */
  inspect(id?: string): SpreadsheetData;
  /** Every lock the script released while spreadsheet writes were still queued (no flush since). */
  unflushedReleases(): readonly UnflushedRelease[];
  /**
   * The end of one execution (one entry point called): Apps Script commits
   * the queued writes and releases every lock the script still holds.
   */
  endExecution(): void;
  /** Another execution holds the lock until the returned function is called. */
  holdLock(kind?: LockKind): () => void;
  /** Puts the services where Apps Script has them (global names); returns the undo. */
  installGlobals(target?: object): () => void;
}

const GLOBAL_NAMES = [
  'SpreadsheetApp',
  'Session',
  'LockService',
  'HtmlService',
  'ScriptApp',
  'PropertiesService',
  'Utilities',
  'DriveApp',
] as const;

/**
 * The only place where the fakes are given the real services' types: the
 * adapter compiles against the real API, and the fake's tests check that the
 * fake behaves like it for everything the adapter uses.
 */
function asGoogle(fakes: FakeServices): GoogleServices {
  return fakes as unknown as GoogleServices;
}

export function createFakeApps(options: FakeOptions = {}): FakeApps {
  const rec = new Recorder();
  const ui = new UiLog();
  const world = new World(rec, ui, options);
  const bound = world.createSpreadsheet(
    options.name ?? 'Kompetisi Inovasi',
    options.id ?? 'fake-spreadsheet-bound',
  );
  world.active = bound;
  const fakes: FakeServices = {
    SpreadsheetApp: new FakeSpreadsheetApp(rec, world),
    Session: new FakeSession(rec, world),
    LockService: new FakeLockService(rec, world),
    HtmlService: new FakeHtmlService(rec, world.options.htmlFiles),
    ScriptApp: new FakeScriptApp(rec, world),
    PropertiesService: new FakePropertiesService(rec, world),
    Utilities: new FakeUtilities(rec),
    DriveApp: new FakeDriveApp(rec, world),
    spreadsheet: new FakeSpreadsheet(rec, bound),
  };
  const google = asGoogle(fakes);
  return {
    ...google,
    fakes,
    calls: rec.calls,
    recorder: rec,
    currentUser: () => world.user,
    failNext: (method, error) => rec.failNext(method, error),
    failWhen: (predicate, error) => rec.failWhen(predicate, error),
    clearFailures: () => rec.clearFailures(),
    before: (predicate, act, opts) => rec.before(predicate, act, opts),
    runAs(email) {
      world.user = email;
      world.activeUser = email;
    },
    asUser(email, act) {
      const was = [world.user, world.activeUser] as const;
      world.user = email;
      world.activeUser = email;
      try {
        return act();
      } finally {
        [world.user, world.activeUser] = was;
      }
    },
    ui,
    inspect(id) {
      const book = id === undefined ? bound : world.spreadsheets.get(id);
      if (!book) throw new Error(`No fake spreadsheet with id ${id}`);
      return book;
    },
    unflushedReleases: () => world.writes.unflushedReleases,
    endExecution() {
      world.writes.committed();
      for (const [kind, holder] of [...world.lockHolders])
        if (holder !== 'test') world.lockHolders.delete(kind);
    },
    holdLock(kind = 'document') {
      if (world.lockHolders.has(kind)) throw new Error(`The ${kind} lock is already held.`);
      world.lockHolders.set(kind, 'test');
      return () => {
        if (world.lockHolders.get(kind) === 'test') world.lockHolders.delete(kind);
      };
    },
    installGlobals(target = globalThis) {
      const slots = target as Record<string, unknown>;
      const before = GLOBAL_NAMES.map(
        (name) => [name, Object.prototype.hasOwnProperty.call(slots, name), slots[name]] as const,
      );
      for (const name of GLOBAL_NAMES) slots[name] = google[name];
      return () => {
        for (const [name, had, value] of before) {
          if (had) slots[name] = value;
          else delete slots[name];
        }
      };
    },
  };
}
