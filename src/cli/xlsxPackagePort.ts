/**
 * The spreadsheet port over an .xlsx package, for commands that change a file
 * the user already has (generate, rank). Reading goes straight from each
 * sheet's XML (./xlsxScan), once per sheet; a sheet Juri writes is cleared or
 * created first (every layout writes whole sheets) and kept as a draft
 * (./xlsxDraft). Saving writes the drafts into the package (./xlsxRepack) and
 * leaves every other part as it was, byte for byte.
 *
 * A clear that keeps values (a juror tab written around the juror's cells)
 * puts the file's cells into the draft as they are stored, with their number
 * formats, links and notes; the writes then replace only the cells they
 * cover, and a write that carries a cell (Block.from) copies it whole from
 * where it was.
 *
 * Cells written into a sheet of the file without clearing it (import's entry
 * rows in the Setup) are patched into its XML (./xlsxPatch), which otherwise
 * stays as it is.
 *
 * Beyond ./xlsxPort's limits: a sheet from the file takes only cells without
 * being cleared first (formats, rules, protection or look of it throw; no
 * layout does that), and a lists sheet that came with the file takes no new
 * lists.
 */
import { columnLetter } from '../workbook/a1';
import type { SheetSnapshot, SpreadsheetPort, Validation } from '../workbook/port';
import {
  clearDraft,
  keepDraftCells,
  newDraft,
  readDraft,
  setDraftLook,
  setDraftPaper,
  setDraftProtection,
  takeDraftCells,
  writeDraftBlock,
  writeDraftFormats,
  type SheetDraft,
} from './xlsxDraft';
import { partText, relationships, sheetEntries, type Package, type SheetEntry } from './xlsxPackage';
import { addPatch, patchedSnapshot, type Patches } from './xlsxPatch';
import { commentNotes, readContext, scanSheet, sheetCells, sheetLinks, type ReadContext } from './xlsxScan';
import { inlineList, LISTS_SHEET } from './xlsxValidations';

/** Excel's limit on a sheet's name. */
const MAX_NAME_LENGTH = 31;

export interface Tab {
  name: string;
  /** 'visible', 'hidden' or 'veryHidden'. */
  state: string;
  /** The sheet of the file this tab is, or null for a sheet Juri added. */
  origin: SheetEntry | null;
  /** What Juri wrote into it, when it did: the sheet's new content. */
  draft: SheetDraft | null;
  /** Cells written into a sheet of the file in place, without clearing it (./xlsxPatch). */
  patches?: Patches;
}

export interface PackageEdit {
  port: SpreadsheetPort;
  pkg: Package;
  /** The tabs as they are now, in order. */
  tabs(): Tab[];
  /** Sheets of the file that were deleted. */
  deleted(): SheetEntry[];
  /** The reference to a column of the lists sheet holding exactly these values (added when missing). */
  listFormula(values: string[]): string;
  /** Whether anything was changed (a sheet written, added, deleted or renamed). */
  changed(): boolean;
}

const quote = (name: string) => `'${name.replace(/'/g, "''")}'`;

