/**
 * Reading a worksheet straight from its XML into the port's snapshot, in one
 * pass and without an object model: values as the layouts see them (text,
 * number, boolean, an error's code, a date as ISO text, a formula's cached
 * result) and the formulas behind them. What it gives is what ./xlsxRead gives
 * for the same cells through exceljs.
 */
import type { CellValue, SheetSnapshot } from '../workbook/port';
import { columnNumber, formulaRef, mapReferences } from '../workbook/a1';
import { snapshotOf } from './xlsxRead';
import { date1904, findPart, partText, workbookPartOfType, type Package } from './xlsxPackage';
import {
  attributes,
  childElements,
  escapeXml,
  findElement,
  prefixedAttribute,
  startTags,
  unescapeOffice,
  unescapeXml,
} from './xml';

export interface ReadContext {
  strings: string[];
  /** Per cell style index: whether its number format shows a date. */
  dateStyles: boolean[];
  date1904: boolean;
  /** Per cell style index: the number format a user gave it; null for the automatic one (General). */
  formats?: (NumberFormat | null)[];
}

/** A number format as a style refers to it: Excel's built-in ones by id alone (their look follows the locale). */
export interface NumberFormat {
  id: number;
  /** The code of a format of the workbook's own; null for a built-in one. */
  code: string | null;
}

/** Number formats Excel builds in that show dates (the locale-dependent ones included). */
function builtinDate(id: number): boolean {
  return (id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47) || (id >= 50 && id <= 58);
}

/** A format code shows a date when a date or time letter is left outside quotes and brackets. */
export function isDateFormat(code: string): boolean {
  const bare = code
    .replace(/\[[^\]]*]/g, '')
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '');
  return /[ymdhsb]/i.test(bare.replace(/General/gi, ''));
}

/** The plain text of a string item (<si> or <is>): its runs joined, phonetic guides left out. */
export function itemText(inner: string): string {
  const withoutPhonetic = inner.includes('rPh')
    ? inner.replace(/<(\w+:)?rPh\b[\s\S]*?<\/(\w+:)?rPh>/g, '')
    : inner;
  let text = '';
  const re = /<(?:\w+:)?t\b[^>]*?(?:\/>|>([\s\S]*?)<\/(?:\w+:)?t>)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(withoutPhonetic)) !== null) text += m[1] ?? '';
  return unescapeOffice(unescapeXml(text));
}

export function sharedStrings(xml: string): string[] {
  const out: string[] = [];
  const re = /<(?:\w+:)?si\b[^>]*?(?:\/>|>([\s\S]*?)<\/(?:\w+:)?si>)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(xml)) !== null) out.push(m[1] === undefined ? '' : itemText(m[1]));
  return out;
}

/** Per cell style index: its number format, and whether that shows a date. */
function styleFormats(xml: string): { dates: boolean[]; formats: (NumberFormat | null)[] } {
  const codes = new Map<number, string>();
  for (const tag of startTags(findElement(xml, 'numFmts')?.inner ?? '', 'numFmt')) {
    const a = attributes(tag);
    codes.set(Number(a.numFmtId), a.formatCode ?? '');
  }
  const xfs = findElement(xml, 'cellXfs');
  const dates: boolean[] = [];
  const formats: (NumberFormat | null)[] = [];
  for (const xf of childElements(xfs?.inner ?? '', 'xf')) {
    const id = Number(attributes(xf.slice(0, xf.indexOf('>') + 1)).numFmtId ?? 0);
    const code = codes.get(id);
    dates.push(code === undefined ? builtinDate(id) : isDateFormat(code));
    formats.push(id === 0 || code === 'General' ? null : { id, code: code ?? null });
  }
  return { dates, formats };
}

export function readContext(pkg: Package): ReadContext {
  const sst = workbookPartOfType(pkg, 'sharedStrings') ?? findPart(pkg, 'xl/sharedStrings.xml');
  const styles = workbookPartOfType(pkg, 'styles') ?? findPart(pkg, 'xl/styles.xml');
  const { dates, formats } = styleFormats((styles && partText(pkg, styles)) ?? '');
  return {
    strings: sharedStrings((sst && partText(pkg, sst)) ?? ''),
    dateStyles: dates,
    date1904: date1904(pkg),
    formats,
  };
}

/** A serial date as ISO text, as exceljs turns it into a Date and ./xlsxRead into text. */
function isoDate(serial: number, from1904: boolean): CellValue {
  const ms = Math.round((serial - 25569 + (from1904 ? 1462 : 0)) * 86400000);
  const date = new Date(ms);
  return Number.isNaN(date.getTime()) ? null : date.toISOString().slice(0, 10);
}

