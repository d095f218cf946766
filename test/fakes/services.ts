/** The small services around the spreadsheet: Session, locks, properties, ScriptApp, Utilities, Drive. */
import { createHash } from 'node:crypto';
import type { Recorder } from './calls';
import type {
  Access as AccessName,
  LockKind,
  Permission as PermissionName,
  SpreadsheetData,
  World,
} from './model';
import { MANIFEST_SCOPES } from './auth';
import { FakeUser } from './protection';
import { formatDate } from './values';

export class FakeSession {
  constructor(
    private readonly rec: Recorder,
    private readonly world: World,
  ) {}

  getEffectiveUser(): FakeUser {
    this.rec.call('Session.getEffectiveUser');
    return new FakeUser(this.rec, this.world.user);
  }

  getActiveUser(): FakeUser {
    this.rec.call('Session.getActiveUser');
    return new FakeUser(this.rec, this.world.activeUser);
  }

  getActiveUserLocale(): string {
    this.rec.call('Session.getActiveUserLocale');
    return this.world.options.userLocale;
  }

  getScriptTimeZone(): string {
    this.rec.call('Session.getScriptTimeZone');
    return this.world.options.scriptTimeZone;
  }
}

export const LOCK_TIMEOUT = 'Lock timeout: another process was holding the lock for too long.';

export class FakeLock {
  constructor(
    private readonly rec: Recorder,
    private readonly world: World,
    private readonly kind: LockKind,
  ) {}

  /** False at once when another holder has the lock: tests never wait. */
  tryLock(_timeoutInMillis: number): boolean {
    this.rec.call('Lock.tryLock');
    return this.acquire();
  }

  waitLock(_timeoutInMillis: number): void {
    this.rec.call('Lock.waitLock');
    if (!this.acquire()) throw new Error(LOCK_TIMEOUT);
  }

  hasLock(): boolean {
    this.rec.call('Lock.hasLock');
    return this.world.lockHolders.get(this.kind) === this;
  }

  releaseLock(): void {
    this.rec.call('Lock.releaseLock');
    if (this.world.lockHolders.get(this.kind) !== this) return;
    this.world.writes.released(this.kind);
    this.world.lockHolders.delete(this.kind);
  }

  private acquire(): boolean {
    const holder = this.world.lockHolders.get(this.kind);
    if (holder !== undefined && holder !== this) return false;
    this.world.lockHolders.set(this.kind, this);
    return true;
  }
}

export class FakeLockService {
  constructor(
    private readonly rec: Recorder,
    private readonly world: World,
  ) {}

  getDocumentLock(): FakeLock {
    this.rec.call('LockService.getDocumentLock');
    return new FakeLock(this.rec, this.world, 'document');
  }

  getScriptLock(): FakeLock {
    this.rec.call('LockService.getScriptLock');
    return new FakeLock(this.rec, this.world, 'script');
  }

  getUserLock(): FakeLock {
    this.rec.call('LockService.getUserLock');
    return new FakeLock(this.rec, this.world, 'user');
  }
}

export class FakeProperties {
  constructor(
    private readonly rec: Recorder,
    private readonly store: Map<string, string>,
  ) {}

  getProperty(key: string): string | null {
    this.rec.call('Properties.getProperty');
    return this.store.get(key) ?? null;
  }

  setProperty(key: string, value: string): FakeProperties {
    this.rec.call('Properties.setProperty');
    this.store.set(key, String(value));
    return this;
  }

  getProperties(): Record<string, string> {
    this.rec.call('Properties.getProperties');
    return Object.fromEntries(this.store);
  }

  setProperties(properties: Record<string, string>, deleteAllOthers = false): FakeProperties {
    this.rec.call('Properties.setProperties');
    if (deleteAllOthers) this.store.clear();
    for (const [k, v] of Object.entries(properties)) this.store.set(k, String(v));
    return this;
  }

  getKeys(): string[] {
    this.rec.call('Properties.getKeys');
    return [...this.store.keys()];
  }

