/** Writing a juror tab: its name, its rows (typed cells kept, others archived), and whether it changed. */
import { isBlankCell } from '../../core/cells';
import { cutWithEllipsis } from '../../core/ellipsis';
import type { Competition, Criterion, Entry, Juror, Lang, Scale, Stage } from '../../core/model';
import { fill } from '../../i18n';
import { a1, a1Range, followRows, inRange } from '../a1';
import { grid } from '../grid';
import type { CellValue, Protection, RangeRef, SheetSnapshot, Validation } from '../port';
import type { LocatedProblem } from '../../core/location';
import type { RenderedSheet } from '../render';
import { integrityMessages } from '../../i18n/integrity';
import {
  CELL,
  COL_AGENCY,
  COL_ID,
  COL_TITLE,
  FIRST_CRITERION_COL,
  FIRST_ROW,
  HEADER_ROW,
  isTicked,
  labels,
  LABELS,
  MAX_TAB_NAME,
  text,
  type ControlName,
  type JurorTab,
  type TabRow,
} from './layout';
import { tabProblem } from './read';

/** Rows and columns a new tab keeps beyond what it uses. */
const GRID_MARGIN_ROWS = 20;
const GRID_MARGIN_COLS = 2;

/**
 * A tab name within the limit, unique among `taken` (compared
 * case-insensitively, as Sheets does): "<stage> – <juror>". The stage keeps its
 * whole name when it is short; a long juror name is cut with an ellipsis (the
 * tab's first row shows it whole). Lengths are UTF-16 units, as Excel counts
 * them (an emoji is two), and a cut never splits an emoji.
 */
export function jurorTabName(
  stage: Stage,
  juror: Juror,
  taken: ReadonlySet<string>,
  /** The longest juror name of the stage: the stage part is then cut alike in all its tabs, which sit side by side. */
  longestJuror: string = juror.name,
): string {
  // Excel forbids these characters in sheet names; Sheets accepts them, but one name must serve both.
  const clean = (s: string) =>
    s
      .replace(/[[\]:*?/\\]/g, '-')
      .replace(/\s+/g, ' ')
      .trim();
  // Excel also refuses a name that starts or ends with an apostrophe: the stage opens the name, the juror closes it.
  const stageName = clean(stage.name).replace(/^'+/, '').trimStart() || clean(stage.id).replace(/^'+/, '');
  const jurorName = clean(juror.name).replace(/'+$/, '').trimEnd() || clean(juror.id).replace(/'+$/, '');
  const sep = ' – ';
  const longest = Math.max(jurorName.length, clean(longestJuror).length);
  const lower = new Set([...taken].map((n) => n.toLowerCase()));
  for (let n = 1; ; n++) {
    const suffix = n === 1 ? '' : ` (${n})`;
    const room = MAX_TAB_NAME - sep.length - suffix.length;
    const stagePart = cutWithEllipsis(
      stageName,
      Math.max(room - longest, Math.min(stageName.length, Math.floor(room / 2))),
      'utf16',
    );
    const name = `${stagePart}${sep}${cutWithEllipsis(jurorName, room - stagePart.length, 'utf16')}${suffix}`;
    if (!lower.has(name.toLowerCase())) return name;
  }
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
  return fill(labels(lang)[key], {
    min: formatNum(scale.min, lang),
    max: formatNum(scale.max, lang),
    step: formatNum(scale.step, lang),
  });
}

function sameScale(a: Scale, b: Scale): boolean {
  return a.min === b.min && a.max === b.max && a.step === b.step;
}

function formatNum(n: number, lang: Lang): string {
  return lang === 'id' ? String(n).replace('.', ',') : String(n);
}

/** The live total of a row: the weighted sum, shown only once every criterion has a score. */
export function totalFormula(row: number, criteria: Criterion[]): string {
  const cells = criteria.map((c, i) => `${a1(row, FIRST_CRITERION_COL + i)}*${c.weight / 100}`);
  const range = a1Range(row, FIRST_CRITERION_COL, 1, criteria.length);
  return `=IF(COUNT(${range})=${criteria.length},ROUND(${cells.join('+')},2),"")`;
}

/**
 * What stops a tab from being rewritten: a layout Juri cannot read, or scores
 * under a criterion the Setup no longer has. Rewriting would move or drop them.
 */
