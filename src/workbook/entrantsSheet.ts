/**
 * The record of who takes part in each later stage (core/frozen.ts): a
 * hidden sheet only the secretariat may edit, written by Generate and read
 * by every action. One row per stage and entry, with the method and entry
 * rule in force when the stage was frozen, so that Check can say which
 * Setup cell changed since. A spreadsheet keeps it as a sheet, so the same
 * record lives in Google Sheets and in an .xlsx file.
 */
import type { Competition, Lang, Where } from '../core/model';
import type { FrozenEntrants } from '../core/frozen';
import { entrantsMessages } from '../i18n/entrants';
import { a1 } from './a1';
import { grid } from './grid';
import type { CellValue, SheetSnapshot } from './port';
import { locate, type LocatedProblem } from '../core/location';
import { problem } from '../core/say';
import type { RenderedSheet } from './render';

/** Every name the record may have (the workbook's language may have changed). */
export const ENTRANTS_NAMES = [entrantsMessages.id.sheet, entrantsMessages.en.sheet];

const HEADER_ROW = 4;

export function entrantsSheetName(lang: Lang): string {
  return entrantsMessages[lang].sheet;
}

export function renderEntrants(c: Competition, frozen: FrozenEntrants, name: string): RenderedSheet {
  const t = entrantsMessages[c.lang];
  const g = grid();
  g.add([t.title], { bold: true, textCols: [0] });
  g.add([t.explain], { textCols: [0] });
  g.blank();
  g.add([t['col.stage'], t['col.entry'], t['col.title'], t['col.method'], t['col.rule']], {
    bold: true,
    background: '#e8eaed',
    textCols: [0, 1, 2, 3, 4],
  });
  const titles = new Map(c.entries.map((e) => [e.id, e.title]));
  // Stages in the Setup's order, then any the Setup no longer has (kept, never dropped silently).
  const order = [
    ...c.stages.map((s) => s.id).filter((id) => frozen[id] !== undefined),
    ...Object.keys(frozen).filter((id) => !c.stages.some((s) => s.id === id)),
  ];
  for (const stageId of order) {
    const record = frozen[stageId];
    for (const entryId of record.entrants)
      g.add([stageId, entryId, titles.get(entryId) ?? '', record.method, record.rule], {
        textCols: [0, 1, 2, 3, 4],
      });
    // A stage frozen with no entrant at all still says so.
    if (record.entrants.length === 0)
      g.add([stageId, '', '', record.method, record.rule], { textCols: [0, 1, 2, 3, 4] });
  }
  const sheet = g.build(name, {
    frozenRows: HEADER_ROW,
    frozenCols: 0,
    columnWidths: [90, 90, 320, 120, 200],
    hidden: true,
  });
  sheet.protection = { description: t.protection, editors: c.secretariatEmails, editableRanges: [] };
  return sheet;
}

const text = (v: CellValue | undefined): string => (v === null || v === undefined ? '' : String(v).trim());

/**
 * The record as written. Rows of a stage the Setup does not have are
 * reported at their cell and left out; nothing in the sheet is changed.
 */
export function parseEntrants(
  snapshot: SheetSnapshot,
  c: Competition | null,
): { frozen: FrozenEntrants; problems: LocatedProblem[] } {
  const frozen: FrozenEntrants = {};
  const problems: LocatedProblem[] = [];
  const reported = new Set<string>();
  for (let r = HEADER_ROW; r < snapshot.values.length; r++) {
    const row = snapshot.values[r];
    const stageId = text(row[0]);
    if (!stageId) continue;
    if (c && !c.stages.some((s) => s.id === stageId)) {
      if (!reported.has(stageId)) {
        reported.add(stageId);
        const where: Where = { kind: 'table', table: 'stages', index: -1 };
        const at = { sheet: snapshot.name, cell: a1(r + 1, 1) };
        problems.push(locate(problem('entrants-stage-unknown', 'warning', where, { stage: stageId }), at));
      }
    }
    const record = (frozen[stageId] ??= { stageId, entrants: [], method: text(row[3]), rule: text(row[4]) });
    const entryId = text(row[1]);
    if (entryId && !record.entrants.includes(entryId)) record.entrants.push(entryId);
  }
  return { frozen, problems };
}
