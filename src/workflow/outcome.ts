/** What every workflow action answers, and the Setup it needs before it can act. */
import type { Competition, Text } from '../core/model';
import { textOf } from '../i18n';
import { workflowMessages } from '../i18n/workflow';
import type { PlacedProblem } from '../workbook/problems';
import { isError, type Workbook } from './workbook';

export interface ActionOutcome {
  ok: boolean;
  message: Text;
  problems: PlacedProblem[];
}

export function fail(message: Text, problems: PlacedProblem[] = []): ActionOutcome {
  return { ok: false, message, problems };
}

/** The Setup of the workbook, or the outcome that explains why there is none usable. */
export function usableSetup(wb: Workbook): { c: Competition } | { outcome: ActionOutcome } {
  if (!wb.setup) return { outcome: fail(textOf(workflowMessages, 'noSetup')) };
  const errors = wb.setup.problems.filter(isError);
  if (errors.length > 0) {
    return {
      outcome: fail(textOf(workflowMessages, 'setupHasErrors', { count: errors.length }), wb.setup.problems),
    };
  }
  return { c: wb.setup.competition };
}
