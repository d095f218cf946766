/** Protected sheets and ranges, with their editors. */
import type { Recorder } from './calls';
import type { ProtectionData } from './model';
import { FakeRange } from './range';

export class FakeUser {
  constructor(
    private readonly rec: Recorder,
    private readonly email: string,
  ) {}

  getEmail(): string {
    this.rec.call('User.getEmail');
    return this.email;
  }

  /** For the fake's own use: the email without counting a call. */
  get address(): string {
    return this.email;
  }
}

type UserArg = string | FakeUser;

function emailOf(user: UserArg): string {
  return user instanceof FakeUser ? user.address : String(user);
}

export class FakeProtection {
  constructor(
    private readonly rec: Recorder,
    readonly data: ProtectionData,
  ) {}

  private get book() {
    return this.data.sheet.parent;
  }

  /** Reading the editors of a protection, or changing it, needs the right to edit through it. */
  private guard(): void {
    if (this.data.removed) throw new Error('This protection has been removed.');
    this.book.world.guardProtection(this.data);
  }

  getProtectionType(): 'RANGE' | 'SHEET' {
    this.rec.call('Protection.getProtectionType');
    return this.data.kind;
  }

  getDescription(): string {
    this.rec.call('Protection.getDescription');
    return this.data.description;
  }

  setDescription(description: string): FakeProtection {
    this.rec.call('Protection.setDescription');
    this.guard();
    this.data.description = description;
    return this;
  }

  getRange(): FakeRange {
    this.rec.call('Protection.getRange');
    const rect = this.data.kind === 'SHEET' ? this.data.sheet.whole() : this.data.rect;
    return new FakeRange(this.rec, this.data.sheet, rect);
  }

  getEditors(): FakeUser[] {
    this.rec.call('Protection.getEditors');
    this.guard();
    return [...this.data.editors].map((email) => new FakeUser(this.rec, email));
  }

  addEditor(user: UserArg): FakeProtection {
    this.rec.call('Protection.addEditor');
    this.guard();
    this.data.editors.add(emailOf(user));
    return this;
  }

  addEditors(emails: string[]): FakeProtection {
    this.rec.call('Protection.addEditors');
    this.guard();
    for (const email of emails) this.data.editors.add(emailOf(email));
    return this;
  }

  removeEditor(user: UserArg): FakeProtection {
    this.rec.call('Protection.removeEditor');
    this.guard();
    this.remove1(emailOf(user));
    return this;
  }

  removeEditors(users: UserArg[]): FakeProtection {
    this.rec.call('Protection.removeEditors');
    this.guard();
    for (const user of users) this.remove1(emailOf(user));
    return this;
  }

  /** Neither the owner of the spreadsheet nor the user running the script can be removed. */
  private remove1(email: string): void {
    if (email === this.book.world.options.owner || email === this.book.world.user) return;
    this.data.editors.delete(email);
  }

  canEdit(): boolean {
    this.rec.call('Protection.canEdit');
    return this.book.world.mayEdit(this.data);
  }

  canDomainEdit(): boolean {
    this.rec.call('Protection.canDomainEdit');
    this.guard();
    return this.data.domainEdit;
  }

  setDomainEdit(editable: boolean): FakeProtection {
    this.rec.call('Protection.setDomainEdit');
    this.guard();
    if (this.book.world.options.domain === null) {
      throw new Error('Domain edit is only available to users of a Google Workspace domain.');
    }
    this.data.domainEdit = editable;
    return this;
  }

  isWarningOnly(): boolean {
    this.rec.call('Protection.isWarningOnly');
    return this.data.warningOnly;
  }

  setWarningOnly(warningOnly: boolean): FakeProtection {
    this.rec.call('Protection.setWarningOnly');
    this.guard();
    this.data.warningOnly = warningOnly;
    return this;
  }

  getUnprotectedRanges(): FakeRange[] {
    this.rec.call('Protection.getUnprotectedRanges');
    return this.data.unprotected.map((rect) => new FakeRange(this.rec, this.data.sheet, rect));
  }

  setUnprotectedRanges(ranges: FakeRange[]): FakeProtection {
    this.rec.call('Protection.setUnprotectedRanges');
    this.guard();
    if (this.data.kind !== 'SHEET')
      throw new Error('Unprotected ranges can only be set on a protected sheet.');
    for (const range of ranges) {
      if (!(range instanceof FakeRange) || range.sheetData !== this.data.sheet) {
        throw new Error('The unprotected ranges must be in the protected sheet.');
      }
    }
    this.data.unprotected = ranges.map((r) => ({ ...r.rect }));
    return this;
  }

  remove(): void {
    this.rec.call('Protection.remove');
    this.guard();
    this.book.removeProtection(this.data);
  }
}
