/**
 * What the command line prints for people: tables per category, problems
 * grouped by juror with their cells, a progress line per juror. Colour only
 * on a terminal (and never with NO_COLOR).
 */
import { cutWithEllipsis } from '../core/ellipsis';
import { integrityMessages } from '../i18n/integrity';
import type { Lang } from '../core/model';
import type { RankingResult } from '../core/result';
import type { Competition } from '../core/model';
import { outputMessages } from '../i18n/output';
import { fill, formatScore, pick } from '../i18n';
import { cliMessages } from '../i18n/cli';
import { cellRef, type LocatedProblem } from '../core/location';
import type { LocatedProgress } from '../workflow/actions';
import { collapseMissing } from '../workflow/collapse';

export interface Style {
  bold(s: string): string;
  red(s: string): string;
  green(s: string): string;
  dim(s: string): string;
}

export function style(colour: boolean): Style {
  const wrap = (open: number, close: number) => (s: string) =>
    colour ? `\u001b[${open}m${s}\u001b[${close}m` : s;
  return { bold: wrap(1, 22), red: wrap(31, 39), green: wrap(32, 39), dim: wrap(2, 22) };
}

/** Display width, counting characters rather than UTF-16 units. */
function width(s: string): number {
  return [...s].length;
}

export function table(header: string[], rows: string[][], align: ('l' | 'r')[]): string {
  const widths = header.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i] ?? ''))));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => {
        const pad = ' '.repeat(widths[i] - width(c));
        return align[i] === 'r' ? pad + c : c + pad;
      })
      .join('  ')
      .trimEnd();
  return [line(header), widths.map((w) => '─'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

export function rankingText(
  result: RankingResult,
  c: Competition,
  lang: Lang,
  fingerprint: string,
  st: Style,
): string {
  const t = cliMessages[lang];
  const blocks = result.categories.map((k) => {
    const rows = k.entries.map((e) => [
      e.place === null ? '–' : String(e.place),
      e.entryId,
      cutWithEllipsis(e.title, 44),
      e.finalScore === null ? '–' : formatScore(e.finalScore, lang),
      e.tie ? t['table.tie'] : '',
      e.advances ? t['table.advances'] : '',
      cutWithEllipsis(pick(e.decidedBy, lang), 40),
    ]);
    return `${st.bold(fill(t['table.category'], { name: k.name }))}\n${table(
      [
        t['table.place'],
        'ID',
        t['table.title'],
        t['table.score'],
        t['table.tie'],
        t['table.advances'],
        t['table.decidedBy'],
      ],
      rows,
      ['r', 'l', 'l', 'r', 'l', 'l', 'l'],
    )}`;
  });
  // A category offered but not run is part of the result: say where its entries went.
  const o = outputMessages[lang];
  const name = (id: string) => c.categories.find((k) => k.id === id)?.name ?? id;
  const dropped = result.dropped.map((d) =>
    fill(d.movedTo ? o['ranking.dropped.moved'] : o['ranking.dropped.awaiting'], {
      category: name(d.categoryId),
      count: d.entries,
      target: name(d.movedTo),
    }),
  );
  const notRun =
    dropped.length > 0
      ? [`${st.bold(o['ranking.dropped'])}\n${dropped.map((line) => `  ${line}`).join('\n')}`]
      : [];
  // An interim ranking says first what it means, before any table is read as final.
  const interim = result.interim ? [st.bold(pick(result.interim.text, lang))] : [];
  return [...interim, ...blocks, ...notRun, st.dim(fill(t.fingerprint, { fingerprint }))].join('\n\n');
}

/** Past this many problems in one group (7,000 Setup errors, say), the rest are counted, not printed. */
export const PROBLEMS_SHOWN = 25;

export function problemsText(
  problems: readonly LocatedProblem[],
  jurorName: (id: string) => string,
  lang: Lang,
  st: Style,
  /** Whether the verb has --json, which lists every problem. */
  options: { json?: boolean } = {},
): string {
  const t = cliMessages[lang];
  const groups = new Map<string, LocatedProblem[]>();
  for (const p of collapseMissing(problems)) {
    const w = p.where;
    const who = w.kind === 'score' || w.kind === 'scoreSheet' ? jurorName(w.jurorId) : t.general;
    const group = groups.get(who);
    if (group) group.push(p);
    else groups.set(who, [p]);
  }
  return [...groups]
    .map(([who, list]) => {
      const lines = list.slice(0, PROBLEMS_SHOWN).map((p) => {
        const mark = p.severity === 'error' ? st.red('✗') : st.dim('!');
        const text = pick(p.text ?? p.message, lang);
        const message = p.sheet ? `${st.bold(cellRef(p.sheet, p.cell))}: ${text}` : text;
        return `  ${mark} ${message}`;
      });
      const more = list.length - lines.length;
      if (more > 0)
        lines.push(st.dim(fill(options.json ? t.moreProblemsJson : t.moreProblems, { count: more })));
      return [fill(t.problemsOf, { who }), ...lines].join('\n');
    })
    .join('\n');
}

export function progressText(
  progress: readonly LocatedProgress[],
  lang: Lang,
  st: Style,
  /** Days past the stage's deadline of a tab not done; none when the command has no deadline to go by. */
  late: (p: LocatedProgress) => number = () => 0,
): string {
  const t = cliMessages[lang];
  return progress
    .map((p) => {
      // A stage whose entrants come from the previous one has none yet: "0/0 done" would say the opposite.
      if (p.total === 0) return `${p.juror} – ${p.stage}: ${st.dim(t.notStarted)}`;
      const line = fill(t.progress, { juror: p.juror, stage: p.stage, scored: p.scored, total: p.total });
      const days = late(p);
      const lateText = days > 0 ? `  ${st.red(fill(t.late, { days }))}` : '';
      const state = integrityMessages[lang][`state.${p.state}`];
      const shown =
        p.state === 'submitted' ? st.green(state) : p.state === 'complete' ? state : st.red(state);
      return `${line}  ${shown}${lateText}`;
    })
    .join('\n');
}