/** 'AB12' -> [12, 28]; null when it is not a cell reference. */
function cellOf(ref: string): [number, number] | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(ref);
  return m ? [Number(m[2]), columnNumber(m[1])] : null;
}

/**
 * A formula shared down or across, as its master wrote it, moved to another
 * cell: relative references move with it, $-anchored ones stay.
 */
export function shiftFormula(formula: string, rows: number, cols: number): string {
  return mapReferences(formula, (ref) => {
    const c = ref.colAnchor ? ref.col : ref.col + cols;
    const r = ref.rowAnchor ? ref.row : ref.row + rows;
    return c < 1 || r < 1 || c > 16384 ? null : formulaRef(ref, r, c);
  });
}

export interface ScannedCell {
  row: number;
  col: number;
  value: CellValue;
  formula: string;
  /**
   * The cell as the file stores it, less its place and format (with `raw`):
   * attributes but r and s, and the content. A shared formula is written out
   * whole, so the cell stands without its master.
   */
  raw?: { attrs: string; inner: string };
  /** With `raw`: the number format the cell's style gives it, when not the automatic one. */
  format?: NumberFormat;
}

function cellValue(
  type: string,
  raw: string | null,
  inner: string,
  style: number,
  ctx: ReadContext,
): CellValue {
  if (type === 'inlineStr') {
    const is = findElement(inner, 'is');
    return is ? itemText(is.inner) : null;
  }
  if (raw === null) return null;
  const v = unescapeXml(raw);
  switch (type) {
    case 's':
      return ctx.strings[Number(v)] ?? null;
    case 'str':
    case 'e':
      return unescapeOffice(v);
    case 'b':
      return v === '1' || v === 'true';
    case 'd':
      return v.slice(0, 10);
    default: {
      if (v.trim() === '') return null;
      const n = Number(v);
      if (!Number.isFinite(n)) return v;
      return ctx.dateStyles[style] ? isoDate(n, ctx.date1904) : n;
    }
  }
}

const ROW = /<(?:\w+:)?row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?row>)/g;
const CELL = /<(?:\w+:)?c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?c>)/g;
const VALUE = /<(?:\w+:)?v\b[^>]*?(?:\/>|>([\s\S]*?)<\/(?:\w+:)?v>)/;
const FORMULA = /<(?:\w+:)?f\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?f>)/;