export function packagePort(pkg: Package, options: { locale: string }): PackageEdit {
  const tabs: Tab[] = sheetEntries(pkg).map((origin) => ({
    name: origin.name,
    state: origin.state,
    origin,
    draft: null,
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
  const draftOf = (name: string): SheetDraft => {
    const tab = tabOrThrow(name);
    if (!tab.draft) throw new Error(`Sheet '${name}' of the file takes only cells without clearing it first`);
    changed = true;
    return tab.draft;
  };
  const checkNewName = (name: string) => {
    if (name === LISTS_SHEET) throw new Error(`'${LISTS_SHEET}' is reserved for the lists of validations`);
    if (name.length > MAX_NAME_LENGTH)
      throw new Error(`Sheet name longer than ${MAX_NAME_LENGTH} characters: ${name}`);
    if (/[[\]:*?/\\]/.test(name)) throw new Error(`Sheet name with a character Excel refuses: ${name}`);
    if (tabs.some((t) => t.name.toLowerCase() === name.toLowerCase()))
      throw new Error(`A sheet named '${name}' already exists`);
  };
  const visible = () => tabs.filter((t) => t.name !== LISTS_SHEET);

  const read = (name: string): SheetSnapshot | null => {
    const tab = find(name);
    if (!tab || name === LISTS_SHEET) return null;
    if (tab.draft) return { name, ...readDraft(tab.draft) };
    const origin = tab.origin!;
    let snapshot = cache.get(origin.part);
    if (!snapshot) {
      context ??= readContext(pkg);
      const xml = origin.worksheet ? (partText(pkg, origin.part) ?? '') : '';
      snapshot = scanSheet(name, xml, context);
      cache.set(origin.part, snapshot);
    }
    return tab.patches ? { name, ...patchedSnapshot(snapshot, tab.patches) } : { ...snapshot, name };
  };

  /** Long lists live in columns of a very hidden sheet; identical lists share one. */
  const listFormula = (values: string[]): string => {
    const inline = inlineList(values);
    if (inline !== null) return inline;
    let lists = find(LISTS_SHEET);
    if (lists && !lists.draft) throw new Error('The lists sheet of the file cannot take more lists');
    if (!lists)
      tabs.push((lists = { name: LISTS_SHEET, state: 'veryHidden', origin: null, draft: newDraft() }));
    const draft = lists.draft!;
    const column = (col: number) => {
      const out: string[] = [];
      for (let r = 1; draft.cells.get(r)?.get(col); r++)
        out.push(String(draft.cells.get(r)!.get(col)!.value));
      return out;
    };
    let col = 1;
    for (; draft.cells.get(1)?.get(col); col++) {
      const have = column(col);
      if (have.length === values.length && have.every((v, i) => v === values[i])) break;
    }
    if (!draft.cells.get(1)?.get(col))
      writeDraftBlock(draft, { row: 1, col, values: values.map((v) => [v]) });
    const letter = columnLetter(col);
    return `${quote(LISTS_SHEET)}!$${letter}$1:$${letter}$${Math.max(values.length, 1)}`;
  };

  const setValidations = (draft: SheetDraft, validations: Validation[]) => {
    for (const v of validations) if (v.rule.kind === 'list') listFormula(v.rule.values);
    draft.validations = validations;
  };

  const port: SpreadsheetPort = {
    locale: () => options.locale,
    sheetNames: () => visible().map((t) => t.name),
    read,
    insertSheet: (name, index) => {
      checkNewName(name);
      const others = visible();
      const at = index === undefined ? others.length : Math.max(0, Math.min(index, others.length));
      const before = others[at];
      const tab: Tab = { name, state: 'visible', origin: null, draft: newDraft() };
      if (before) tabs.splice(tabs.indexOf(before), 0, tab);
      else {
        const lists = tabs.findIndex((t) => t.name === LISTS_SHEET);
        tabs.splice(lists >= 0 ? lists : tabs.length, 0, tab);
      }
      changed = true;
    },
    deleteSheet: (name) => {
      const tab = tabOrThrow(name);
      if (tab.origin) deleted.push(tab.origin);
      tabs.splice(tabs.indexOf(tab), 1);
      changed = true;
    },
    renameSheet: (from, to) => {
      const tab = tabOrThrow(from);
      if (from === to) return;
      checkNewName(to);
      tab.name = to;
      changed = true;
    },
    clearSheet: (name, options) => {
      const tab = tabOrThrow(name);
      const keepValues = options?.keepValues === true;
      if (tab.draft) clearDraft(tab.draft, keepValues);
      else {
        const origin = tab.origin!;
        const xml = origin.worksheet ? (partText(pkg, origin.part) ?? '') : '';
        tab.draft = newDraft(xml);
        // Every cell the layout does not write over stays as the file had it (a juror's scores), links included.
        if (keepValues) {
          const rels = relationships(pkg, origin.part);
          const external = new Map(rels.filter((r) => r.external).map((r) => [r.id, r.target]));
          const comments = rels.find((r) => !r.external && r.type.endsWith('/comments'));
          keepDraftCells(
            tab.draft,
            sheetCells(xml, (context ??= readContext(pkg)), true),
            sheetLinks(xml, (id) => external.get(id)),
            commentNotes((comments && partText(pkg, comments.part)) ?? ''),
          );
          for (const [row, cells] of tab.patches ?? [])
            for (const [col, cell] of cells)
              writeDraftBlock(tab.draft, {
                row,
                col,
                values: [[cell.value]],
                formulas: [[cell.formula ? `=${cell.formula}` : null]],
              });
        }
      }
      delete tab.patches;
      if (keepValues && options?.carry) takeDraftCells(tab.draft, options.carry);
      changed = true;
    },
    writeBlock: (name, block) => {
      const tab = tabOrThrow(name);
      if (tab.draft) writeDraftBlock(tab.draft, block, name);
      // A sheet of the file written without clearing it (import's rows in the Setup): only those cells change.
      else addPatch((tab.patches ??= new Map()), block);
      changed = true;
    },
    // Every sheet Juri rewrites is cleared first, and a draft carries its cells whole.
    carries: () => true,
    writeFormats: (name, formats) => writeDraftFormats(draftOf(name), formats),
    setValidations: (name, validations) => setValidations(draftOf(name), validations),
    setProtection: (name, protection) => setDraftProtection(draftOf(name), protection),
    setLook: (name, look) => {
      setDraftLook(draftOf(name), look);
      // A record Juri keeps for itself (the stage entrants) is hidden as the file's own sheets can be.
      if (look.hidden) tabOrThrow(name).state = 'hidden';
    },
    setPaper: (name, layout) => setDraftPaper(draftOf(name), layout),
  };
  return {
    port,
    pkg,
    tabs: () => tabs,
    deleted: () => deleted,
    listFormula,
    changed: () => changed,
  };
}
