/**
 * Right after the tabs are generated every score cell is empty, and a list
 * of each one would bury the problems that matter. Lists meant for people
 * show one line per tab for its empty cells; --json and the core keep every
 * cell.
 */
import { locate, type LocatedProblem } from '../core/location';
import { say } from '../i18n';
import { workflowMessages } from '../i18n/workflow';

export function collapseMissing(problems: readonly LocatedProblem[]): LocatedProblem[] {
  const missing = new Map<string, LocatedProblem[]>();
  for (const p of problems) {
    if (p.code !== 'score-missing' || !p.sheet) continue;
    missing.set(p.sheet, [...(missing.get(p.sheet) ?? []), p]);
  }
  const out: LocatedProblem[] = [];
  for (const p of problems) {
    const group = p.code === 'score-missing' && p.sheet ? missing.get(p.sheet) : undefined;
    if (!group || group.length === 1) {
      out.push(p);
      continue;
    }
    if (group[0] !== p) continue;
    const params = { cell: p.cell, count: group.length };
    const message = say(workflowMessages, p.cell ? 'missingMany' : 'missingManyNoCell', params);
    out.push(locate({ code: 'scores-missing', severity: p.severity, where: p.where, message }, p));
  }
  return out;
}
