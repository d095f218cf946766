/**
 * The plenary list of a stage (Bahan pleno): each item to discuss, with three
 * columns the secretariat fills in during the plenary: the decision, the place
 * or advancement it sets, and the reason. The sheet is regenerated with the
 * data, and what was typed in those columns is carried over by item; typing
 * for an item that no longer appears is kept at the bottom, never dropped.
 * A decision becomes a manual adjustment only when the user confirms it.
 */
import { isBlankCell } from '../../core/cells';
import type { PlenaryItem, PlenaryKind } from '../../core/plenary';
import type { Adjustment, Competition, Lang, Stage, Where } from '../../core/model';
import { fill } from '../../i18n';
import { documentActionMessages, documentMessages } from '../../i18n/documents';
import { setupSheetLabels } from '../../i18n/setupSheet';
import { a1 } from '../a1';
import type { CellValue, SheetSnapshot, Validation } from '../port';
import { locate, type LocatedProblem } from '../../core/location';
import { problem } from '../../core/say';
import type { RenderedSheet } from '../render';
import { cellText, normalizeLabel, readNumber, readYesNo } from '../setup/cells';
import { ACTIONS } from '../setup/layout';
import { documentSheetName, fingerprintLine, footer, stageHeading, t, type DocumentContext } from './common';
import { paperGrid } from './paper';

const WIDTHS = [28, 82, 40, 140, 160, 92, 62, 110];
const KINDS: PlenaryKind[] = ['cut', 'tie', 'disagreement', 'leaveOut'];
/** Columns (1-based) of the item's kind, its entry id, and the three typed ones. */
const COL = { kind: 2, id: 3, title: 4, decision: 6, value: 7, reason: 8 } as const;

export type Decision = Adjustment['kind'] | 'keep';

/** What the secretariat typed for one item. */
export interface TypedDecision {
  kind: PlenaryKind;
  entryId: string;
  decision: CellValue;
  value: CellValue;
  reason: CellValue;
  /** 1-based row on the sheet it was read from. */
  row: number;
}

/** A decision as the minutes cite it, and the adjustment it becomes. */
export interface PlenaryDecision {
  entryId: string;
  title: string;
  decisionText: string;
  reason: string;
  adjustment: Adjustment | null;
  /** The Setup already lists its adjustment (or it needs none). */
  recorded: boolean;
}

function kindLabel(kind: PlenaryKind, lang: Lang): string {
  return documentMessages[lang][`plenary.kind.${kind}`];
}

function kindOf(v: CellValue): PlenaryKind | null {
  const key = normalizeLabel(v);
  return (
    KINDS.find((k) => (['id', 'en'] as const).some((l) => normalizeLabel(kindLabel(k, l)) === key)) ?? null
  );
}

function decisionLabel(d: Decision, lang: Lang): string {
  if (d === 'keep') return documentMessages[lang]['plenary.decision.keep'];
  const choice = ACTIONS.find((a) => a.value === d)!;
  return setupSheetLabels[lang][choice.label];
}

const DECISIONS: Decision[] = ['keep', 'move', 'exclude', 'advance'];

function decisionOf(v: CellValue): Decision | null {
  const key = normalizeLabel(v);
  const found = DECISIONS.find((d) =>
    (['id', 'en'] as const).some((l) => normalizeLabel(decisionLabel(d, l)) === key),
  );
  if (found) return found;
  return ACTIONS.find((a) => (a.aliases ?? []).some((x) => normalizeLabel(x) === key))?.value ?? null;
}

/** Every item row of a plenary list that has something typed in its decision columns. */
export function readPlenary(snapshot: SheetSnapshot): TypedDecision[] {
  const out: TypedDecision[] = [];
  snapshot.values.forEach((row, r) => {
    const kind = kindOf(row[COL.kind - 1] ?? null);
    const entryId = cellText(row[COL.id - 1] ?? null);
    if (!kind || entryId === '') return;
    const [decision, value, reason] = [COL.decision, COL.value, COL.reason].map((c) => row[c - 1] ?? null);
    if ([decision, value, reason].every(isBlankCell)) return;
    out.push({ kind, entryId, decision, value, reason, row: r + 1 });
  });
  return out;
}