function blockers(
  previous: JurorTab,
  criteria: Criterion[],
  sheet: string,
  stageId: string,
  jurorId: string,
): LocatedProblem[] {
  const out = previous.problems.filter(
    (p) => p.code === 'tab-extra-content' || p.code === 'tab-column-unknown',
  );
  for (const cid of previous.criterionIds) {
    if (criteria.some((c) => c.id === cid)) continue;
    if (![...previous.rows, ...previous.archive].some((r) => !isBlankCell(r.scores[cid] ?? null))) continue;
    const cell = a1(HEADER_ROW, previous.colOf[cid]);
    out.push(tabProblem(sheet, cell, 'tab-criterion-removed', 'error', { criterion: cid }, stageId, jurorId));
  }
  return out;
}

export function holdsSomething(r: TabRow): boolean {
  return (
    !isBlankCell(r.notes) ||
    isTicked(r.recused) ||
    !isBlankCell(r.recusalReason) ||
    Object.values(r.scores).some((v) => !isBlankCell(v))
  );
}

/**
 * Where each assigned entry's typed cells are (its row in the tab, else in the
 * archive), and every other row that holds something, for the archive.
 */
function sortRows(
  previous: JurorTab | null,
  assigned: ReadonlySet<string>,
): { typed: Map<string, TabRow>; leftovers: TabRow[] } {
  const typed = new Map<string, TabRow>();
  const leftovers: TabRow[] = [];
  for (const r of [...(previous?.rows ?? []), ...(previous?.archive ?? [])]) {
    const current = typed.get(r.entryId);
    if (!r.entryId || !assigned.has(r.entryId)) leftovers.push(r);
    else if (!current) typed.set(r.entryId, r);
    // A row fixed in the archive comes back in place of the empty row made meanwhile; an empty row carries nothing to keep.
    else if (!holdsSomething(current) && holdsSomething(r)) typed.set(r.entryId, r);
    else if (holdsSomething(r)) leftovers.push(r);
  }
  return { typed, leftovers };
}

/**
 * The tab as it should be: the assigned entries with whatever the juror had
 * typed for them (from the tab itself or its archive), and every other row
 * moved to the archive. Returns null with problems when rewriting the tab
 * would lose something the user typed.
 */
