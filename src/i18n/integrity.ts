/**
 * The juror's integrity: declared conflicts, the pakta integritas, recusal,
 * submitting and reopening a tab, and the change log. Labels of the juror
 * tab's integrity cells and every message about them, in both languages.
 */
import type { Catalogue } from './index';

const integrityId = {
  // ---- Setup: conflicts of interest and agencies
  conflictJurorUnknown:
    'Konflik kepentingan baris {row}: ID juri "{value}" tidak ada di tabel Juri. Tulis ID juri yang terdaftar.',
  conflictEntryUnknown:
    'Konflik kepentingan baris {row}: ID inovasi "{value}" tidak ada di tabel Inovasi. Tulis ID inovasi yang terdaftar.',
  conflictNoReason:
    'Konflik kepentingan baris {row}: alasannya masih kosong. Tulis alasannya (misalnya "suami bekerja di instansi peserta"), karena alasan ini dicatat di berita acara.',
  agencyLookAlike:
    'Instansi juri {juror} "{a}" mirip dengan instansi peserta "{b}" (inovasi {entry}), tetapi tidak dianggap sama, sehingga juri itu tetap dapat ditugaskan menilainya. Jika keduanya instansi yang sama, samakan penulisannya; jika berbeda, abaikan peringatan ini.',
  pairDeclared:
    '{juror} menyatakan konflik kepentingan dengan inovasi "{name}" di Pengaturan, sehingga tidak lagi menilainya di tahap {stage}. Buat tab juri lagi agar barisnya pindah ke arsip.',
  scoreDeclared:
    'Tab {juror} tahap {stage} memuat inovasi "{entry}", padahal konflik kepentingannya dengan inovasi itu tercatat di Pengaturan, sehingga nilainya tidak dihitung. Buat tab juri lagi agar barisnya pindah ke arsip.',

  // ---- Recusal
  recusalNoReason:
    '{juror} menyatakan konflik/abstain untuk inovasi "{entry}" di tahap {stage}, tetapi alasannya kosong. Tulis alasannya di kolom "Alasan" baris yang sama.',
  recusalScoresIgnored:
    '{juror} menyatakan konflik/abstain untuk inovasi "{entry}" di tahap {stage}, tetapi baris itu masih berisi nilai. Nilai itu tidak dihitung; kosongkan nilainya, atau hapus centang konflik/abstain jika juri tetap menilai.',
  recusalSubstitute:
    'Inovasi "{entry}" di tahap {stage} tinggal dinilai {count} dari {k} juri karena {juror} abstain. Untuk menugaskan {substitute} sebagai juri pengganti untuk inovasi ini saja, tanpa memindahkan nilai yang sudah diisi, {@generate}.',
  recusalShort:
    'Inovasi "{entry}" di tahap {stage} hanya dinilai {count} dari {k} juri karena ada juri yang abstain, dan tidak ada juri lain yang dapat menggantikannya. Nilainya dirata-rata dari juri yang menilai; tambahkan juri ke tahap ini jika perlu.',

  // ---- Juror tab: labels
  'tab.pakta': 'Pakta integritas (centang)',
  'tab.paktaText':
    'Pakta integritas: saya menilai secara objektif dan independen; saya tidak mempunyai hubungan keluarga, pekerjaan atau keuangan dengan peserta yang saya nilai, atau saya menyatakannya dan mundur dari penilaian inovasi itu; saya menjaga kerahasiaan nilai; dan saya tidak menerima hadiah dalam bentuk apa pun.',
  'tab.date': 'Tanggal',
  'tab.submit': 'Selesai (centang)',
  'tab.reopen': 'Buka kembali: alasan (sekretariat)',
  'tab.reopened': 'Dibuka kembali',
  'tab.submittedAt': 'Diserahkan',
  'tab.fingerprint': 'Sidik jari',
  'col.recusal': 'Konflik / Abstain',
  'col.recusalReason': 'Alasan',
  'col.submitted': 'Nilai saat diserahkan (dicatat Juri)',
  'tab.recused': 'Abstain',
  'help.checkbox': 'Centang kotak ini.',
  'help.date': 'Isi tanggal, misalnya 29/11/2026.',

  // ---- Check
  paktaMissing:
    '{juror} belum mencentang pakta integritas untuk tahap {stage}. Juri membaca pakta di baris 1, lalu mencentang kotak ini dan mengisi tanggalnya.',
  paktaNoDate:
    'pakta integritas {juror} sudah dicentang tetapi tanggalnya kosong. Isi tanggal penandatanganan di sel ini.',
  submitNotReady:
    '{juror} mencentang "Selesai", tetapi tabnya belum dapat diserahkan: {reason}. Penyerahan dicatat setelah semua itu beres.',
  'notReady.incomplete': 'masih ada nilai yang kosong atau tidak sah',
  'notReady.pakta': 'pakta integritas belum dicentang dengan tanggalnya',
  tampered:
    'tab ini sudah diserahkan {at}, tetapi isi sel ini berubah dari "{old}" menjadi "{now}". Kembalikan isinya, atau sekretariat membuka kembali tab ini dengan alasannya di {reopen}.',
  tamperedRow:
    'tab ini sudah diserahkan {at}, tetapi baris inovasi {entry} tidak ada lagi seperti saat diserahkan. Kembalikan barisnya, atau sekretariat membuka kembali tab ini dengan alasannya di {reopen}.',
  recordAltered:
    'catatan penyerahan tab ini tidak cocok lagi dengan sidik jarinya: ada yang mengubah kolom "Nilai saat diserahkan" atau sidik jarinya. Sekretariat membuka kembali tab ini dengan alasannya di {reopen}, lalu juri menyerahkannya lagi.',
  logFailed:
    'catatan perubahan terakhir tidak dapat ditulis ({when}): {error}. Perubahan nilai sejak saat itu mungkin tidak tercatat di lembar Log. Periksa apakah lembar Log dihapus atau diproteksi ulang, lalu {@check} lagi.',
  recorded: '{count} tab dicatat sebagai diserahkan, {reopened} tab dibuka kembali.',

  // ---- Progress states
  'state.inProgress': 'sedang dinilai',
  'state.complete': 'lengkap, belum diserahkan',
  'state.submitted': 'diserahkan',

  // ---- Log sheet
  'log.sheet': 'Log',
  'log.title': 'Catatan perubahan tab juri (ditulis Juri; jangan diubah)',
  'log.time': 'Waktu',
  'log.user': 'Pengguna',
  'log.tab': 'Tab',
  'log.cell': 'Sel',
  'log.entry': 'Inovasi',
  'log.criterion': 'Kriteria',
  'log.old': 'Nilai lama',
  'log.new': 'Nilai baru',
  'log.protection': 'Catatan perubahan: hanya Juri yang menulis di sini',
  'log.failed': 'GAGAL MENCATAT',

  // ---- Recap
  'recap.integrity': 'Integritas juri',
  'recap.juror': 'Juri',
  'recap.stage': 'Tahap',
  'recap.pakta': 'Pakta integritas',
  'recap.submitted': 'Diserahkan',
  'recap.reopened': 'Dibuka kembali',
  'recap.recusals': 'Konflik / abstain',
  'recap.no': 'belum',
} as const;

