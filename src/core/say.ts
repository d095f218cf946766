/** The problems of the core: each code says itself with its one message (i18n/problems.ts). */
import type { Problem, Severity, Text, Where } from './model';
import { say, type SayParams } from '../i18n';
import { PROBLEM_MESSAGES, type ProblemCode } from '../i18n/problems';

export { say, type SayParams } from '../i18n';

/** The message of a problem code, in both languages. */
export function problemText(code: ProblemCode, params: SayParams = {}): Text {
  const { catalogue, key } = PROBLEM_MESSAGES[code];
  return say(catalogue, key, params);
}

export function problem(
  code: ProblemCode,
  severity: Severity,
  where: Where,
  params: SayParams = {},
): Problem {
  return { code, severity, where, message: problemText(code, params) };
}
