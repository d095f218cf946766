/**
 * Right after the tabs are generated every score cell is empty, and a list
 * of each one would bury the problems that matter. Lists meant for people
 * show one line per tab for its empty cells; --json and the core keep every
 * cell.
 */
import type { PlacedProblem } from '../workbook/problems';
import { textOf } from '../i18n';
import { workflowMessages } from '../i18n/workflow';

export function collapseMissing(problems: readonly PlacedProblem[]): PlacedProblem[] {
  const missing = new Map<string, PlacedProblem[]>();
  for (const p of problems) {
    if (p.code !== 'score-missing' || !p.sheet) continue;
    missing.set(p.sheet, [...(missing.get(p.sheet) ?? []), p]);
  }
  const out: PlacedProblem[] = [];
  for (const p of problems) {
    const group = p.code === 'score-missing' && p.sheet ? missing.get(p.sheet) : undefined;
    if (!group || group.length === 1) {
      out.push(p);
      continue;
    }
    if (group[0] !== p) continue;
    const params = { sheet: p.sheet, cell: p.cell, count: group.length };
    out.push({
      ...p,
      code: 'scores-missing',
      message: textOf(workflowMessages, p.cell ? 'missingMany' : 'missingManyNoCell', params),
    });
  }
  return out;
}