export type IntegrityMessage = keyof typeof integrityId;

const integrityEn: Record<IntegrityMessage, string> = {
  conflictJurorUnknown:
    'Conflicts of interest row {row}: juror ID "{value}" is not in the Jurors table. Write the ID of a listed juror.',
  conflictEntryUnknown:
    'Conflicts of interest row {row}: entry ID "{value}" is not in the Entries table. Write the ID of a listed entry.',
  conflictNoReason:
    'Conflicts of interest row {row}: the reason is empty. Write the reason (for example "spouse works at the entrant agency"): it goes into the minutes.',
  agencyLookAlike:
    'Juror {juror}\'s agency "{a}" looks like the entrant agency "{b}" (entry {entry}) but is not taken as the same, so that juror may still be assigned to score it. If both are the same agency, spell them alike; if they differ, ignore this warning.',
  pairDeclared:
    '{juror} declared a conflict of interest with entry "{name}" in the Setup, so they no longer score it in stage {stage}. Generate the juror tabs again to move its row to the archive.',
  scoreDeclared:
    'The tab of {juror} for stage {stage} lists entry "{entry}", although their conflict of interest with it is declared in the Setup, so its scores do not count. Generate the juror tabs again to move its row to the archive.',

  recusalNoReason:
    '{juror} declared a conflict/abstention for entry "{entry}" in stage {stage}, but the reason is empty. Write the reason in the "Reason" column of the same row.',
  recusalScoresIgnored:
    '{juror} declared a conflict/abstention for entry "{entry}" in stage {stage}, but the row still holds scores. They do not count; clear them, or untick the conflict/abstention if the juror does score it.',
  recusalSubstitute:
    'Entry "{entry}" in stage {stage} is scored by only {count} of {k} {k|juror|jurors} because {juror} abstained. To assign {substitute} as a substitute juror for this entry only, with no typed score moved, {@generate}.',
  recusalShort:
    'Entry "{entry}" in stage {stage} is scored by only {count} of {k} {k|juror|jurors} because of an abstention, and no other juror can take it. Its score is the mean of the jurors who scored it; add jurors to this stage if needed.',

  'tab.pakta': 'Integrity pact (tick)',
  'tab.paktaText':
    'Integrity pact: I judge objectively and independently; I have no family, work or financial tie to an entrant I score, or I declare it and withdraw from scoring that entry; I keep the scores confidential; and I accept no gift of any kind.',
  'tab.date': 'Date',
  'tab.submit': 'Submitted (tick)',
  'tab.reopen': 'Reopen: reason (secretariat)',
  'tab.reopened': 'Reopened',
  'tab.submittedAt': 'Submitted at',
  'tab.fingerprint': 'Fingerprint',
  'col.recusal': 'Conflict / Abstain',
  'col.recusalReason': 'Reason',
  'col.submitted': 'Scores as submitted (recorded by Juri)',
  'tab.recused': 'Abstain',
  'help.checkbox': 'Tick this box.',
  'help.date': 'Type the date, for example 2026-11-29.',

  paktaMissing:
    '{juror} has not ticked the integrity pact for stage {stage}. The juror reads the pact in row 1, then ticks this box and fills in the date.',
  paktaNoDate:
    "{juror}'s integrity pact is ticked but the date is empty. Fill in the date it was signed in this cell.",
  submitNotReady:
    '{juror} ticked "Submitted", but the tab cannot be submitted yet: {reason}. The submission is recorded once all of that is fixed.',
  'notReady.incomplete': 'some scores are still empty or invalid',
  'notReady.pakta': 'the integrity pact is not ticked with its date',
  tampered:
    'this tab was submitted {at}, but this cell changed from "{old}" to "{now}". Put it back, or the secretariat reopens the tab with a reason in {reopen}.',
  tamperedRow:
    'this tab was submitted {at}, but the row of entry {entry} is no longer as submitted. Put it back, or the secretariat reopens the tab with a reason in {reopen}.',
  recordAltered:
    'the record of this tab\'s submission no longer matches its fingerprint: someone changed the "Scores as submitted" column or the fingerprint. The secretariat reopens the tab with a reason in {reopen}, then the juror submits it again.',
  logFailed:
    'the last change could not be logged ({when}): {error}. Score changes since then may be missing from the Log sheet. Check whether the Log sheet was deleted or protected again, then {@check} again.',
  recorded: '{count} {count|tab|tabs} recorded as submitted, {reopened} {reopened|tab|tabs} reopened.',

  'state.inProgress': 'in progress',
  'state.complete': 'complete, not submitted',
  'state.submitted': 'submitted',

  'log.sheet': 'Log',
  'log.title': 'Change log of the juror tabs (written by Juri; do not edit)',
  'log.time': 'Time',
  'log.user': 'User',
  'log.tab': 'Tab',
  'log.cell': 'Cell',
  'log.entry': 'Entry',
  'log.criterion': 'Criterion',
  'log.old': 'Old value',
  'log.new': 'New value',
  'log.protection': 'Change log: only Juri writes here',
  'log.failed': 'LOGGING FAILED',

  'recap.integrity': 'Juror integrity',
  'recap.juror': 'Juror',
  'recap.stage': 'Stage',
  'recap.pakta': 'Integrity pact',
  'recap.submitted': 'Submitted',
  'recap.reopened': 'Reopened',
  'recap.recusals': 'Conflicts / abstentions',
  'recap.no': 'not yet',
};

export const integrityMessages: Catalogue<IntegrityMessage> = { id: integrityId, en: integrityEn };
