/**
 * Right after the tabs are generated every score cell is empty, and a list
 * of each one would bury the problems that matter. Lists meant for people
 * show one line per tab for its empty cells; --json and the core keep every
 * cell.
 */
import { locate, type LocatedProblem } from '../core/location';
import { problem } from '../core/say';

/** An empty score cell, or a row of scores missing from the tab. */
function isMissing(p: LocatedProblem): boolean {
  return p.code === 'score-missing' || p.code === 'score-row-missing';
}

export function collapseMissing(problems: readonly LocatedProblem[]): LocatedProblem[] {
  const missing = new Map<string, LocatedProblem[]>();
  for (const p of problems) {
    if (!isMissing(p) || !p.sheet) continue;
    missing.set(p.sheet, [...(missing.get(p.sheet) ?? []), p]);
  }
  const out: LocatedProblem[] = [];
  for (const p of problems) {
    const group = isMissing(p) && p.sheet ? missing.get(p.sheet) : undefined;
    if (!group || group.length === 1) {
      out.push(p);
      continue;
    }
    if (group[0] !== p) continue;
    const params = { cell: p.cell, count: group.length };
    const code = p.cell ? 'scores-missing' : 'scores-missing-no-cell';
    out.push(locate(problem(code, p.severity, p.where, params), p));
  }
  return out;
}
