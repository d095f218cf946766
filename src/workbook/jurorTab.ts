/**
 * A juror's score tab for one stage: how it looks and how it is read back.
 *
 *   row 1  title: "<stage> – <juror>"
 *   row 2  ID tahap | <stage id> | ID juri | <juror id> | Email | <email> | Skala | <scale>
 *   row 3  Kemajuan | <live formula: complete rows / assigned rows>
 *   row 4  ID kriteria | | | <criterion id> ...          (ties columns to criteria by id, not by name)
 *   row 5  ID | Judul inovasi | Instansi | <criterion (weight %)> ... | Catatan | Total
 *   row 6… one row per assigned entry; Total is a live formula for the juror only:
 *          the engine never reads it and recomputes every total itself.
 *   then   a blank row, the archive title, the header again, and the rows of
 *          entries that are no longer assigned, scores kept as they were typed.
 *
 * Rows 2 and 4 identify the tab, so a tab is found again whatever its name.
 */
import type { Competition, Criterion, Entry, Juror, Lang, Scale, Stage, Text } from '../core/model';
import { fill, textOf } from '../i18n';
import { sheetMessages } from '../i18n/sheets';
import { a1, a1Range } from './a1';
import type { CellValue, SheetSnapshot } from './port';
import type { PlacedProblem } from './problems';
import type { RenderedSheet } from './render';

export const HEADER_ROW = 5;
export const FIRST_ROW = 6;
const COL_ID = 1;
const COL_TITLE = 2;
const COL_AGENCY = 3;
const FIRST_CRITERION_COL = 4;
/** Sheets allows 100 characters, Excel 31: one name for both keeps the two shells identical. */
export const MAX_TAB_NAME = 31;

/** One row of a juror tab as read: raw cells, exactly as typed. */
export interface TabRow {
  entryId: string;
  title: CellValue;
  agency: CellValue;
  /** criterion id -> the cell as read */
  scores: Record<string, CellValue>;
  /** criterion id -> formula, for score cells that hold one */
  formulas: Record<string, string>;
  notes: CellValue;
  /** 1-based sheet row */
  row: number;
}

export interface JurorTab {
  sheet: string;
  stageId: string;
  jurorId: string;
  /** Criterion ids in column order, as found in row 4. */
  criterionIds: string[];
  /** criterion id -> 1-based column */
  colOf: Record<string, number>;
  notesCol: number;
  rows: TabRow[];
  archive: TabRow[];
  problems: PlacedProblem[];
}

function labels(lang: Lang) {
  return sheetMessages[lang];
}

function both(key: keyof typeof sheetMessages.id): string[] {
  return [sheetMessages.id[key], sheetMessages.en[key]].map(norm);
}

function norm(v: CellValue): string {
  return v === null ? '' : String(v).trim().toLowerCase();
}

function text(v: CellValue): string {
  return v === null ? '' : String(v).trim();
}

function isEmpty(v: CellValue): boolean {
  return v === null || (typeof v === 'string' && v.trim() === '');
}

/** The stage and juror a sheet belongs to, or null when it is not a juror tab. */
export function identifyTab(snapshot: SheetSnapshot): { stageId: string; jurorId: string } | null {
  const row2 = snapshot.values[1] ?? [];
  if (!both('tab.stageId').includes(norm(row2[0] ?? null))) return null;
  if (!both('tab.jurorId').includes(norm(row2[2] ?? null))) return null;
  const stageId = text(row2[1] ?? null);
  const jurorId = text(row2[3] ?? null);
  return stageId && jurorId ? { stageId, jurorId } : null;
}