function same(a: Adjustment, b: Adjustment): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * The decisions typed on a stage's plenary list, each with the adjustment it
 * becomes (the reason says it was the plenary's), and what was typed wrong,
 * located at its cell.
 */
export function plenaryDecisions(
  typed: readonly TypedDecision[],
  c: Competition,
  stage: Stage,
  sheet: string,
): { decisions: PlenaryDecision[]; problems: LocatedProblem[] } {
  const lang = c.lang;
  const decisions: PlenaryDecision[] = [];
  const problems: LocatedProblem[] = [];
  const seen = new Set<string>();
  const report = (
    row: number,
    col: number,
    code: 'plenary-decision-unknown' | 'plenary-decision-no-reason' | 'plenary-decision-bad-value',
    params: Record<string, string>,
  ) => {
    const where: Where = { kind: 'table', table: 'adjustments', index: -1 };
    problems.push(locate(problem(code, 'error', where, params), { sheet, cell: a1(row, col) }));
  };
  for (const d of typed) {
    const entry = c.entries.find((e) => e.id === d.entryId);
    const title = entry?.title ?? d.entryId;
    if (isBlankCell(d.decision)) continue;
    const decision = decisionOf(d.decision);
    const shown = cellText(d.decision);
    if (decision === null) {
      report(d.row, COL.decision, 'plenary-decision-unknown', {
        value: shown,
        choices: DECISIONS.map((x) => decisionLabel(x, lang)).join(', '),
      });
      continue;
    }
    const reasonTyped = cellText(d.reason);
    if (reasonTyped === '') {
      report(d.row, COL.reason, 'plenary-decision-no-reason', { decision: shown, title });
      continue;
    }
    // One entry may appear as several items; one decision about it is enough.
    if (seen.has(`${d.entryId}\u0000${decision}`)) continue;
    seen.add(`${d.entryId}\u0000${decision}`);
    const reason = fill(documentMessages[lang]['plenary.reason'], { stage: stage.name, reason: reasonTyped });
    const badValue = (need: string) =>
      report(d.row, COL.value, 'plenary-decision-bad-value', {
        decision: shown,
        title,
        need,
        value: cellText(d.value),
      });
    let adjustment: Adjustment | null = null;
    if (decision === 'move') {
      const n = readNumber(d.value);
      if (n.kind !== 'value' || !Number.isInteger(n.value) || n.value < 1) {
        badValue(documentActionMessages[lang].needPlace);
        continue;
      }
      adjustment = { kind: 'move', entryId: d.entryId, toPlace: n.value, reason };
    } else if (decision === 'advance') {
      const yes = readYesNo(d.value);
      if (yes.kind !== 'value') {
        badValue(documentActionMessages[lang].needYesNo);
        continue;
      }
      adjustment = { kind: 'advance', entryId: d.entryId, advances: yes.value, reason };
    } else if (decision === 'exclude') adjustment = { kind: 'exclude', entryId: d.entryId, reason };
    decisions.push({
      entryId: d.entryId,
      title,
      decisionText:
        decision === 'move' || decision === 'advance'
          ? `${decisionLabel(decision, lang)} ${cellText(d.value)}`
          : decisionLabel(decision, lang),
      reason: reasonTyped,
      adjustment,
      recorded: adjustment === null || c.adjustments.some((a) => same(a, adjustment!)),
    });
  }
  return { decisions, problems };
}

export function renderPlenary(
  ctx: DocumentContext,
  stage: Stage,
  items: readonly PlenaryItem[],
  typed: readonly TypedDecision[],
): RenderedSheet {
  const name = documentSheetName('plenary', stage, ctx.lang);
  const g = paperGrid(WIDTHS, ctx.settings.paper);
  const title = t(ctx, 'plenary.title');
  stageHeading(g, ctx, title, stage);
  g.paragraph(t(ctx, 'plenary.intro'));
  g.blank();
  const header = [
    t(ctx, 'col.no'),
    t(ctx, 'col.item'),
    'ID',
    t(ctx, 'col.title'),
    t(ctx, 'col.detail'),
    t(ctx, 'col.decision'),
    t(ctx, 'col.value'),
    t(ctx, 'col.reason'),
  ];
  const first = g.row(header, { bold: true, background: '#e8eaed' });
  g.repeatLastRow();
  const byKey = new Map(typed.map((d) => [`${d.kind}\u0000${d.entryId}`, d]));
  const used = new Set<string>();
  const titleOf = (id: string) => ctx.c.entries.find((e) => e.id === id)?.title ?? '';
  const typedCells = (d: TypedDecision | undefined): CellValue[] => [
    d?.decision ?? null,
    d?.value ?? null,
    d?.reason ?? null,
  ];
  const yellow = '#fff2cc';
  let n = 0;
  for (const item of items) {
    const key = `${item.kind}\u0000${item.entryId}`;
    used.add(key);
    n += 1;
    g.row(
      [
        n,
        kindLabel(item.kind, ctx.lang),
        item.entryId,
        titleOf(item.entryId),
        item.detail[ctx.lang],
        ...typedCells(byKey.get(key)),
      ],
      { textCols: [1, 2, 3, 4, 5, 6, 7], highlight: { from: 5, to: 7, color: yellow } },
    );
  }
  if (items.length === 0) g.paragraph(t(ctx, 'plenary.none'));
  const last = first + items.length;
  const left = typed.filter((d) => !used.has(`${d.kind}\u0000${d.entryId}`));
  if (left.length > 0) {
    g.blank();
    g.paragraph(t(ctx, 'plenary.previous'), { bold: true });
    for (const d of left) {
      n += 1;
      g.row([n, kindLabel(d.kind, ctx.lang), d.entryId, titleOf(d.entryId), '', ...typedCells(d)], {
        textCols: [1, 2, 3, 4, 5, 6, 7],
        highlight: { from: 5, to: 7, color: yellow },
      });
    }
  }
  g.blank();
  fingerprintLine(g, ctx);
  const sheet = g.build(name, footer(ctx, name));
  const values = DECISIONS.map((d) => decisionLabel(d, ctx.lang));
  const validations: Validation[] =
    items.length === 0
      ? []
      : [
          {
            range: { row: first + 1, col: COL.decision, numRows: last - first, numCols: 1 },
            rule: { kind: 'list', values, helpText: t(ctx, 'plenary.help') },
          },
        ];
  return { ...sheet, validations };
}
