/**
 * The spreadsheet port over an .xlsx package, for commands that change a file
 * the user already has (generate, rank). Reading goes straight from each
 * sheet's XML (./xlsxScan), once per sheet; a sheet Juri writes is cleared or
 * created first (every layout writes whole sheets) and rendered by exceljs into
 * a workbook of its own. Saving puts those sheets back into the package
 * (./xlsxRepack) and leaves every other part as it was, byte for byte.
 *
 * Beyond ./xlsxPort's limits: a sheet from the file must be cleared before it
 * is written to (writing into one in place throws; no layout does it).
 */
import ExcelJS from 'exceljs';
import type { SheetSnapshot, SpreadsheetPort, Validation } from '../workbook/port';
import { addWorksheetLike } from './xlsxLook';
import { partText, sheetEntries, type Package, type SheetEntry } from './xlsxPackage';
import { xlsxPort } from './xlsxPort';
import { readSheet } from './xlsxRead';
import { readContext, scanSheet, type ReadContext } from './xlsxScan';
import { clearSheet as clearEdited } from './xlsxSheets';
import { inlineList, LISTS_SHEET } from './xlsxValidations';

/** Excel's limit on a sheet's name. */
const MAX_NAME_LENGTH = 31;

export interface Tab {
  name: string;
  /** 'visible', 'hidden' or 'veryHidden'. */
  state: string;
  /** The sheet of the file this tab is, or null for a sheet Juri added. */
  origin: SheetEntry | null;
  /** Juri rewrote it: its content is the exceljs worksheet of the same name. */
  edited: boolean;
}

export interface PackageEdit {
  port: SpreadsheetPort;
  pkg: Package;
  /** The tabs as they are now, in order. */
  tabs(): Tab[];
  /** Sheets of the file that were deleted. */
  deleted(): SheetEntry[];
  /** Where Juri's sheets are rendered. */
  rendered: ExcelJS.Workbook;
  /** Whether anything was changed (a sheet written, added, deleted or renamed). */
  changed(): boolean;
}

export function packagePort(pkg: Package, options: { locale: string }): PackageEdit {
  const rendered = new ExcelJS.Workbook();
  const inner = xlsxPort(rendered, options);
  const entries = sheetEntries(pkg);
  const tabs: Tab[] = entries.map((origin) => ({
    name: origin.name,
    state: origin.state,
    origin,
    edited: false,
  }));
  const deleted: SheetEntry[] = [];
  const cache = new Map<string, SheetSnapshot>();
  let context: ReadContext | null = null;
  let changed = false;

  const find = (name: string) => tabs.find((t) => t.name === name);
  const tabOrThrow = (name: string): Tab => {
    const tab = find(name);
    if (!tab || name === LISTS_SHEET) throw new Error(`No sheet named '${name}'`);
    return tab;
  };
  const editedOrThrow = (name: string): Tab => {
    const tab = tabOrThrow(name);
    if (!tab.edited) throw new Error(`Sheet '${name}' of the file must be cleared before it is written`);
    changed = true;
    return tab;
  };
  const checkNewName = (name: string) => {
    if (name === LISTS_SHEET) throw new Error(`'${LISTS_SHEET}' is reserved for the lists of validations`);
    if (name.length > MAX_NAME_LENGTH)
      throw new Error(`Sheet name longer than ${MAX_NAME_LENGTH} characters: ${name}`);
    if (tabs.some((t) => t.name.toLowerCase() === name.toLowerCase()))
      throw new Error(`A sheet named '${name}' already exists`);
  };
  const visible = () => tabs.filter((t) => t.name !== LISTS_SHEET);

  const read = (name: string): SheetSnapshot | null => {
    const tab = find(name);
    if (!tab || name === LISTS_SHEET) return null;
    if (tab.edited) return readSheet(rendered.getWorksheet(name)!);
    const origin = tab.origin!;
    const cached = cache.get(origin.part);
    if (cached) return { ...cached, name };
    context ??= readContext(pkg);
    const xml = origin.worksheet ? (partText(pkg, origin.part) ?? '') : '';
    const snapshot = scanSheet(name, xml, context);
    cache.set(origin.part, snapshot);
    return snapshot;
  };

  /** A long list goes to the lists sheet; one that came with the file would have to be read first. */
  const setValidations = (name: string, validations: Validation[]) => {
    const needsLists = validations.some((v) => v.rule.kind === 'list' && inlineList(v.rule.values) === null);
    const lists = find(LISTS_SHEET);
    if (needsLists && lists && !lists.edited)
      throw new Error(`The lists sheet of the file cannot take more lists`);
    inner.setValidations(name, validations);
    if (!lists && rendered.getWorksheet(LISTS_SHEET))
      tabs.push({ name: LISTS_SHEET, state: 'veryHidden', origin: null, edited: true });
  };

  const port: SpreadsheetPort = {
    locale: () => options.locale,
    sheetNames: () => visible().map((t) => t.name),
    read,
    insertSheet: (name, index) => {
      checkNewName(name);
      rendered.addWorksheet(name);
      const others = visible();
      const at = index === undefined ? others.length : Math.max(0, Math.min(index, others.length));
      const before = others[at];
      const tab: Tab = { name, state: 'visible', origin: null, edited: true };
      if (before) tabs.splice(tabs.indexOf(before), 0, tab);
      else {
        const lists = tabs.findIndex((t) => t.name === LISTS_SHEET);
        tabs.splice(lists >= 0 ? lists : tabs.length, 0, tab);
      }
      changed = true;
    },
    deleteSheet: (name) => {
      const tab = tabOrThrow(name);
      if (tab.edited) rendered.removeWorksheet(rendered.getWorksheet(name)!.id);
      if (tab.origin) deleted.push(tab.origin);
      tabs.splice(tabs.indexOf(tab), 1);
      changed = true;
    },
    renameSheet: (from, to) => {
      const tab = tabOrThrow(from);
      if (from === to) return;
      checkNewName(to);
      if (tab.edited) rendered.getWorksheet(from)!.name = to;
      tab.name = to;
      changed = true;
    },
    clearSheet: (name) => {
      const tab = tabOrThrow(name);
      if (tab.edited) clearEdited(rendered, name);
      else {
        const xml = tab.origin!.worksheet ? (partText(pkg, tab.origin!.part) ?? '') : '';
        addWorksheetLike(rendered, name, xml, tab.state);
        tab.edited = true;
      }
      changed = true;
    },
    writeBlock: (name, block) => inner.writeBlock(editedOrThrow(name).name, block),
    writeFormats: (name, formats) => inner.writeFormats(editedOrThrow(name).name, formats),
    setValidations: (name, validations) => setValidations(editedOrThrow(name).name, validations),
    setProtection: (name, protection) => inner.setProtection(editedOrThrow(name).name, protection),
    setLook: (name, look) => inner.setLook(editedOrThrow(name).name, look),
  };
  return {
    port,
    pkg,
    rendered,
    tabs: () => tabs,
    deleted: () => deleted,
    changed: () => changed,
  };
}
