/**
 * Writing cells into a sheet of the file in place (`juri import` adds entry
 * rows to the Setup): the sheet's XML is kept as it is and only the written
 * cells change. A written cell keeps its format (its style number), as in
 * Sheets and Excel; everything else of the sheet (other cells, merges, rules,
 * conditional formats, links, notes, drawings) keeps its bytes.
 */
import { columnLetter, columnNumber } from '../workbook/a1';
import type { Block, CellValue, SheetSnapshot } from '../workbook/port';
import { cellXml } from './xlsxDraft';
import { shiftFormula } from './xlsxScan';
import { attributes, escapeXml, unescapeXml } from './xml';

/** A written cell: a value, or a formula (without '=') when not ''. */
export interface PatchCell {
  value: CellValue;
  formula: string;
}

/** row -> col -> cell, 1-based. */
export type Patches = Map<number, Map<number, PatchCell>>;

export function addPatch(patches: Patches, block: Block): void {
  block.values.forEach((rowValues, r) => {
    const width = Math.max(rowValues.length, block.formulas?.[r]?.length ?? 0);
    let row = patches.get(block.row + r);
    if (!row) patches.set(block.row + r, (row = new Map()));
    for (let c = 0; c < width; c++) {
      const value = rowValues[c] ?? null;
      if (typeof value === 'number' && !Number.isFinite(value))
        throw new Error(`Not a finite number at ${columnLetter(block.col + c)}${block.row + r}`);
      const formula = block.formulas?.[r]?.[c];
      row.set(
        block.col + c,
        formula ? { value: null, formula: formula.replace(/^=/, '') } : { value, formula: '' },
      );
    }
  });
}

/** What reading the sheet gives once the written cells are in (a formula has no value yet). */
export function patchedSnapshot(
  snapshot: SheetSnapshot,
  patches: Patches,
): { values: CellValue[][]; formulas: string[][] } {
  const values = snapshot.values.map((r) => [...r]);
  const formulas = snapshot.formulas.map((r) => [...r]);
  let width = Math.max(0, ...values.map((r) => r.length));
  for (const [r, row] of patches)
    for (const [c, cell] of row)
      if (cell.formula !== '' || (cell.value !== null && cell.value !== '')) {
        width = Math.max(width, c);
        while (values.length < r) values.push([]);
      }
  for (let r = 0; r < values.length; r++) {
    values[r].length = width;
    values[r] = Array.from(values[r], (v) => v ?? null);
    formulas[r] = Array.from({ length: width }, (_, c) => formulas[r]?.[c] ?? '');
  }
  for (const [r, row] of patches)
    for (const [c, cell] of row) {
      if (r > values.length || c > width) continue;
      values[r - 1][c - 1] = cell.formula || cell.value === '' ? null : cell.value;
      formulas[r - 1][c - 1] = cell.formula ? `=${cell.formula}` : '';
    }
  // From A1 to the last cell holding something, as a read of the saved sheet gives it.
  const used = (r: number, c: number) => values[r][c] !== null || formulas[r][c] !== '';
  let rows = values.length;
  while (rows > 0 && !values[rows - 1].some((_, c) => used(rows - 1, c))) rows--;
  let cols = 0;
  for (let r = 0; r < rows; r++) for (let c = cols; c < width; c++) if (used(r, c)) cols = c + 1;
  return {
    values: values.slice(0, rows).map((r) => r.slice(0, cols)),
    formulas: formulas.slice(0, rows).map((r) => r.slice(0, cols)),
  };
}

const ROW = /<((?:\w+:)?)row\b([^>]*?)(\/>|>([\s\S]*?)<\/(?:\w+:)?row>)/g;
const CELL = /<(?:\w+:)?c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?c>)/g;
const SHARED = /<((?:\w+:)?)f\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?f>)/;

interface RowAt {
  number: number;
  start: number;
  end: number;
  prefix: string;
  attrs: string;
  content: string;
}

interface CellAt {
  col: number;
  attrs: string;
  xml: string;
}

/** The rows of sheetData in order, each with its number: its `r`, or the one after the previous row's. */
function rowsOf(sheetData: string): RowAt[] {
  const rows: RowAt[] = [];
  let rowNumber = 0;
  for (const m of sheetData.matchAll(ROW)) {
    const r = /\br="(\d+)"/.exec(m[2]);
    rowNumber = r ? Number(r[1]) : rowNumber + 1;
    rows.push({
      number: rowNumber,
      start: m.index,
      end: m.index + m[0].length,
      prefix: m[1],
      attrs: m[2],
      content: m[4] ?? '',
    });
  }
  return rows;
}

function cellsOf(content: string): CellAt[] {
  const out: CellAt[] = [];
  let col = 0;
  for (const m of content.matchAll(CELL)) {
    const ref = /(?:^|\s)r\s*=\s*"\$?([A-Za-z]{1,3})\$?\d+"/.exec(m[1]);
    col = ref ? columnNumber(ref[1]) : col + 1;
    out.push({ col, attrs: m[1], xml: m[0] });
  }
  return out;
}

/** The cell's XML with its place written out, for a row whose cells Juri rewrites. */
function withPlace(cell: CellAt, ref: string): string {
  if (/(?:^|\s)r\s*=/.test(cell.attrs)) return cell.xml;
  return cell.xml.replace(/^<((?:\w+:)?c)\b/, `<$1 r="${ref}"`);
}

/**
 * A cell that a written cell replaces may be the master of a formula shared
 * with others: those get the formula written out whole, so that they stand
 * without it.
 */