function scanCells(sheetData: string, ctx: ReadContext, raw = false): ScannedCell[] {
  const cells: ScannedCell[] = [];
  const shared = new Map<string, { formula: string; row: number; col: number }>();
  let rowNumber = 0;
  ROW.lastIndex = 0;
  let rm: RegExpExecArray | null;
  while ((rm = ROW.exec(sheetData)) !== null) {
    const r = /\br="(\d+)"/.exec(rm[1]);
    rowNumber = r ? Number(r[1]) : rowNumber + 1;
    const content = rm[2];
    if (!content) continue;
    let colNumber = 0;
    CELL.lastIndex = 0;
    let cm: RegExpExecArray | null;
    while ((cm = CELL.exec(content)) !== null) {
      const a = attributes(cm[1]);
      const at = a.r ? cellOf(a.r) : null;
      const row = at ? at[0] : rowNumber;
      colNumber = at ? at[1] : colNumber + 1;
      const inner = cm[2] ?? '';
      if (inner === '') continue;
      const fm = FORMULA.exec(inner);
      let formula = '';
      let sharedFormula = false;
      if (fm) {
        const fa = attributes(fm[1]);
        sharedFormula = fa.t === 'shared';
        const text = unescapeXml(fm[2] ?? '');
        if (fa.t === 'shared' && fa.si !== undefined) {
          const master = shared.get(fa.si);
          if (text !== '' || !master) shared.set(fa.si, { formula: text, row, col: colNumber });
          formula =
            text !== '' || !master
              ? text
              : shiftFormula(master.formula, row - master.row, colNumber - master.col);
        } else formula = text;
        if (formula !== '') formula = `=${formula}`;
      }
      const vm = VALUE.exec(inner);
      let value = cellValue(a.t ?? 'n', vm ? (vm[1] ?? '') : null, inner, Number(a.s ?? 0), ctx);
      if (value === '') value = null;
      if (value === null && formula === '') continue;
      const cell: ScannedCell = { row, col: colNumber, value, formula };
      if (raw) {
        cell.raw = {
          attrs: cm[1].replace(/\s(?:r|s)\s*=\s*(?:"[^"]*"|'[^']*')/g, ''),
          inner: sharedFormula ? inner.replace(FORMULA, `<f>${escapeXml(formula.slice(1))}</f>`) : inner,
        };
        const format = ctx.formats?.[Number(a.s ?? 0)];
        if (format) cell.format = format;
      }
      cells.push(cell);
    }
  }
  return cells;
}

/** A link on a cell of a sheet: an address outside the workbook, or a place inside it. */
export interface CellLink {
  /** The address of an external link (its relationship's target). */
  url?: string;
  /** The hyperlink element's other attributes (location, display, tooltip), as the file has them. */
  attrs: string;
}

/**
 * The links of a sheet by cell ('row,col'), a link over a range on each of
 * its cells; `targets` resolves a relationship id to its external address.
 */
export function sheetLinks(xml: string, targets: (id: string) => string | undefined): Map<string, CellLink> {
  const out = new Map<string, CellLink>();
  const links = findElement(xml, 'hyperlinks');
  for (const tag of startTags(links?.inner ?? '', 'hyperlink')) {
    const a = attributes(tag);
    const [first, last] = (a.ref ?? '').split(':');
    const from = cellOf(first ?? '');
    const to = last ? cellOf(last) : from;
    if (!from || !to) continue;
    const id = prefixedAttribute(a, 'id');
    const url = id !== undefined ? targets(id) : undefined;
    // A link whose relationship is missing points nowhere: nothing to keep.
    if (id !== undefined && url === undefined) continue;
    // Its place goes with the cell; attributes of other namespaces (a revision id) stay behind.
    const attrs = Object.entries(a)
      .filter(([k]) => k !== 'ref' && k !== 'xmlns' && !k.includes(':'))
      .map(([k, v]) => ` ${k}="${escapeXml(v)}"`)
      .join('');
    for (let r = from[0]; r <= to[0]; r++)
      for (let c = from[1]; c <= to[1]; c++)
        out.set(`${r},${c}`, { ...(url !== undefined ? { url } : {}), attrs });
  }
  return out;
}

/** The notes of a sheet's comments part, by cell ('row,col'): each note's text, its runs joined. */
export function commentNotes(xml: string): Map<string, string> {
  const out = new Map<string, string>();
  const re = /<(?:\w+:)?comment\b([^>]*)>([\s\S]*?)<\/(?:\w+:)?comment>/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(xml)) !== null) {
    const at = cellOf(attributes(m[1]).ref ?? '');
    const body = findElement(m[2], 'text');
    const note = body ? itemText(body.inner) : '';
    if (at && note !== '') out.set(`${at[0]},${at[1]}`, note);
  }
  return out;
}

/** Cells covered by a merge other than its first: they read as empty, as in Sheets. */
function mergeSlaves(xml: string, from: number): Set<string> {
  const out = new Set<string>();
  const merges = findElement(xml, 'mergeCells', from);
  for (const tag of startTags(merges?.inner ?? '', 'mergeCell')) {
    const [first, last] = (attributes(tag).ref ?? '').split(':');
    const a = cellOf(first ?? '');
    const b = cellOf(last ?? '');
    if (!a || !b) continue;
    for (let r = a[0]; r <= b[0]; r++)
      for (let c = a[1]; c <= b[1]; c++) if (r !== a[0] || c !== a[1]) out.add(`${r},${c}`);
  }
  return out;
}

/**
 * Values and formulas from A1 to the last row and column holding a value or a
 * formula. An empty sheet reads as zero rows; hidden cells of a merge read as null.
 */
export function scanSheet(name: string, xml: string, ctx: ReadContext): SheetSnapshot {
  return snapshotOf(name, sheetCells(xml, ctx, false));
}

/** The cells holding a value or a formula, hidden cells of a merge left out; with `raw`, each as the file stores it. */
export function sheetCells(xml: string, ctx: ReadContext, raw: boolean): ScannedCell[] {
  const start = xml.search(/<(\w+:)?sheetData\b/);
  const end = start < 0 ? -1 : xml.search(/<\/(\w+:)?sheetData>/);
  const sheetData = start >= 0 && end > start ? xml.slice(start, end) : '';
  const slaves = mergeSlaves(xml, Math.max(end, 0));
  const cells = scanCells(sheetData, ctx, raw);
  return slaves.size === 0 ? cells : cells.filter((c) => !slaves.has(`${c.row},${c.col}`));
}
