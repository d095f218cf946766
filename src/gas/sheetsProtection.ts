/**
 * Juri's protections in Sheets: made with the secretariat as the whole tab's
 * editors and each open range's people on it, recognised later as Juri's by
 * their description (or as an interrupted one of Juri's), never adopted when
 * someone made them by hand. Who runs the action, whether they own the file
 * and the spreadsheet's editors are asked once per action.
 */
import { ProtectionBlocked, type Protection, type ProtectionState } from '../workbook/port';
import { boundingBox, type Known, type SheetCache } from './sheetsGrid';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type GasProtection = GoogleAppsScript.Spreadsheet.Protection;

/**
 * Descriptions of the protections this add-on makes start with this, so that
 * it replaces its own and never touches those the secretariat made by hand.
 */
export const PROTECTION_PREFIX = 'Juri: ';
/** Between a protection's description and its seal, which is written last. */
export const SEAL_MARK = ' · #';

export interface SheetsProtections {
  user(): string;
  isOwner(): boolean;
  /** Removes Juri's own protections of a sheet; throws ProtectionBlocked when one may not be removed. */
  removeOwn(k: Known, name: string): void;
  setProtection(name: string, protection: Protection | null): void;
  protectionState(name: string): ProtectionState;
}

export function sheetsProtections(
  ss: Spreadsheet,
  cache: SheetCache,
  app: () => GoogleAppsScript.Spreadsheet.SpreadsheetApp,
  who: { owner?: string; session: () => GoogleAppsScript.Base.Session },
): SheetsProtections {
  let meEmail: string | null = who.owner ?? null;
  const me = (): string => (meEmail ??= who.session().getEffectiveUser().getEmail());
  let ownsIt: boolean | null = null;
  /** The owner can edit through every protection: no need to ask each one. */
  const isOwner = (): boolean => (ownsIt ??= lower(ss.getOwner()?.getEmail() ?? '') === lower(me()));
  let usersOfFile: GoogleAppsScript.Base.User[] | null = null;
  /** A new protection starts with every editor of the spreadsheet: asked once per action. */
  const fileUsers = (): GoogleAppsScript.Base.User[] => (usersOfFile ??= ss.getEditors());
  let editorsOfFile: string[] | null = null;
  /** Their addresses: one call each, so asked only when needed, once per action. */
  const fileEditors = (): string[] => (editorsOfFile ??= fileUsers().map((u) => lower(u.getEmail())));
  /** Protections this port has restricted: the first goes without the editors' addresses. */
  let restricted = 0;
  /** Whether new protections start open to the whole domain: the same for all, asked once. */
  let domainOpen: boolean | null = null;

  /** The protections of a sheet, listed once per action by a remembering port. */
  const protectionsOf = (k: Known): { sheets: GasProtection[]; ranges: GasProtection[] } => {
    if (k.protections) return k.protections;
    const type = app().ProtectionType;
    const sheets = k.sheet.getProtections(type.SHEET);
    const found = { sheets, ranges: k.sheet.getProtections(type.RANGE) };
    if (cache.remember) k.protections = found;
    return found;
  };
  const descriptions = new Map<GasProtection, string>();
  const describe = (p: GasProtection): string => {
    let d = descriptions.get(p);
    if (d === undefined) descriptions.set(p, (d = p.getDescription()));
    return d;
  };
  /**
   * Juri's own: its description says so, or it is a protection Juri was
   * interrupted making before it could describe it: no description and every
   * editor of the spreadsheet still among its editors, so it keeps nobody out.
   */
  const isOwn = (p: GasProtection): boolean => {
    const d = describe(p);
    if (d.startsWith(PROTECTION_PREFIX)) return true;
    if (d !== '' || p.isWarningOnly() || !p.canEdit()) return false;
    const editors = new Set(p.getEditors().map((u) => lower(u.getEmail())));
    return fileEditors().every((e) => editors.has(e));
  };
  const mayChange = (p: GasProtection): boolean => isOwner() || p.canEdit();
  const removeOwn = (k: Known, name: string): void => {
    const { sheets, ranges } = protectionsOf(k);
    const own = [...sheets, ...ranges].filter(isOwn);
    if (own.some((p) => !mayChange(p))) throw new ProtectionBlocked(name, 'notEditor');
    for (const p of own) p.remove();
    const kept = (list: GasProtection[]) => list.filter((p) => !own.includes(p));
    k.protections = { sheets: kept(sheets), ranges: kept(ranges) };
  };
  /**
   * Only the wanted editors (and the person running the action). A new
   * protection's editors mirror the spreadsheet's until a script changes
   * them (the Range.protect reference): those missing are added first, so
   * that removing a group the runner edits through cannot lock them out,
   * then the others removed. At most one addEditors and one removeEditors.
   */
  const restrict = (p: GasProtection, wanted: string[]): void => {
    const runner = lower(me());
    const want = [...new Set([runner, ...wanted].map(lower).filter((e) => e !== ''))];
    restricted += 1;
    if (editorsOfFile === null && restricted === 1) {
      // One protection in the action (a Ranking): the spreadsheet's editors are removed as
      // users, without asking each one's address, then the wanted ones added back. Sheets never
      // removes the owner nor the runner (Protection.removeEditors); the runner is added first
      // all the same, in case they edit through a group, unless they are known to own the file.
      if (runner !== '' && ownsIt !== true) p.addEditor(runner);
      p.removeEditors(fileUsers());
      const back = want.filter((e) => e !== runner);
      if (back.length > 0) p.addEditors(back);
    } else {
      const editors = fileEditors();
      const missing = want.filter((e) => !editors.includes(e));
      if (missing.length > 0) p.addEditors(missing);
      const others = editors.filter((e) => !want.includes(e));
      if (others.length > 0) p.removeEditors(others);
    }
    domainOpen ??= p.canDomainEdit();
    if (domainOpen) p.setDomainEdit(false);
  };

  return {
    user: me,
    isOwner,
    removeOwn,

    setProtection(name: string, protection: Protection | null): void {
      const k = cache.knownNamed(name);
      const sheet = k.sheet;
      if (!k.noOwnProtections) removeOwn(k, name);
      if (!protection) return;
      // sheet.protect() would hand back a protection someone made by hand: Juri never adopts one.
      if (protectionsOf(k).sheets.length > 0) throw new ProtectionBlocked(name, 'foreign');
      k.noOwnProtections = false;
      const description = PROTECTION_PREFIX + protection.description;
      const open = protection.editableRanges;
      const box = boundingBox(open.map((e) => e.range));
      if (box) cache.ensureBox(k, box);
      // Described at once, so that an interrupted run leaves a protection the next run knows as its own.
      const whole = sheet.protect().setDescription(description);
      if (protection.warningOnly) {
        // Anyone may edit after a warning: still Juri's own, sealed like the others.
        whole.setWarningOnly(true);
        if (protection.seal) whole.setDescription(description + SEAL_MARK + protection.seal);
        k.protections = undefined;
        return;
      }
      const editors = protection.editors ?? [];
      restrict(whole, editors);
      const ranges = open.map((e) => cache.rangeFor(k, e.range));
      if (ranges.length > 0) whole.setUnprotectedRanges(ranges);
      ranges.forEach((range, i) =>
        restrict(range.protect().setDescription(description), [...editors, ...open[i].editors]),
      );
      if (protection.seal) whole.setDescription(description + SEAL_MARK + protection.seal);
      k.protections = undefined;
    },

    protectionState(name: string): ProtectionState {
      const k = cache.knownNamed(name);
      const whole = protectionsOf(k).sheets[0];
      if (!whole) return { seal: null, blocked: null };
      const d = describe(whole);
      if (!isOwn(whole)) return { seal: null, blocked: 'foreign' };
      if (!mayChange(whole)) return { seal: null, blocked: 'notEditor' };
      const at = d.lastIndexOf(SEAL_MARK);
      return { seal: at >= 0 ? d.slice(at + SEAL_MARK.length) : null, blocked: null };
    },
  };
}

/** Emails compare without case, as Google accounts do. */
function lower(email: string): string {
  return email.trim().toLowerCase();
}