  deleteProperty(key: string): FakeProperties {
    this.rec.call('Properties.deleteProperty');
    this.store.delete(key);
    return this;
  }

  deleteAllProperties(): FakeProperties {
    this.rec.call('Properties.deleteAllProperties');
    this.store.clear();
    return this;
  }
}

export class FakePropertiesService {
  constructor(
    private readonly rec: Recorder,
    private readonly world: World,
  ) {}

  getDocumentProperties(): FakeProperties {
    this.rec.call('PropertiesService.getDocumentProperties');
    return new FakeProperties(this.rec, this.world.properties.document);
  }

  getScriptProperties(): FakeProperties {
    this.rec.call('PropertiesService.getScriptProperties');
    return new FakeProperties(this.rec, this.world.properties.script);
  }

  getUserProperties(): FakeProperties {
    this.rec.call('PropertiesService.getUserProperties');
    return new FakeProperties(this.rec, this.world.properties.user);
  }
}

const AUTH_MODES = ['NONE', 'CUSTOM_FUNCTION', 'LIMITED', 'FULL'] as const;

export class FakeAuthorizationInfo {
  constructor(
    private readonly rec: Recorder,
    private readonly missing: string[],
    private readonly authorized: string[],
  ) {}

  getAuthorizationStatus(): 'REQUIRED' | 'NOT_REQUIRED' {
    this.rec.call('AuthorizationInfo.getAuthorizationStatus');
    return this.missing.length > 0 ? 'REQUIRED' : 'NOT_REQUIRED';
  }

  getAuthorizationUrl(): string | null {
    this.rec.call('AuthorizationInfo.getAuthorizationUrl');
    return this.missing.length > 0 ? 'https://script.google.com/macros/d/fake-script-id/authorize' : null;
  }

  getAuthorizedScopes(): string[] {
    this.rec.call('AuthorizationInfo.getAuthorizedScopes');
    return [...this.authorized];
  }
}

export class FakeScriptApp {
  readonly AuthMode = {
    NONE: 'NONE',
    CUSTOM_FUNCTION: 'CUSTOM_FUNCTION',
    LIMITED: 'LIMITED',
    FULL: 'FULL',
  } as const;
  readonly AuthorizationStatus = { REQUIRED: 'REQUIRED', NOT_REQUIRED: 'NOT_REQUIRED' } as const;

  constructor(
    private readonly rec: Recorder,
    private readonly world: World,
  ) {}

  /**
   * Which of `scopes` (the manifest's when absent) the user granted. Only
   * FULL asks for the user's consent, as the reference says.
   */
  getAuthorizationInfo(authMode: string, scopes?: string[]): FakeAuthorizationInfo {
    this.rec.call('ScriptApp.getAuthorizationInfo');
    if (!(AUTH_MODES as readonly string[]).includes(authMode))
      throw new Error(
        "The parameters (String) don't match the method signature for ScriptApp.getAuthorizationInfo.",
      );
    const asked = scopes ?? [...MANIFEST_SCOPES];
    const granted = this.world.auth.granted;
    return new FakeAuthorizationInfo(
      this.rec,
      asked.filter((s) => !granted.has(s)),
      asked.filter((s) => granted.has(s)),
    );
  }

  /** Ends the execution (a thrown error here) when any of `scopes` was not granted. */
  requireScopes(authMode: string, scopes: string[]): void {
    this.rec.call('ScriptApp.requireScopes');
    if (!(AUTH_MODES as readonly string[]).includes(authMode) || !Array.isArray(scopes))
      throw new Error("The parameters don't match the method signature for ScriptApp.requireScopes.");
    const missing = scopes.filter((s) => !this.world.auth.granted.has(s));
    if (missing.length > 0)
      throw new Error(`Authorization is required to perform that action. (${missing.join(', ')})`);
  }

  getScriptId(): string {
    this.rec.call('ScriptApp.getScriptId');
    return 'fake-script-id';
  }
}

