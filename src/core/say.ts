/** The problems of the core, with their two-language message (built by `say`). */
import type { Problem, Severity, Text, Where } from './model';

export { say, type SayParams } from '../i18n';

export function problem(code: string, severity: Severity, where: Where, message: Text): Problem {
  return { code, severity, where, message };
}
