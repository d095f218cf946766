/**
 * How a sheet looks in Sheets: frozen panes, column widths (one call per run
 * of equal widths), tab colour, the grid trimmed to its size; and for paper,
 * merges, wrapping, alignment and row heights.
 */
import type { PaperLayout, SheetLook } from '../workbook/port';
import { rangeAt, type SheetCache } from './sheetsGrid';

/** The width of every column of a new sheet, in pixels. */
const DEFAULT_COLUMN_WIDTH = 100;

export function setLook(cache: SheetCache, name: string, look: SheetLook): void {
  const k = cache.knownNamed(name);
  const sheet = k.sheet;
  const widths = look.columnWidths ?? [];
  if (widths.length > 0) cache.ensureGrid(k, 1, widths.length);
  if (look.gridSize) cache.trimGrid(k, look.gridSize);
  // A sheet this port inserted has nothing frozen.
  if (!(k.inserted && look.frozenRows === 0)) sheet.setFrozenRows(look.frozenRows);
  if (!(k.inserted && look.frozenCols === 0)) sheet.setFrozenColumns(look.frozenCols);
  for (const run of widthRuns(widths)) {
    // A sheet this port inserted has Sheets' default width everywhere.
    if (k.inserted && run.width === DEFAULT_COLUMN_WIDTH) continue;
    sheet.setColumnWidths(run.start, run.count, run.width);
  }
  if (look.tabColor !== undefined) sheet.setTabColor(look.tabColor);
  if (look.hidden) sheet.hideSheet();
}

/**
 * Merges, wrapping and row heights. Apps Script has no page setup (paper,
 * breaks, print titles, footer): the print dialog sets those, as the
 * sidebar and the guide say.
 */
export function setPaper(cache: SheetCache, name: string, layout: PaperLayout): void {
  const k = cache.knownNamed(name);
  const sheet = k.sheet;
  const area = layout.printArea;
  cache.ensureBox(k, area);
  for (const m of layout.merges) rangeAt(sheet, m).merge();
  if (layout.wrapRows.length > 0) {
    const wrap = new Set(layout.wrapRows);
    const rows = Array.from({ length: area.numRows }, (_, r) =>
      new Array<boolean>(area.numCols).fill(wrap.has(area.row + r)),
    );
    cache.rangeFor(k, area).setWraps(rows);
  }
  if (layout.centerRows.length > 0) {
    const center = new Set(layout.centerRows);
    const rows = Array.from({ length: area.numRows }, (_, r) =>
      new Array<'center' | 'left'>(area.numCols).fill(center.has(area.row + r) ? 'center' : 'left'),
    );
    cache.rangeFor(k, area).setHorizontalAlignments(rows);
  }
  // Sheets measures rows in pixels, 4 to every 3 points.
  const pixels = layout.rowHeights.map((h) => (h === null ? undefined : Math.round((h * 4) / 3)));
  for (const run of widthRuns(pixels)) sheet.setRowHeights(run.start, run.count, run.width);
}

/** Runs of equal sizes (widths or heights) at consecutive positions: one call each. */
export function widthRuns(widths: (number | undefined)[]): { start: number; count: number; width: number }[] {
  const runs: { start: number; count: number; width: number }[] = [];
  widths.forEach((width, i) => {
    if (width === undefined || !(width > 0)) return;
    const last = runs[runs.length - 1];
    if (last && last.width === width && last.start + last.count === i + 1) last.count++;
    else runs.push({ start: i + 1, count: 1, width });
  });
  return runs;
}
