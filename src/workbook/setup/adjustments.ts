/**
 * Adding manual adjustments to the Setup sheet (a plenary's decisions, once
 * the user confirms them): into the empty rows of the Manual adjustments
 * table, column by column as its headers say, leaving every other cell as it
 * is. The table never grows by itself: without enough empty rows the caller
 * asks the user to insert some.
 */
import type { Adjustment, Lang } from '../../core/model';
import type { Block, CellValue, SheetSnapshot } from '../port';
import { isBlankCell, normalizeLabel } from './cells';
import { adjustmentTable } from './tables';
import { SECTION_ORDER, label, sectionLabel } from './layout';

export type AdjustmentRows =
  | { ok: true; blocks: Block[]; cells: string[] }
  | { ok: false; reason: 'no-table' }
  | { ok: false; reason: 'no-room'; free: number };

function isTitle(v: CellValue | undefined): boolean {
  const key = normalizeLabel(v);
  return SECTION_ORDER.some((s) =>
    (['id', 'en'] as const).some((l) => normalizeLabel(label(sectionLabel(s), l)) === key),
  );
}

export function adjustmentRows(
  snapshot: SheetSnapshot,
  adds: readonly Adjustment[],
  lang: Lang,
): AdjustmentRows {
  const values = snapshot.values;
  const titleKeys = (['id', 'en'] as const).map((l) => normalizeLabel(label('section.adjustments', l)));
  const title = values.findIndex((row) => titleKeys.includes(normalizeLabel(row[0])));
  if (title < 0) return { ok: false, reason: 'no-table' };
  let header = title + 1;
  while (header < values.length && (values[header] ?? []).every(isBlankCell)) header++;
  const headerRow = values[header] ?? [];
  const columns = new Map<string, number>();
  for (const col of adjustmentTable.columns) {
    const keys = (['id', 'en'] as const).map((l) => normalizeLabel(label(col.label, l)));
    const c = headerRow.findIndex((v) => keys.includes(normalizeLabel(v)));
    if (c >= 0) columns.set(col.field, c);
  }
  if (['entryId', 'kind', 'reason'].some((f) => !columns.has(f))) return { ok: false, reason: 'no-table' };
  const used = [...columns.values()];
  const free: number[] = [];
  for (let r = header + 1; r < values.length && !isTitle(values[r]?.[0]); r++) {
    if (used.every((c) => isBlankCell(values[r]?.[c]))) free.push(r);
  }
  // A table at the very end of the sheet may grow into the rows below it.
  const atEnd = !values.slice(header + 1).some((row) => isTitle(row?.[0]));
  let below = values.length;
  while (atEnd && free.length < adds.length) free.push(below++);
  if (free.length < adds.length) return { ok: false, reason: 'no-room', free: free.length };
  const from = Math.min(...used);
  const width = Math.max(...used) - from + 1;
  const blocks: Block[] = [];
  const cells: string[] = [];
  adds.forEach((a, i) => {
    const r = free[i];
    const shown = adjustmentTable.write(a, lang);
    const row: CellValue[] = Array.from({ length: width }, (_, k) => values[r]?.[from + k] ?? null);
    for (const [field, c] of columns) row[c - from] = shown[field as keyof typeof shown] ?? null;
    blocks.push({ row: r + 1, col: from + 1, values: [row] });
    cells.push(`${snapshot.name}!A${r + 1}`);
  });
  return { ok: true, blocks, cells };
}