function unshare(sheetData: string, replaced: Set<string>): string {
  const rows = rowsOf(sheetData);
  const masters = new Map<string, { formula: string; row: number; col: number }>();
  for (const { number, content } of rows)
    for (const cell of cellsOf(content)) {
      const f = SHARED.exec(cell.xml);
      if (!f) continue;
      const a = attributes(f[2]);
      if (a.t === 'shared' && a.si !== undefined && f[3] && replaced.has(`${number},${cell.col}`))
        masters.set(a.si, { formula: unescapeXml(f[3]), row: number, col: cell.col });
    }
  if (masters.size === 0) return sheetData;
  let i = 0;
  // The same rows in the same order as rowsOf found them.
  return sheetData.replace(ROW, (whole) => {
    const { number: row, prefix, attrs, content } = rows[i++];
    if (!content) return whole;
    let changed = false;
    const cells = cellsOf(content).map((cell) => {
      const f = SHARED.exec(cell.xml);
      const a = f ? attributes(f[2]) : {};
      const master = a.t === 'shared' && a.si !== undefined ? masters.get(a.si) : undefined;
      if (!f || !master) return withPlace(cell, `${columnLetter(cell.col)}${row}`);
      changed = true;
      const formula = shiftFormula(master.formula, row - master.row, cell.col - master.col);
      return withPlace(cell, `${columnLetter(cell.col)}${row}`).replace(
        SHARED,
        `<${f[1]}f>${escapeXml(formula)}</${f[1]}f>`,
      );
    });
    return changed ? `<${prefix}row${attrs}>${cells.join('')}</${prefix}row>` : whole;
  });
}

/** The worksheet XML with the written cells in it, and nothing else changed but the used range. */
export function patchSheetXml(xml: string, patches: Patches): string {
  const open = /<((?:\w+:)?)sheetData\b[^>]*?(\/?)>/.exec(xml);
  if (!open) throw new Error('A worksheet without sheetData');
  const prefix = open[1];
  const start = open.index + open[0].length;
  const end = open[2] ? start : xml.indexOf(`</${prefix}sheetData>`, start);
  const before = open[2] ? `${xml.slice(0, open.index)}<${prefix}sheetData>` : xml.slice(0, start);
  const after = open[2] ? `</${prefix}sheetData>${xml.slice(start)}` : xml.slice(end);

  const replaced = new Set<string>();
  for (const [r, row] of patches) for (const c of row.keys()) replaced.add(`${r},${c}`);
  const sheetData = unshare(xml.slice(start, end), replaced);

  const rows = rowsOf(sheetData);

  const cellPrefix = /<(\w+:)?c\b/.exec(sheetData)?.[1] ?? prefix;
  const newCell = (ref: string, cell: PatchCell, attrs: string) => {
    const s = Number(/(?:^|\s)s\s*=\s*"(\d+)"/.exec(attrs)?.[1] ?? 0);
    const out = cellXml(ref, { value: cell.value, formula: cell.formula }, s);
    return cellPrefix ? out.replace(/<(\/?)(c|f|v|is|t)\b/g, `<$1${cellPrefix}$2`) : out;
  };
  const rowXml = (number: number, at: RowAt | undefined, written: Map<number, PatchCell>): string => {
    const cells = new Map<number, string>();
    for (const cell of cellsOf(at?.content ?? ''))
      cells.set(cell.col, withPlace(cell, `${columnLetter(cell.col)}${number}`));
    const existing = new Map(cellsOf(at?.content ?? '').map((c) => [c.col, c.attrs]));
    for (const [c, cell] of written)
      cells.set(c, newCell(`${columnLetter(c)}${number}`, cell, existing.get(c) ?? ''));
    // The span is a hint of the row's first and last cell; a written cell may fall outside it.
    const attrs = at
      ? at.attrs.replace(/\sspans\s*=\s*"[^"]*"/, '').replace(/^(?!.*\br=")/, ` r="${number}"`)
      : ` r="${number}"`;
    const p = at?.prefix ?? prefix;
    const body = [...cells]
      .sort((a, b) => a[0] - b[0])
      .map(([, x]) => x)
      .join('');
    return `<${p}row${attrs}>${body}</${p}row>`;
  };

  let out = '';
  let cursor = 0;
  const pending = [...patches.keys()].sort((a, b) => a - b);
  let next = 0;
  for (const at of rows) {
    out += sheetData.slice(cursor, at.start);
    cursor = at.end;
    while (next < pending.length && pending[next] < at.number)
      out += rowXml(pending[next], undefined, patches.get(pending[next++])!);
    if (next < pending.length && pending[next] === at.number)
      out += rowXml(at.number, at, patches.get(pending[next++])!);
    else out += sheetData.slice(at.start, at.end);
  }
  out += sheetData.slice(cursor);
  while (next < pending.length) out += rowXml(pending[next], undefined, patches.get(pending[next++])!);
  return widenDimension(before, patches) + out + after;
}

/** The used range the sheet declares, grown to hold the written cells. */
function widenDimension(head: string, patches: Patches): string {
  return head.replace(
    /(<(?:\w+:)?dimension\b[^>]*?\sref\s*=\s*")([^"]*)(")/,
    (whole, open: string, ref: string, close: string) => {
      const [a, b = a] = ref.split(':');
      const first = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(a);
      const last = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(b);
      if (!first || !last) return whole;
      let [r1, c1, r2, c2] = [
        Number(first[2]),
        columnNumber(first[1]),
        Number(last[2]),
        columnNumber(last[1]),
      ];
      for (const [r, row] of patches)
        for (const c of row.keys()) {
          r1 = Math.min(r1, r);
          r2 = Math.max(r2, r);
          c1 = Math.min(c1, c);
          c2 = Math.max(c2, c);
        }
      return `${open}${columnLetter(c1)}${r1}:${columnLetter(c2)}${r2}${close}`;
    },
  );
}
