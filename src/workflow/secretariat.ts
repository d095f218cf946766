/**
 * Who may run an action that writes: the secretariat listed in the Setup,
 * and the spreadsheet's owner. Checked before anything is written, so that
 * a juror or a stranger who opens the menu is told why, and nothing changes.
 */
import { cellRef } from '../core/location';
import type { Competition } from '../core/model';
import { say } from '../i18n';
import { workflowMessages } from '../i18n/workflow';
import type { SpreadsheetPort } from '../workbook/port';
import { fail, type ActionOutcome } from './outcome';
import type { Workbook } from './workbook';

function sameEmail(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

/** Null when the person running the action may write; else the outcome that refuses them. */
export function refuseNonMember(port: SpreadsheetPort, wb: Workbook, c: Competition): ActionOutcome | null {
  const email = port.user?.();
  if (email === undefined) return null;
  const listed = c.secretariatEmails.filter((e) => e.trim() !== '');
  // A Setup that names no secretariat leaves the spreadsheet's sharing to decide.
  if (listed.length === 0 || listed.some((e) => sameEmail(e, email))) return null;
  if (port.isOwner?.()) return null;
  const at = wb.setup?.locate({ kind: 'competition', field: 'secretariatEmails' });
  return fail(
    say(workflowMessages, 'notSecretariat', {
      email: email || '?',
      ref: cellRef(at?.sheet ?? wb.setupName ?? '', at?.cell ?? ''),
    }),
  );
}