/** Text cut to `max` characters, with an ellipsis where it was cut. */
function fit(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, Math.max(1, max - 1)).join('').trimEnd()}…`;
}

/**
 * A tab name within the limit, unique among `taken` (compared
 * case-insensitively, as Sheets does): "<stage> – <juror>". The stage keeps its
 * whole name when it is short; a long juror name is cut with an ellipsis (the
 * tab's first row shows it whole).
 */
export function jurorTabName(stage: Stage, juror: Juror, taken: ReadonlySet<string>): string {
  // Excel forbids these characters in sheet names; Sheets accepts them, but one name must serve both.
  const clean = (s: string) => s.replace(/[[\]:*?/\\]/g, '-').replace(/\s+/g, ' ').trim();
  const sep = ' – ';
  const stageName = clean(stage.name);
  const jurorName = clean(juror.name);
  const lower = new Set([...taken].map((n) => n.toLowerCase()));
  for (let n = 1; ; n++) {
    const suffix = n === 1 ? '' : ` (${n})`;
    const room = MAX_TAB_NAME - sep.length - suffix.length;
    const stagePart = fit(stageName, Math.max(room - [...jurorName].length, Math.min([...stageName].length, Math.floor(room / 2))));
    const name = `${stagePart}${sep}${fit(jurorName, room - [...stagePart].length)}${suffix}`;
    if (!lower.has(name.toLowerCase())) return name;
  }
}

function isArchiveTitle(v: CellValue): boolean {
  const t = norm(v);
  return t !== '' && both('tab.archive').some((a) => t.startsWith(a.split(':')[0]));
}

function place(sheet: string, cell: string, code: string, message: Text, stageId: string, jurorId: string): PlacedProblem {
  return { code, severity: 'error', where: { kind: 'scoreSheet', stageId, jurorId }, message, sheet, cell };
}

/** Reads a juror tab. Never throws: what does not fit the layout becomes a problem with its cell. */
export function parseJurorTab(snapshot: SheetSnapshot, id: { stageId: string; jurorId: string }): JurorTab {
  const { values, formulas } = snapshot;
  const sheet = snapshot.name;
  const idsRow = values[HEADER_ROW - 2] ?? [];
  const headerRow = values[HEADER_ROW - 1] ?? [];
  const width = Math.max(0, ...values.map((r) => r.length));
  // The Notes column is found by its heading, so a criterion id cleared in row 4
  // cannot make the columns after it look like notes (and be rewritten as such).
  const notesHeadings = both('col.notes');
  let notesCol = 0;
  for (let c = FIRST_CRITERION_COL; c <= width && notesCol === 0; c++) {
    if (notesHeadings.includes(norm(headerRow[c - 1] ?? null))) notesCol = c;
  }
  const criterionIds: string[] = [];
  const colOf: Record<string, number> = {};
  const unknownColumns: number[] = [];
  for (let c = FIRST_CRITERION_COL; notesCol === 0 ? c <= width : c < notesCol; c++) {
    const cid = text(idsRow[c - 1] ?? null);
    if (!cid) {
      if (notesCol === 0) {
        // No Notes heading either: the layout is gone; the first blank id ends the criteria.
        notesCol = c;
        break;
      }
      unknownColumns.push(c);
      continue;
    }
    criterionIds.push(cid);
    colOf[cid] = c;
  }
  if (notesCol === 0) notesCol = FIRST_CRITERION_COL + criterionIds.length;
  const totalCol = notesCol + 1;
  const tab: JurorTab = { sheet, ...id, criterionIds, colOf, notesCol, rows: [], archive: [], problems: [] };
  for (const c of unknownColumns) {
    const cell = a1(HEADER_ROW - 1, c);
    tab.problems.push(
      place(sheet, cell, 'tab-column-unknown', textOf(sheetMessages, 'problem.columnUnknown', { sheet, cell, heading: text(headerRow[c - 1] ?? null) }), id.stageId, id.jurorId),
    );
  }
  let target = tab.rows;
  for (let r = FIRST_ROW; r <= values.length; r++) {
    const cells = values[r - 1];
    const first = cells[COL_ID - 1] ?? null;
    if (isArchiveTitle(first)) {
      target = tab.archive;
      r++; // the archive's header row
      continue;
    }
    const beyond = cells.findIndex((v, i) => i + 1 > totalCol && !isEmpty(v));
    if (beyond >= 0) {
      tab.problems.push(
        place(sheet, a1(r, beyond + 1), 'tab-extra-content', textOf(sheetMessages, 'problem.extraContent', { sheet, cell: a1(r, beyond + 1) }), id.stageId, id.jurorId),
      );
    }
    const inTable = cells.slice(0, notesCol);
    if (inTable.every(isEmpty)) continue;
    const row: TabRow = {
      entryId: text(first),
      title: cells[COL_TITLE - 1] ?? null,
      agency: cells[COL_AGENCY - 1] ?? null,
      scores: {},
      formulas: {},
      notes: cells[notesCol - 1] ?? null,
      row: r,
    };
    for (const cid of criterionIds) {
      const c = colOf[cid];
      row.scores[cid] = cells[c - 1] ?? null;
      const f = formulas[r - 1]?.[c - 1] ?? '';
      if (f) row.formulas[cid] = f;
    }
    if (!row.entryId && target === tab.rows) {
      tab.problems.push(
        place(sheet, a1(r, COL_ID), 'tab-row-without-id', textOf(sheetMessages, 'problem.rowWithoutId', { sheet, cell: a1(r, COL_ID) }), id.stageId, id.jurorId),
      );
    }
    target.push(row);
  }
  return tab;
}

export interface TabPlan {
  sheet: string;
  competition: Competition;
  stage: Stage;
  juror: Juror;
  /** Assigned entries, in the order of the Setup. */
  entries: Entry[];
  previous: JurorTab | null;
  lang: Lang;
}

function scaleText(scale: Scale, lang: Lang, key: 'tab.scaleText' | 'tab.help'): string {
  return fill(labels(lang)[key], { min: formatNum(scale.min, lang), max: formatNum(scale.max, lang), step: formatNum(scale.step, lang) });
}

function sameScale(a: Scale, b: Scale): boolean {
  return a.min === b.min && a.max === b.max && a.step === b.step;
}

function formatNum(n: number, lang: Lang): string {
  return lang === 'id' ? String(n).replace('.', ',') : String(n);
}

/** The live total of a row: the weighted sum, shown only once every criterion has a score. */
function totalFormula(row: number, criteria: Criterion[]): string {
  const cells = criteria.map((c, i) => `${a1(row, FIRST_CRITERION_COL + i)}*${c.weight / 100}`);
  const range = a1Range(row, FIRST_CRITERION_COL, 1, criteria.length);
  return `=IF(COUNT(${range})=${criteria.length},ROUND(${cells.join('+')},2),"")`;
}

/**
 * The tab as it should be: the assigned entries with whatever the juror had
 * typed for them (from the tab itself or its archive), and every other row
 * moved to the archive. Returns null with problems when rewriting the tab
 * would lose something the user typed.
 */
export function renderJurorTab(plan: TabPlan): { sheet: RenderedSheet | null; problems: PlacedProblem[] } {
  const { sheet, stage, juror, lang, previous } = plan;
  const t = labels(lang);
  const criteria = plan.competition.criteria.filter((c) => c.stageId === stage.id);
  const problems: PlacedProblem[] = [];
  if (previous) {
    // Rewriting a tab whose layout Juri cannot read would move or drop what is typed there.
    problems.push(...previous.problems.filter((p) => p.code === 'tab-extra-content' || p.code === 'tab-column-unknown'));
    for (const cid of previous.criterionIds) {
      if (criteria.some((c) => c.id === cid)) continue;
      const holds = [...previous.rows, ...previous.archive].some((r) => !isEmpty(r.scores[cid] ?? null));
      if (holds) {
        const cell = a1(HEADER_ROW, previous.colOf[cid]);
        problems.push(
          place(sheet, cell, 'tab-criterion-removed', textOf(sheetMessages, 'problem.criterionRemoved', { sheet, cell, criterion: cid }), stage.id, juror.id),
        );
      }
    }
    if (problems.length > 0) return { sheet: null, problems };
  }

  const notesCol = FIRST_CRITERION_COL + criteria.length;
  const totalCol = notesCol + 1;
  const width = totalCol;
  // One scale for the stage is the usual case; criteria with scales of their own show them in their headers.
  const uniform = criteria.every((k) => sameScale(k.scale, criteria[0].scale));
  const stageScale = criteria.length > 0 && uniform ? scaleText(criteria[0].scale, lang, 'tab.scaleText') : t['tab.scalePerColumn'];

  // Where each entry's typed cells are now: active rows first, then the archive.
  const typed = new Map<string, TabRow>();
  const leftovers: TabRow[] = [];
  const assigned = new Set(plan.entries.map((e) => e.id));
  const known = new Set(plan.competition.entries.map((e) => e.id));
  const holdsSomething = (r: TabRow) => !isEmpty(r.notes) || Object.values(r.scores).some((v) => !isEmpty(v));
  for (const r of [...(previous?.rows ?? []), ...(previous?.archive ?? [])]) {
    const current = typed.get(r.entryId);
    if (!r.entryId || !assigned.has(r.entryId)) leftovers.push(r);
    else if (!current) typed.set(r.entryId, r);
    // A row fixed in the archive comes back in place of the empty row made meanwhile; an empty row carries nothing to keep.
    else if (!holdsSomething(current) && holdsSomething(r)) typed.set(r.entryId, r);
    else if (holdsSomething(r)) leftovers.push(r);
  }
  // A removed entry's row going to the archive is expected; an ID nobody knows is worth a word.
  for (const r of previous?.rows ?? []) {
    if (known.has(r.entryId) || typed.get(r.entryId) === r) continue;
    const cell = a1(r.row, COL_ID);
    problems.push({
      ...place(sheet, cell, 'tab-row-archived', textOf(sheetMessages, 'problem.rowArchived', { sheet, cell, id: r.entryId }), stage.id, juror.id),
      severity: 'warning',
    });
  }

  const values: CellValue[][] = [];
  const formulas: (string | null)[][] = [];
  const fmt: string[][] = [];
  const bg: (string | null)[][] = [];
  const bold: boolean[][] = [];
  const emptyRow = () => new Array<CellValue>(width).fill(null);
  const push = (row: CellValue[], opts: { formulas?: (string | null)[]; fmt?: string[]; bg?: string | null; bold?: boolean } = {}) => {
    values.push(row);
    formulas.push(opts.formulas ?? new Array<string | null>(width).fill(null));
    fmt.push(opts.fmt ?? new Array<string>(width).fill(''));
    bg.push(new Array<string | null>(width).fill(opts.bg ?? null));
    bold.push(new Array<boolean>(width).fill(opts.bold ?? false));
  };

  const title = emptyRow();
  title[0] = `${stage.name} – ${juror.name}`;
  push(title, { bold: true });
  const ident = emptyRow();
  [t['tab.stageId'], stage.id, t['tab.jurorId'], juror.id, t['tab.email'], juror.email, t['tab.scale'], stageScale]
    .slice(0, Math.max(width, 8))
    .forEach((v, i) => (ident[i] = v));
  push(widen(ident, 8), { fmt: textRow(Math.max(width, 8)) });
  const progress = emptyRow();
  progress[0] = t['tab.progress'];
  const progressFormulas = new Array<string | null>(width).fill(null);
  const n = plan.entries.length;
  progressFormulas[1] =
    n > 0 ? `=COUNT(${a1Range(FIRST_ROW, totalCol, n, 1)})&" / ${n}"` : null;
  if (n === 0) progress[1] = '0 / 0';
  push(progress, { formulas: progressFormulas });
  const ids = emptyRow();
  ids[0] = t['tab.criterionIds'];
  criteria.forEach((c, i) => (ids[FIRST_CRITERION_COL - 1 + i] = c.id));
  push(ids, { fmt: textRow(width), bg: '#f1f3f4' });
  const header = headerRow(t, criteria, width, lang, !uniform);
  push(header, { bold: true, bg: '#e8eaed' });

  const rowFmt = (): string[] => {
    const f = new Array<string>(width).fill('');
    f[COL_ID - 1] = '@';
    f[COL_TITLE - 1] = '@';
    f[COL_AGENCY - 1] = '@';
    f[notesCol - 1] = '@';
    return f;
  };
  const entryRow = (entryId: string, titleV: CellValue, agencyV: CellValue, from: TabRow | undefined, sheetRow: number | null) => {
    const row = emptyRow();
    const rowFormulas = new Array<string | null>(width).fill(null);
    row[COL_ID - 1] = entryId;
    row[COL_TITLE - 1] = titleV;
    row[COL_AGENCY - 1] = agencyV;
    criteria.forEach((c, i) => {
      row[FIRST_CRITERION_COL - 1 + i] = from?.scores[c.id] ?? null;
      const f = from?.formulas[c.id];
      if (f) rowFormulas[FIRST_CRITERION_COL - 1 + i] = f;
    });
    row[notesCol - 1] = from?.notes ?? null;
    if (sheetRow !== null) rowFormulas[totalCol - 1] = totalFormula(sheetRow, criteria);
    return { row, rowFormulas };
  };

  plan.entries.forEach((e, i) => {
    const { row, rowFormulas } = entryRow(e.id, e.title, e.agency, typed.get(e.id), FIRST_ROW + i);
    push(row, { formulas: rowFormulas, fmt: rowFmt() });
    const last = bg[bg.length - 1];
    for (let c = FIRST_CRITERION_COL; c <= notesCol; c++) last[c - 1] = '#fffbe6';
  });

  if (leftovers.length > 0) {
    push(emptyRow());
    const archiveTitle = emptyRow();
    archiveTitle[0] = t['tab.archive'];
    push(archiveTitle, { bold: true, bg: '#f1f3f4' });
    push(headerRow(t, criteria, width, lang, !uniform), { bold: true, bg: '#f1f3f4' });
    for (const r of leftovers) {
      // Columns of criteria that are no longer in the Setup hold no scores (checked above), so nothing is dropped.
      const { row, rowFormulas } = entryRow(r.entryId, r.title, r.agency, r, null);
      push(row, { formulas: rowFormulas, fmt: rowFmt() });
    }
  }

  const rows = values.length;
  const block = { row: 1, col: 1, values: values.map((r) => widen(r, width8(width))), formulas: formulas.map((r) => widenF(r, width8(width))) };
  const fullWidth = width8(width);
  const scoreRange = { row: FIRST_ROW, col: FIRST_CRITERION_COL, numRows: n, numCols: criteria.length };
  const editors = [juror.email, ...plan.competition.secretariatEmails].filter((e) => e.trim() !== '');
  return {
    problems,
    sheet: {
      name: sheet,
      block,
      formats: {
        row: 1,
        col: 1,
        numRows: rows,
        numCols: fullWidth,
        numberFormats: fmt.map((r) => widenS(r, fullWidth, '')),
        backgrounds: bg.map((r) => widenS(r, fullWidth, null)),
        bold: bold.map((r) => widenS(r, fullWidth, false)),
      },
      validations:
        n > 0 && criteria.length > 0
          ? criteria.map((k, i) => ({
              range: { ...scoreRange, col: FIRST_CRITERION_COL + i, numCols: 1 },
              rule: { kind: 'number' as const, min: k.scale.min, max: k.scale.max, helpText: scaleText(k.scale, lang, 'tab.help') },
            }))
          : [],
      protection: {
        description: fill(t['tab.protection'], { juror: juror.name }),
        editableRanges:
          n > 0 ? [{ range: { row: FIRST_ROW, col: FIRST_CRITERION_COL, numRows: n, numCols: criteria.length + 1 }, editors }] : [],
      },
      look: {
        frozenRows: HEADER_ROW,
        frozenCols: COL_TITLE,
        // Title and agency share a width: Sheets sets each run of equal widths in one call.
        columnWidths: [90, 240, 240, ...criteria.map(() => 110), 220, 70],
      },
    },
  };
}

function headerRow(t: Record<string, string>, criteria: Criterion[], width: number, lang: Lang, showScales: boolean): CellValue[] {
  const row = new Array<CellValue>(width).fill(null);
  row[COL_ID - 1] = t['col.id'];
  row[COL_TITLE - 1] = t['col.title'];
  row[COL_AGENCY - 1] = t['col.agency'];
  criteria.forEach((c, i) => {
    const scale = showScales ? `; ${scaleText(c.scale, lang, 'tab.scaleText')}` : '';
    row[FIRST_CRITERION_COL - 1 + i] = `${c.name} (${formatNum(c.weight, lang)} %${scale})`;
  });
  row[FIRST_CRITERION_COL - 1 + criteria.length] = t['col.notes'];
  row[FIRST_CRITERION_COL + criteria.length] = t['col.total'];
  return row;
}

/** Row 2 holds eight cells even when a stage has few criteria. */
function width8(width: number): number {
  return Math.max(width, 8);
}

function textRow(width: number): string[] {
  return new Array<string>(width).fill('@');
}

function widen(row: CellValue[], width: number): CellValue[] {
  return row.length >= width ? row : [...row, ...new Array<CellValue>(width - row.length).fill(null)];
}

function widenF(row: (string | null)[], width: number): (string | null)[] {
  return row.length >= width ? row : [...row, ...new Array<string | null>(width - row.length).fill(null)];
}

function widenS<T>(row: T[], width: number, fillWith: T): T[] {
  return row.length >= width ? row : [...row, ...new Array<T>(width - row.length).fill(fillWith)];
}

/**
 * The cell of an entry's score (or of its ID when no criterion is named), for
 * messages; the last of its rows when the entry was copied, since the copy is
 * what the juror should look at.
 */
export function scoreCell(tab: JurorTab, entryId: string, criterionId: string | undefined, which: 'first' | 'last' = 'first'): string {
  const rows = tab.rows.filter((r) => r.entryId === entryId);
  const row = (which === 'first' ? rows[0] : rows[rows.length - 1])?.row;
  if (row === undefined) return '';
  const col = criterionId ? tab.colOf[criterionId] : COL_ID;
  return a1(row, col ?? COL_ID);
}

/** Whether writing `rendered` would change what the sheet shows (values and formulas). */
export function differs(rendered: RenderedSheet, snapshot: SheetSnapshot): boolean {
  const want = rendered.block.values;
  const wantF = rendered.block.formulas ?? [];
  const rows = Math.max(want.length, snapshot.values.length);
  for (let r = 0; r < rows; r++) {
    const width = Math.max(want[r]?.length ?? 0, snapshot.values[r]?.length ?? 0);
    for (let c = 0; c < width; c++) {
      const f = wantF[r]?.[c] ?? null;
      const haveF = snapshot.formulas[r]?.[c] ?? '';
      if (f) {
        if (normFormula(f) !== normFormula(haveF)) return true;
        continue;
      }
      if (haveF) return true;
      const a = want[r]?.[c] ?? null;
      const b = snapshot.values[r]?.[c] ?? null;
      if (!sameCell(a, b)) return true;
    }
  }
  return false;
}

function normFormula(f: string): string {
  return f.replace(/\s+/g, '').toUpperCase();
}

function sameCell(a: CellValue, b: CellValue): boolean {
  if (isEmpty(a) && isEmpty(b)) return true;
  return a === b;
}