const DIGESTS = {
  MD5: 'md5',
  SHA_1: 'sha1',
  SHA_256: 'sha256',
  SHA_384: 'sha384',
  SHA_512: 'sha512',
} as const;

export class FakeUtilities {
  readonly DigestAlgorithm = {
    MD2: 'MD2',
    MD5: 'MD5',
    SHA_1: 'SHA_1',
    SHA_256: 'SHA_256',
    SHA_384: 'SHA_384',
    SHA_512: 'SHA_512',
  } as const;
  readonly Charset = { US_ASCII: 'US_ASCII', UTF_8: 'UTF_8' } as const;
  private uuids = 0;

  constructor(private readonly rec: Recorder) {}

  formatDate(date: Date, timeZone: string, format: string): string {
    this.rec.call('Utilities.formatDate');
    return formatDate(date, timeZone, format);
  }

  /** Signed bytes (-128..127), as Apps Script returns them. */
  computeDigest(algorithm: string, value: string): number[] {
    this.rec.call('Utilities.computeDigest');
    const name = DIGESTS[algorithm as keyof typeof DIGESTS];
    if (!name) throw new Error(`Unsupported digest algorithm ${algorithm}`);
    return [...createHash(name).update(value, 'utf8').digest()].map((b) => (b > 127 ? b - 256 : b));
  }

  /** Deterministic in tests: a counter dressed as a UUID. */
  getUuid(): string {
    this.rec.call('Utilities.getUuid');
    this.uuids++;
    return `00000000-0000-4000-8000-${String(this.uuids).padStart(12, '0')}`;
  }
}

export const Access = {
  ANYONE: 'ANYONE',
  ANYONE_WITH_LINK: 'ANYONE_WITH_LINK',
  DOMAIN: 'DOMAIN',
  DOMAIN_WITH_LINK: 'DOMAIN_WITH_LINK',
  PRIVATE: 'PRIVATE',
} as const;
export const Permission = {
  VIEW: 'VIEW',
  EDIT: 'EDIT',
  COMMENT: 'COMMENT',
  OWNER: 'OWNER',
  ORGANIZER: 'ORGANIZER',
  NONE: 'NONE',
} as const;

export class FakeFile {
  constructor(
    private readonly rec: Recorder,
    private readonly book: SpreadsheetData,
  ) {}

  getId(): string {
    this.rec.call('File.getId');
    return this.book.id;
  }

  getName(): string {
    this.rec.call('File.getName');
    return this.book.name;
  }

  getUrl(): string {
    this.rec.call('File.getUrl');
    return this.book.url();
  }

  setSharing(access: AccessName, permission: PermissionName): FakeFile {
    this.rec.call('File.setSharing');
    if (!(access in Access) || !(permission in Permission)) {
      throw new Error(
        "The parameters (String,String) don't match the method signature for DriveApp.File.setSharing.",
      );
    }
    if ((access === 'DOMAIN' || access === 'DOMAIN_WITH_LINK') && this.book.world.options.domain === null) {
      throw new Error('Sharing with a domain is only available to users of a Google Workspace domain.');
    }
    this.book.sharing = { access, permission };
    return this;
  }

  getSharingAccess(): AccessName {
    this.rec.call('File.getSharingAccess');
    return this.book.sharing.access;
  }

  getSharingPermission(): PermissionName {
    this.rec.call('File.getSharingPermission');
    return this.book.sharing.permission;
  }
}

export class FakeDriveApp {
  readonly Access = Access;
  readonly Permission = Permission;

  constructor(
    private readonly rec: Recorder,
    private readonly world: World,
  ) {}

  /** Only spreadsheets exist in this Drive. */
  getFileById(id: string): FakeFile {
    this.rec.call('DriveApp.getFileById');
    const book = this.world.spreadsheets.get(id);
    if (!book)
      throw new Error(
        'No item with the given ID could be found, or you do not have permission to access it.',
      );
    return new FakeFile(this.rec, book);
  }
}
