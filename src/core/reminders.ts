/**
 * Who is late, and the reminder the secretariat sends them. Late jurors are
 * chased by e-mail and WhatsApp (docs/domain.md); Juri writes the message and the
 * links, the secretariat clicks them, so no new permission is needed.
 */
import { nameOrId } from './names';
import { fill } from '../i18n';
import { reminderMessages } from '../i18n/reminders';
import { dateInWords, daysBetween, parseDate } from './dateWords';
import type { Competition, Lang } from './model';

/** One juror's tab in one stage, as Check saw it. */
export interface TabProgress {
  stageId: string;
  jurorId: string;
  sheet: string;
  scored: number;
  total: number;
  done: boolean;
  /** The first score cell still empty or invalid ('F7'); '' when none is known. */
  firstOpen: string;
}

export interface LateStage {
  stageId: string;
  stage: string;
  sheet: string;
  missing: number;
  total: number;
  deadline: string;
  daysLate: number;
  firstOpen: string;
  /** A link to the first open cell, where the shell can make one. */
  link: string;
}

export interface Reminder {
  jurorId: string;
  name: string;
  email: string;
  phone: string;
  stages: LateStage[];
  text: string;
  /** mailto: with subject and body. */
  mailto: string;
  /** WhatsApp's share link: to the juror's number when the Setup has one, else the secretariat picks the chat. */
  whatsapp: string;
}

/** Whether a tab is late on `today` (ISO): its stage's deadline has passed and the tab is not done. */
export function daysLate(c: Competition, p: Pick<TabProgress, 'stageId' | 'done'>, today: string): number {
  const deadline = c.stages.find((s) => s.id === p.stageId)?.deadline ?? '';
  if (p.done || deadline === '' || today === '') return 0;
  return Math.max(0, daysBetween(deadline, today));
}

/** '30 November 2026', the way both languages write a date in a letter. */
export function dateText(iso: string, lang: Lang): string {
  const d = parseDate(iso);
  return d === null ? iso : dateInWords(d, lang).short;
}

/**
 * A number as WhatsApp's links want it: digits only, with the country code.
 * Indonesian numbers are typed '0812…', '+62 812…' or '62812…'; '' when it is no phone number.
 */
export function waNumber(phone: string): string {
  const digits = phone.replace(/[^\d+]/g, '');
  const plain = digits.replace(/^\+/, '');
  if (!/^\d{8,15}$/.test(plain)) return '';
  if (digits.startsWith('+')) return plain;
  if (plain.startsWith('0')) return `62${plain.slice(1)}`;
  return plain;
}

export function reminders(
  c: Competition,
  progress: readonly TabProgress[],
  today: string,
  lang: Lang,
  linkOf: (sheet: string, cell: string) => string = () => '',
): Reminder[] {
  const t = reminderMessages[lang];
  const out: Reminder[] = [];
  for (const juror of c.jurors) {
    const stages: LateStage[] = [];
    for (const stage of c.stages) {
      for (const p of progress) {
        if (p.jurorId !== juror.id || p.stageId !== stage.id) continue;
        const late = daysLate(c, p, today);
        if (late <= 0) continue;
        stages.push({
          stageId: stage.id,
          stage: nameOrId(stage),
          sheet: p.sheet,
          missing: p.total - p.scored,
          total: p.total,
          deadline: stage.deadline ?? '',
          daysLate: late,
          firstOpen: p.firstOpen,
          link: p.firstOpen === '' ? '' : linkOf(p.sheet, p.firstOpen),
        });
      }
    }
    if (stages.length === 0) continue;
    const lines = [fill(t.greeting, { name: nameOrId(juror) }), ''];
    for (const s of stages) {
      const params = {
        stage: s.stage,
        missing: s.missing,
        total: s.total,
        tab: s.sheet,
        cell: s.firstOpen || 'A1',
      };
      lines.push(
        s.link === '' ? fill(t.stageLineNoLink, params) : fill(t.stageLine, { ...params, link: s.link }),
      );
      lines.push(fill(t.deadlineLine, { deadline: dateText(s.deadline, lang) }));
    }
    lines.push('', fill(t.closing, { competition: c.name }));
    const text = lines.join('\n');
    const subject = fill(t.subject, { competition: c.name });
    const phone = juror.phone ?? '';
    const number = waNumber(phone);
    out.push({
      jurorId: juror.id,
      name: juror.name,
      email: juror.email,
      phone,
      stages,
      text,
      mailto: `mailto:${encodeURIComponent(juror.email).replace(/%40/g, '@')}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(text)}`,
      whatsapp: `https://wa.me/${number}?text=${encodeURIComponent(text)}`,
    });
  }
  return out;
}