export function renderJurorTab(plan: TabPlan): {
  sheet: RenderedSheet | null;
  problems: LocatedProblem[];
  /** The juror's cells (scores and notes of the assigned rows), open to them whether or not the Setup has their email. */
  open: RangeRef | null;
} {
  const { sheet, stage, juror, lang, previous } = plan;
  const t = labels(lang);
  const criteria = plan.competition.criteria.filter((c) => c.stageId === stage.id);
  const blocked = previous ? blockers(previous, criteria, sheet, stage.id, juror.id) : [];
  if (blocked.length > 0) return { sheet: null, problems: blocked, open: null };

  const problems: LocatedProblem[] = [];
  const { typed, leftovers } = sortRows(previous, new Set(plan.entries.map((e) => e.id)));
  // A removed entry's row going to the archive is expected; an ID nobody knows is worth a word.
  const known = new Set(plan.competition.entries.map((e) => e.id));
  // The warning names the row where it now is, in the archive: its old row holds another entry after the rewrite.
  // Below the entries: a blank row, the archive's title, its header, then its rows.
  const archiveFirstRow = FIRST_ROW + plan.entries.length + 3;
  for (const r of previous?.rows ?? []) {
    if (known.has(r.entryId) || typed.get(r.entryId) === r) continue;
    const at = leftovers.indexOf(r);
    if (at < 0) continue;
    const cell = a1(archiveFirstRow + at, COL_ID);
    problems.push(
      tabProblem(sheet, cell, 'tab-row-archived', 'warning', { id: r.entryId }, stage.id, juror.id),
    );
  }

  const k = criteria.length;
  const notesCol = FIRST_CRITERION_COL + k;
  const recusalCol = notesCol + 1;
  const totalCol = notesCol + 3;
  const n = plan.entries.length;
  // One scale for the stage is the usual case; criteria with scales of their own show them in their headers.
  const uniform = criteria.every((c) => sameScale(c.scale, criteria[0].scale));
  const stageScale =
    k > 0 && uniform ? scaleText(criteria[0].scale, lang, 'tab.scaleText') : t['tab.scalePerColumn'];
  // A blind stage leaves the entrant's agency, and what else the Setup marks as identifying, out of the tab.
  const hidden = new Set(stage.blind ? ['agency', ...(plan.competition.identifying ?? [])] : []);
  const header = headerRow(t, criteria, lang, !uniform, hidden);
  const all = (width: number) => Array.from({ length: width }, (_, i) => i);
  const rowText = [COL_ID - 1, COL_TITLE - 1, COL_AGENCY - 1, notesCol - 1, recusalCol, totalCol];
  const it = integrityMessages[lang];
  // The integrity cells keep what the juror, the secretariat and Juri wrote in them.
  const kept = (name: ControlName): CellValue => previous?.controls[name] ?? null;
  const top: CellValue[][] = [[], [], []];
  const put = (r: number, c: number, v: CellValue) => {
    while (top[r - 1].length < c) top[r - 1].push(null);
    top[r - 1][c - 1] = v;
  };

  const g = grid();
  put(1, 1, `${stage.name} – ${juror.name}`);
  put(1, CELL.paktaText[1], it['tab.paktaText']);
  [
    t['tab.stageId'],
    stage.id,
    t['tab.jurorId'],
    juror.id,
    t['tab.email'],
    juror.email,
    t['tab.scale'],
    stageScale,
  ].forEach((v, i) => put(2, i + 1, v));
  put(3, 1, t['tab.progress']);
  put(3, 2, n > 0 ? null : '0 / 0');
  for (const [r, c, key] of LABELS) put(r, c, it[key]);
  for (const [name, [r, c]] of Object.entries(CELL) as [ControlName, readonly [number, number]][])
    if (name !== 'paktaText') put(r, c, kept(name));
  g.add(top[0], { bold: true, textCols: [0, CELL.paktaText[1] - 1] });
  g.add(top[1], { textCols: all(CELL.fingerprint[1]) });
  // Complete rows and rows the juror withdrew from, out of the assigned rows.
  const progress =
    n > 0
      ? `=(COUNT(${a1Range(FIRST_ROW, totalCol, n, 1)})+COUNTIF(${a1Range(FIRST_ROW, recusalCol, n, 1)},TRUE))&" / ${n}"`
      : null;
  g.add(top[2], {
    formulas: [null, progress],
    textCols: [CELL.reopen[1] - 1, CELL.reopened[1] - 1],
    highlight: { from: CELL.pakta[1] - 1, to: CELL.submit[1] - 1, color: '#fffbe6' },
  });
  g.add([t['tab.criterionIds'], null, null, ...criteria.map((c) => c.id)], {
    textCols: all(totalCol),
    background: '#f1f3f4',
  });
  g.add(header, { bold: true, background: '#e8eaed' });

  const entryRow = (
    id: string,
    title: CellValue,
    agency: CellValue,
    from: TabRow | undefined,
  ): { row: CellValue[]; formulas: (string | null)[] } => ({
    row: [
      id,
      title,
      agency,
      ...criteria.map((c) => from?.scores[c.id] ?? null),
      from?.notes ?? null,
      // An empty checkbox cell shows unticked: nothing is written where the juror typed nothing.
      from?.recused ?? null,
      from?.recusalReason ?? null,
      null,
      from?.submitted ?? null,
    ],
    formulas: [
      null,
      null,
      null,
      ...criteria.map((c) => from?.formulas[c.id] ?? null),
      from?.otherFormulas.notes ?? null,
      from?.otherFormulas.recused ?? null,
      from?.otherFormulas.recusalReason ?? null,
    ],
  });
  // Where each row's typed cells were: they come whole (a date, a formula, a link, a number format).
  const carried: { row: number; from: TabRow }[] = [];
  plan.entries.forEach((e, i) => {
    const title = hidden.has('title') ? null : e.title;
    const agency = hidden.has('agency') ? null : e.agency;
    const from = typed.get(e.id);
    const { row, formulas } = entryRow(e.id, title, agency, from);
    formulas[totalCol - 1] = totalFormula(FIRST_ROW + i, criteria);
    if (from) carried.push({ row: g.rows + 1, from });
    g.add(row, {
      formulas,
      textCols: rowText,
      highlight: { from: FIRST_CRITERION_COL - 1, to: recusalCol, color: '#fffbe6' },
    });
  });
  if (leftovers.length > 0) {
    g.blank();
    g.add([t['tab.archive']], { bold: true, background: '#f1f3f4' });
    g.add(header, { bold: true, background: '#f1f3f4' });
    // Columns of criteria that are no longer in the Setup hold no scores (checked above), so nothing is dropped.
    for (const r of leftovers) {
      const title = hidden.has('title') ? null : r.title;
      const agency = hidden.has('agency') ? null : r.agency;
      const { row, formulas } = entryRow(r.entryId, title, agency, r);
      carried.push({ row: g.rows + 1, from: r });
      g.add(row, { formulas, textCols: rowText });
    }
  }

  const rendered = g.build(sheet, {
    frozenRows: HEADER_ROW,
    frozenCols: COL_TITLE,
    // Sheets' default width (100) costs no call on a new tab, and each run of equal widths one call: title
    // and agency, then notes, recusal and reason. Juri's record of the submitted row keeps the default.
    columnWidths: [100, 240, 240, ...criteria.map(() => 100), 240, 240, 240, 100, 100],
    // What the tab uses plus room for the archive to grow, not Sheets' 1000 x 26.
    gridSize: { rows: g.rows + GRID_MARGIN_ROWS, cols: totalCol + 1 + GRID_MARGIN_COLS },
  });
  if (previous && carried.length > 0) {
    const columns: [number, number][] = [
      ...criteria.map((c, i): [number, number] => [FIRST_CRITERION_COL + i, previous.colOf[c.id] ?? 0]),
      [notesCol, previous.notesCol],
      [recusalCol, previous.recusalCol],
      [recusalCol + 1, previous.recusalCol > 0 ? previous.recusalCol + 1 : 0],
    ];
    rendered.block.from = carriedCells(rendered.block.values, carried, columns);
    const moved = new Map(carried.map(({ row, from }) => [from.row, row]));
    rendered.block.movedRows = moved;
    // What a port that cannot carry a cell writes: its formula, following its rows all the same.
    rendered.block.formulas = rendered.block.formulas?.map((line, r) =>
      line.map((f, c) => (f && rendered.block.from?.[r]?.[c] ? followRows(f, sheet, moved) : f)),
    );
  }
  const scores = { row: FIRST_ROW, col: FIRST_CRITERION_COL, numRows: n, numCols: k };
  const checkbox = (range: RangeRef, helpText: string): Validation => ({
    range,
    rule: { kind: 'checkbox', helpText },
  });
  // Notes and reasons take anything: a rule block over the juror's whole range, so one range serves both.
  const any = (col: number): Validation => ({ range: { ...scores, col, numCols: 1 }, rule: { kind: 'any' } });
  rendered.validations = [
    checkbox(cellRef('pakta'), it['help.checkbox']),
    checkbox(cellRef('submit'), it['help.checkbox']),
    ...(n > 0
      ? [
          ...criteria.map((c, i) => ({
            range: { ...scores, col: FIRST_CRITERION_COL + i, numCols: 1 },
            rule: {
              kind: 'number' as const,
              min: c.scale.min,
              max: c.scale.max,
              helpText: scaleText(c.scale, lang, 'tab.help'),
            },
          })),
          any(notesCol),
          checkbox({ ...scores, col: recusalCol, numCols: 1 }, it['help.checkbox']),
          any(recusalCol + 1),
        ]
      : []),
  ];
  rendered.protection = tabProtection(plan, n, k, text(kept('submittedAt')) !== '');
  // The juror's cells of the assigned rows: scores, notes, recusal and its reason.
  return { sheet: rendered, problems, open: n > 0 ? { ...scores, numCols: k + 3 } : null };
}

