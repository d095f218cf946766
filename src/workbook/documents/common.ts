/**
 * What the official documents share: their sheet names (and how Juri knows
 * its own), the context they are written from, the letterhead, the note on a
 * document made with the user's consent, and the signature blocks.
 */
import type { CalendarDate } from '../../core/dateWords';
import { dateInWords } from '../../core/dateWords';
import { cutWithEllipsis } from '../../core/ellipsis';
import { roleOf } from '../../core/documentSettings';
import type { Competition, DocumentSettings, Juror, Lang, ScoreSheet, Stage } from '../../core/model';
import type { RankingResult } from '../../core/result';
import type { StageRun } from '../../core/standings';
import { fill } from '../../i18n';
import { documentMessages, type DocumentKey } from '../../i18n/documents';
import { MAX_TAB_NAME } from '../jurorTab/layout';
import type { SheetSnapshot } from '../port';
import { JUROR_ROLES, choiceLabel } from '../setup/layout';
import type { PaperGrid } from './paper';

export type DocumentKind = 'minutes' | 'recap' | 'scoreSheets' | 'plenary';

/** Everything a document is written from: one computation, shared by all of them. */
export interface DocumentContext {
  c: Competition;
  lang: Lang;
  settings: DocumentSettings;
  result: RankingResult;
  runs: StageRun[];
  /** The juror tabs as read: the Lembar Penilaian prints each juror's scores as typed. */
  sheets: ScoreSheet[];
  /** As the Ranking sheet prints it: 'abcd-… (SHA-256 …)'. */
  fingerprint: string;
  short: string;
  date: CalendarDate;
  /** Printed on every document made with the user's consent; null when none was needed. */
  status: string | null;
}

const KEY: Record<DocumentKind, DocumentKey> = {
  minutes: 'sheet.minutes',
  recap: 'sheet.recap',
  scoreSheets: 'sheet.scoreSheets',
  plenary: 'sheet.plenary',
};

/**
 * Tab names fit Excel's 31 characters with room for the 7 of the suffix a
 * sheet carries while it is swapped in (' (baru)'): the stage's name is cut,
 * the document's kind never.
 */
const NAME_ROOM = MAX_TAB_NAME - 7;

export function documentSheetName(kind: DocumentKind | 'final', stage: Stage | null, lang: Lang): string {
  const t = documentMessages[lang];
  if (kind === 'final' || stage === null) return t['sheet.minutesFinal'];
  const template = t[KEY[kind]];
  const room = NAME_ROOM - [...fill(template, { stage: '' })].length;
  const clean = stage.name
    .replace(/[[\]:*?/\\]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
  return fill(template, { stage: cutWithEllipsis(clean, room) });
}

/** Every name a document of this competition may have, in either language. */
export function documentSheetNames(stages: readonly Stage[]): Set<string> {
  const kinds: DocumentKind[] = ['minutes', 'recap', 'scoreSheets', 'plenary'];
  const names = new Set<string>();
  for (const lang of ['id', 'en'] as const) {
    names.add(documentSheetName('final', null, lang));
    for (const s of stages) for (const k of kinds) names.add(documentSheetName(k, s, lang));
  }
  return names;
}

/** A document Juri wrote carries its fingerprint line; a sheet without it is the user's own. */
export function isJuriDocument(snapshot: SheetSnapshot): boolean {
  const labels = (['id', 'en'] as const).map((l) => documentMessages[l].fingerprint.split('{')[0]);
  return snapshot.values.some((row) => labels.some((label) => String(row[0] ?? '').startsWith(label)));
}

export function t(
  ctx: DocumentContext,
  key: DocumentKey,
  params: Record<string, string | number> = {},
): string {
  return fill(documentMessages[ctx.lang][key], params);
}

export function roleText(j: Juror, lang: Lang): string {
  return choiceLabel(JUROR_ROLES, roleOf(j), lang);
}

export function dateText(ctx: DocumentContext): string {
  return dateInWords(ctx.date, ctx.lang).short;
}

/** Text of a place the secretariat did not fill in: a dotted line to write on. */
export function orBlank(ctx: DocumentContext, text: string): string {
  return text.trim() === '' ? t(ctx, 'blank') : text;
}

export function letterhead(g: PaperGrid, ctx: DocumentContext): void {
  if (ctx.settings.letterhead.length === 0) return;
  for (const line of ctx.settings.letterhead) g.paragraph(line, { bold: true, center: true });
  g.blank();
}

export function statusNote(g: PaperGrid, ctx: DocumentContext): void {
  if (ctx.status) g.paragraph(ctx.status, { bold: true, background: '#fce8e6' });
}

/** The head of a stage's document: its title, the stage, the competition and year, and the status note. */
export function stageHeading(g: PaperGrid, ctx: DocumentContext, title: string, stage: Stage): void {
  g.paragraph(title, { bold: true, center: true });
  g.paragraph(t(ctx, 'minutes.stage', { stage: stage.name.toUpperCase() }), { bold: true, center: true });
  g.paragraph(`${ctx.c.name} ${ctx.c.year}`, { center: true });
  g.blank();
  statusNote(g, ctx);
}

export function fingerprintLine(g: PaperGrid, ctx: DocumentContext): void {
  g.paragraph(t(ctx, 'fingerprint', { fingerprint: ctx.fingerprint }));
}

export function footer(ctx: DocumentContext, title: string): string {
  return t(ctx, 'footer', { title, fingerprint: ctx.short });
}

/** One person's signature: the role line, room to sign, the name and the number. */
export function signatureBlock(
  g: PaperGrid,
  ctx: DocumentContext,
  heading: string,
  name: string,
  nip: string,
  nipKey: 'nip' | 'approverNip' = 'nip',
): void {
  g.paragraph(heading);
  g.blank(40);
  g.paragraph(orBlank(ctx, name), { bold: true });
  g.paragraph(nip.trim() === '' ? '' : t(ctx, nipKey, { nip: nip.trim() }));
}

export function placeAndDate(g: PaperGrid, ctx: DocumentContext): void {
  g.paragraph(t(ctx, 'placeDate', { place: orBlank(ctx, ctx.settings.place), date: dateText(ctx) }));
}

/** The jurors of a stage (every stage for null): those assigned an entry or holding a score. */
export function jurorsOf(ctx: DocumentContext, stage: Stage | null): Juror[] {
  const ids = new Set(
    ctx.runs
      .filter((r) => stage === null || r.stage.id === stage.id)
      .flatMap((r) => [...Object.keys(r.assignment), ...r.totals.byJuror.keys()]),
  );
  return ctx.c.jurors.filter((j) => ids.has(j.id));
}

/** The reason a juror gave for withdrawing from an entry in their tab (Conflict / Abstain); null when they did not. */
export function withdrew(
  ctx: DocumentContext,
  stageId: string,
  jurorId: string,
  entryId: string,
): string | null {
  const row = ctx.sheets
    .find((s) => s.stageId === stageId && s.jurorId === jurorId)
    ?.rows.find((r) => r.entryId === entryId);
  return row?.recused ? (row.recusalReason ?? '').trim() || '—' : null;
}
