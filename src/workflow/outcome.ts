/** What every workflow action answers, and the Setup it needs before it can act. */
import type { Competition, Text } from '../core/model';
import { say } from '../i18n';
import { workflowMessages } from '../i18n/workflow';
import type { LocatedProblem } from '../core/location';
import { isError, type Workbook } from './workbook';

export interface ActionOutcome {
  ok: boolean;
  message: Text;
  problems: LocatedProblem[];
}

export function fail(message: Text, problems: LocatedProblem[] = []): ActionOutcome {
  return { ok: false, message, problems };
}

/** The Setup of the workbook, or the outcome that explains why there is none usable. */
export function usableSetup(wb: Workbook): { c: Competition } | { outcome: ActionOutcome } {
  if (!wb.setup) return { outcome: fail(say(workflowMessages, 'noSetup')) };
  const errors = wb.setup.problems.filter(isError);
  if (errors.length > 0) {
    return {
      outcome: fail(say(workflowMessages, 'setupHasErrors', { count: errors.length }), wb.setup.problems),
    };
  }
  return { c: wb.setup.competition };
}
