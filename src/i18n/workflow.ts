import type { Catalogue } from './index';

/** Outcomes of the workflow actions, shown by the menu, the sidebar and the command line. */
type WorkflowKey =
  | 'noSetup'
  | 'setupExists'
  | 'setupCreated'
  | 'setupHasErrors'
  | 'generated'
  | 'generatedNothing'
  | 'checkedClean'
  | 'checkNothingYet'
  | 'checkedProblems'
  | 'rankRefused'
  | 'rankRefusedSetup'
  | 'ranked'
  | 'rankedIncomplete'
  | 'busy'
  | 'failed'
  | 'disagreement'
  | 'disagreementEven'
  | 'and'
  | 'missingMany'
  | 'missingManyNoCell'
  | 'outputNotOurs'
  | 'notSecretariat'
  | 'outputNotEditor'
  | 'outputOtherCase';

export const workflowMessages: Catalogue<WorkflowKey> = {
  id: {
    noSetup: 'Lembar Pengaturan belum ada. Untuk membuatnya, {@newCompetition}.',
    setupExists:
      'Lembar "{sheet}" sudah ada, jadi tidak dibuat ulang agar isinya tidak hilang. Hapus atau ganti nama lembar itu jika ingin mulai dari awal.',
    setupCreated: 'Lembar "{sheet}" dibuat. Lengkapi isinya, lalu {@generate}.',
    setupHasErrors: 'Pengaturan masih memuat {count} kesalahan. Perbaiki dulu sel yang ditunjukkan.',
    generated:
      'Tab juri: {created} dibuat, {updated} diperbarui, {unchanged} tidak berubah. Tidak ada nilai yang diubah.',
    generatedNothing: 'Tab juri sudah sesuai dengan Pengaturan; tidak ada yang diubah.',
    checkedClean: 'Semua nilai lengkap dan sah ({scored} dari {total} baris).',
    checkNothingYet:
      'Belum ada tab juri, jadi belum ada nilai yang dapat diperiksa. Lebih dulu, {@generate}.',
    checkedProblems:
      'Ditemukan {errors} kesalahan dan {warnings} peringatan; {scored} dari {total} baris sudah dinilai lengkap.',
    rankRefused:
      'Peringkat tidak dihitung: ada {count} masalah pada nilai (kosong atau tidak sah). Perbaiki dulu, atau {@rankAnyway}; inovasi yang nilainya belum lengkap akan ditandai.',
    rankRefusedSetup: 'Peringkat tidak dihitung: Pengaturan masih memuat {count} kesalahan.',
    ranked:
      'Peringkat dihitung dan ditulis ke lembar "{ranking}" dan "{recap}". Sidik jari data: {fingerprint}.',
    rankedIncomplete:
      'Peringkat dihitung dari nilai yang ada (belum lengkap) dan ditulis ke lembar "{ranking}" dan "{recap}"; inovasi yang nilainya belum lengkap ditandai. Sidik jari data: {fingerprint}.',
    busy: 'Tindakan Juri lain sedang berjalan di spreadsheet ini. Tunggu sebentar, lalu coba lagi.',
    failed: 'Terjadi kesalahan tak terduga: {error}. Tidak ada lembar yang setengah jadi; coba lagi.',
    missingMany: '{count} nilai di tab ini masih kosong, yang pertama di sel {cell}.',
    missingManyNoCell: '{count} nilai di tab ini masih kosong.',
    outputNotOurs:
      'Lembar "{sheet}" sudah ada tetapi tidak dibuat oleh Juri, jadi tidak ditimpa. Ganti nama lembar itu (misalnya "{sheet} lama"), lalu {@rank} lagi.',
    outputOtherCase:
      'Lembar "{sheet}" memakai nama "{name}" dengan huruf besar-kecil yang lain. Sheets dan Excel tidak membedakan huruf besar dan kecil pada nama lembar, jadi Juri tidak dapat menulis "{name}" di sampingnya, dan lembar itu tidak ditimpa. Ganti nama lembar itu (misalnya "{sheet} lama"), lalu {@rank} lagi.',
    disagreement:
      'Nilai total juri untuk "{entry}" pada tahap {stage} berselisih {spread} poin ({high}: {max}, {low}: {min}), melebihi batas {threshold}. Periksa apakah ada salah ketik, atau bahas bersama juri atau mintalah penilai ketiga.',
    disagreementEven:
      'Nilai total juri untuk "{entry}" pada tahap {stage} berselisih {spread} poin ({high}: {max}, {low}: {min}), melebihi batas {threshold}. {jurors} sama jauhnya dari juri lain: periksa nilai mereka semua apakah ada salah ketik, atau bahas bersama juri atau mintalah penilai ketiga.',
    and: ' dan ',
    notSecretariat:
      'Anda ({email}) tidak tercantum sebagai sekretariat di {ref}, jadi Juri tidak mengubah apa pun. Minta sekretariat menambahkan email Anda di sel itu, lalu coba lagi.',
    outputNotEditor:
      'Lembar "{sheet}" dilindungi dan Anda ({email}) bukan penyuntingnya, jadi Juri tidak mengubah apa pun. Minta pemilik spreadsheet atau anggota sekretariat yang terakhir menghitung peringkat untuk menghitungnya sekali lagi: sejak itu setiap email sekretariat di Pengaturan boleh menyunting lembar itu.',
  },
  en: {
    noSetup: 'There is no Setup sheet yet. To create it, {@newCompetition}.',
    setupExists:
      'Sheet "{sheet}" already exists, so it was not created again and nothing in it was lost. Delete or rename that sheet to start over.',
    setupCreated: 'Sheet "{sheet}" created. Fill it in, then {@generate}.',
    setupHasErrors: 'The Setup still has {count} {count|error|errors}. Fix the cells shown first.',
    generated:
      'Juror tabs: {created} created, {updated} updated, {unchanged} unchanged. No score was changed.',
    generatedNothing: 'The juror tabs already match the Setup; nothing was changed.',
    checkedClean: 'Every score is present and valid ({scored} of {total} {total|row|rows}).',
    checkedProblems:
      '{errors} {errors|error|errors} and {warnings} {warnings|warning|warnings} found; {scored} of {total} {total|row|rows} fully scored.',
    checkNothingYet: 'There are no juror tabs yet, so there are no scores to check. First, {@generate}.',
    rankRefused:
      'The ranking was not computed: there {count|is|are} {count} {count|problem|problems} with the scores (empty or invalid). Fix {count|it|them} first, or {@rankAnyway}; entries with incomplete scores will be flagged.',
    rankRefusedSetup: 'The ranking was not computed: the Setup still has {count} {count|error|errors}.',
    ranked:
      'Ranking computed and written to sheets "{ranking}" and "{recap}". Data fingerprint: {fingerprint}.',
    rankedIncomplete:
      'Ranking computed from the scores present (incomplete) and written to sheets "{ranking}" and "{recap}"; entries with incomplete scores are flagged. Data fingerprint: {fingerprint}.',
    busy: 'Another Juri action is running in this spreadsheet. Wait a moment, then try again.',
    failed: 'Something unexpected went wrong: {error}. No sheet was left half written; try again.',
    missingMany:
      '{count} {count|score|scores} in this tab {count|is|are} still empty, the first in cell {cell}.',
    missingManyNoCell: '{count} {count|score|scores} in this tab {count|is|are} still empty.',
    outputNotOurs:
      'Sheet "{sheet}" already exists but was not made by Juri, so it was not overwritten. Rename that sheet (for example "{sheet} old"), then {@rank} again.',
    outputOtherCase:
      'Sheet "{sheet}" takes the name "{name}" in another case. Sheets and Excel do not tell upper from lower case in sheet names, so Juri cannot write "{name}" beside it, and that sheet was not overwritten. Rename it (for example "{sheet} old"), then {@rank} again.',
    disagreement:
      'The jurors\u2019 totals for "{entry}" in stage {stage} are {spread} {spread|point|points} apart ({high}: {max}, {low}: {min}), more than the limit of {threshold}. Check for a typing mistake, or discuss it with the jurors or ask a third reviewer.',
    disagreementEven:
      'The jurors\u2019 totals for "{entry}" in stage {stage} are {spread} points apart ({high}: {max}, {low}: {min}), more than the limit of {threshold}. {jurors} are equally far from the others: check all their scores for a typing mistake, or discuss it with the jurors or ask a third reviewer.',
    and: ' and ',
    notSecretariat:
      'You ({email}) are not listed as secretariat in {ref}, so Juri changed nothing. Ask the secretariat to add your email in that cell, then try again.',
    outputNotEditor:
      'Sheet "{sheet}" is protected and you ({email}) are not among its editors, so Juri changed nothing. Ask the spreadsheet owner or the secretariat member who last computed the ranking to compute it once more: from then on every secretariat email of the Setup may edit it.',
  },
};
