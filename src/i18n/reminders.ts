import type { Catalogue } from './index';

/** Reminders to late jurors: the message the secretariat sends, and how the lists say who is late. */
type ReminderKey =
  | 'greeting'
  | 'stageLine'
  | 'stageLineNoLink'
  | 'deadlineLine'
  | 'closing'
  | 'subject'
  | 'late'
  | 'lateDays'
  | 'noneLate'
  | 'someLate'
  | 'noDeadline';

export const reminderMessages: Catalogue<ReminderKey> = {
  id: {
    greeting: 'Yth. {name},',
    stageLine:
      '- Tahap {stage}: {missing} dari {total} inovasi belum dinilai lengkap di tab "{tab}", mulai sel {cell}: {link}',
    stageLineNoLink:
      '- Tahap {stage}: {missing} dari {total} inovasi belum dinilai lengkap di tab "{tab}", mulai sel {cell}.',
    deadlineLine: '  Batas waktunya {deadline}.',
    closing:
      'Mohon penilaian {competition} dilengkapi, lalu centang "Selesai" bila ada. Terima kasih.\nSekretariat {competition}',
    subject: 'Pengingat penilaian {competition}',
    late: 'terlambat',
    lateDays: 'terlambat {days} hari (batas {deadline})',
    noneLate: 'Tidak ada juri yang terlambat per {today}.',
    someLate: 'Juri yang terlambat per {today}: {count}. Kirim pengingat lewat email atau WhatsApp di bawah.',
    noDeadline: 'Belum ada batas waktu tahap di Pengaturan (kolom "Batas waktu" tabel Tahap).',
  },
  en: {
    greeting: 'Dear {name},',
    stageLine:
      '- Stage {stage}: {missing} of {total} {total|entry|entries} {missing|is|are} not fully scored in tab "{tab}", from cell {cell}: {link}',
    stageLineNoLink:
      '- Stage {stage}: {missing} of {total} {total|entry|entries} {missing|is|are} not fully scored in tab "{tab}", from cell {cell}.',
    deadlineLine: '  The deadline is {deadline}.',
    closing:
      'Please complete your scores for {competition}, then tick "Submitted" where there is one. Thank you.\nThe secretariat of {competition}',
    subject: 'Reminder: scores for {competition}',
    late: 'late',
    lateDays: '{days} {days|day|days} late (deadline {deadline})',
    noneLate: 'No juror is late as of {today}.',
    someLate: 'Jurors late as of {today}: {count}. Send the reminders by email or WhatsApp below.',
    noDeadline: 'No stage has a deadline in the Setup yet (the "Deadline" column of the Stages table).',
  },
};