/**
 * For each cell of the block, where the juror's cell it holds was in the tab
 * as read (a row moved down by an entry inserted above it, up by one removed,
 * or to the archive), or null. Empty cells too: one the juror fills while
 * the tab is being rewritten moves with its row.
 */
function carriedCells(
  values: CellValue[][],
  carried: { row: number; from: TabRow }[],
  /** [new column, column in the tab as read (0 when it had none)] */
  columns: [number, number][],
): ({ row: number; col: number } | null)[][] {
  const from: ({ row: number; col: number } | null)[][] = values.map((r) => r.map(() => null));
  for (const { row, from: source } of carried)
    for (const [col, was] of columns) if (was > 0) from[row - 1][col - 1] = { row: source.row, col: was };
  return from;
}

function cellRef(name: ControlName): RangeRef {
  const [row, col] = CELL[name];
  return { row, col, numRows: 1, numCols: 1 };
}

/**
 * Who may type where. The whole tab is the secretariat's; the score, notes,
 * recusal and reason cells of the assigned rows and the pakta, its date and
 * Submitted are open to the juror as well until the tab is submitted. Then
 * the same ranges stay, narrowed to the secretariat, so the seal covers the
 * same cells of Juri's either way.
 */
export function tabProtection(
  plan: Pick<TabPlan, 'competition' | 'juror' | 'lang'>,
  rows: number,
  criteria: number,
  submitted: boolean,
): Protection {
  const secretariat = plan.competition.secretariatEmails.filter((e) => e.trim() !== '');
  const juror = plan.juror.email.trim();
  const editors = submitted || juror === '' ? [] : [juror];
  const [row, col] = CELL.pakta;
  return {
    description: fill(labels(plan.lang)['tab.protection'], { juror: plan.juror.name }),
    editors: secretariat,
    editableRanges:
      juror === ''
        ? []
        : [
            // The score, notes, recusal and reason cells of the assigned rows: first, as Generate keeps it.
            ...(rows > 0
              ? [
                  {
                    range: { row: FIRST_ROW, col: FIRST_CRITERION_COL, numRows: rows, numCols: criteria + 3 },
                    editors,
                  },
                ]
              : []),
            // Pakta, its date and Submitted, in one range (their labels between them are the juror's to keep).
            { range: { row, col, numRows: 1, numCols: CELL.submit[1] - col + 1 }, editors },
          ],
  };
}

function headerRow(
  t: Record<string, string>,
  criteria: Criterion[],
  lang: Lang,
  showScales: boolean,
  hidden: ReadonlySet<string>,
): CellValue[] {
  const scale = (c: Criterion) => (showScales ? `; ${scaleText(c.scale, lang, 'tab.scaleText')}` : '');
  const heading = (key: 'col.title' | 'col.agency', column: string) =>
    hidden.has(column) ? fill(t['tab.blind'], { column: t[key] }) : t[key];
  return [
    t['col.id'],
    heading('col.title', 'title'),
    heading('col.agency', 'agency'),
    ...criteria.map((c) => `${c.name} (${formatNum(c.weight, lang)} %${scale(c)})`),
    t['col.notes'],
    integrityMessages[lang]['col.recusal'],
    integrityMessages[lang]['col.recusalReason'],
    t['col.total'],
    integrityMessages[lang]['col.submitted'],
  ];
}

/** Whether writing `rendered` would change what the sheet shows (values and formulas). */
export function differs(rendered: RenderedSheet, snapshot: SheetSnapshot): boolean {
  return firstDifference(rendered, snapshot) !== null;
}

/**
 * The first cell (1-based, row by row) where the sheet does not show what
 * `rendered` would write, leaving out the cells of `skip` (a juror's own
 * cells); null when they agree.
 */
export function firstDifference(
  rendered: RenderedSheet,
  snapshot: SheetSnapshot,
  skip: RangeRef | null = null,
): { row: number; col: number } | null {
  const want = rendered.block.values;
  const wantF = rendered.block.formulas ?? [];
  const skipped = (r: number, c: number) => skip !== null && inRange(skip, r, c);
  const rows = Math.max(want.length, snapshot.values.length);
  for (let r = 0; r < rows; r++) {
    const width = Math.max(want[r]?.length ?? 0, snapshot.values[r]?.length ?? 0);
    for (let c = 0; c < width; c++) {
      if (skipped(r + 1, c + 1)) continue;
      const f = wantF[r]?.[c] ?? null;
      const haveF = snapshot.formulas[r]?.[c] ?? '';
      if (f) {
        if (normFormula(f) !== normFormula(haveF)) return { row: r + 1, col: c + 1 };
        continue;
      }
      if (haveF || !sameCell(want[r]?.[c] ?? null, snapshot.values[r]?.[c] ?? null))
        return { row: r + 1, col: c + 1 };
    }
  }
  return null;
}

/** A formula as written by any tool: spaces and case aside, and TRUE() / FALSE() (LibreOffice) as TRUE / FALSE. */
function normFormula(f: string): string {
  return f
    .replace(/\s+/g, '')
    .toUpperCase()
    .replace(/\b(TRUE|FALSE)\(\)/g, '$1');
}

function sameCell(a: CellValue, b: CellValue): boolean {
  if (isBlankCell(a) && isBlankCell(b)) return true;
  return a === b;
}
