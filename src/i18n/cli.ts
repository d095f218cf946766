import type { Catalogue } from './index';

/** The command line's own words: usage, headings and the demo's narration. */
type CliKey =
  | 'usage'
  | 'usage.init'
  | 'usage.generate'
  | 'usage.check'
  | 'usage.rank'
  | 'usage.demo'
  | 'unknownVerb'
  | 'missingFile'
  | 'badOption'
  | 'fileExists'
  | 'initDone'
  | 'noSetup'
  | 'rankAnyway'
  | 'progress'
  | 'done'
  | 'notDone'
  | 'problemsOf'
  | 'general'
  | 'demo.start'
  | 'demo.step'
  | 'demo.saved'
  | 'table.place'
  | 'table.score'
  | 'table.title'
  | 'table.decidedBy'
  | 'table.tie'
  | 'table.advances'
  | 'table.category'
  | 'fingerprint';

const usageId = `Juri: juri kompetisi inovasi pada berkas .xlsx

Pemakaian: juri <perintah> [pilihan]

Perintah:
  init BERKAS.xlsx [--example] [--lang id|en]   buat buku kerja baru dengan lembar Pengaturan
  generate BERKAS.xlsx                           buat atau perbarui tab juri (nilai yang sudah diketik tidak diubah)
  check BERKAS.xlsx [--json]                     periksa nilai: keluar 0 jika lengkap dan sah, 1 jika ada masalah, 2 jika berkas tak terbaca
  rank BERKAS.xlsx [--json] [--allow-incomplete] hitung peringkat dan tulis lembar Peringkat dan Rekap
  demo [--out BERKAS.xlsx]                       contoh kompetisi kabupaten dari awal sampai akhir

Pilihan umum: --lang id|en (bahasa pesan), --help`;

const usageEn = `Juri: the jury of an innovation competition, on .xlsx files

Usage: juri <verb> [options]

Verbs:
  init FILE.xlsx [--example] [--lang id|en]   a new workbook with the Setup sheet
  generate FILE.xlsx                           create or update the juror tabs (no typed score is changed)
  check FILE.xlsx [--json]                     check the scores: exit 0 when complete and valid, 1 on problems, 2 when the file cannot be read
  rank FILE.xlsx [--json] [--allow-incomplete] compute the ranking and write the Ranking and Recap sheets
  demo [--out FILE.xlsx]                       the regency example competition from start to end

Common options: --lang id|en (language of messages), --help`;

export const cliMessages: Catalogue<CliKey> = {
  id: {
    usage: usageId,
    'usage.init':
      'Pemakaian: juri init BERKAS.xlsx [--example] [--lang id|en]\nMembuat buku kerja baru berisi lembar Pengaturan; --example mengisinya dengan contoh kompetisi kabupaten.',
    'usage.generate':
      'Pemakaian: juri generate BERKAS.xlsx\nMembuat tab juri yang belum ada dan memperbarui yang lain dari lembar Pengaturan, di berkas itu sendiri. Nilai yang sudah diketik tidak pernah diubah.',
    'usage.check':
      'Pemakaian: juri check BERKAS.xlsx [--json]\nMemeriksa nilai para juri. Keluar 0 jika semua nilai ada dan sah, 1 jika ada masalah, 2 jika berkas tidak dapat dibaca.',
    'usage.rank':
      'Pemakaian: juri rank BERKAS.xlsx [--json] [--allow-incomplete]\nMenghitung peringkat dan menulis lembar Peringkat dan Rekap. Menolak (keluar 1) jika ada nilai yang belum lengkap atau tidak sah, kecuali dengan --allow-incomplete.',
    'usage.demo':
      'Pemakaian: juri demo [--out BERKAS.xlsx]\nMenjalankan contoh kompetisi kabupaten dari awal sampai akhir dan mencetak peringkatnya. Bawaan: out/demo.xlsx.',
    unknownVerb: 'Perintah "{verb}" tidak dikenal. Jalankan "juri --help" untuk melihat daftar perintah.',
    missingFile: 'Sebutkan berkas .xlsx, misalnya: juri {verb} kompetisi.xlsx',
    badOption: 'Pilihan tidak dikenal: {detail}. Jalankan "juri {verb} --help".',
    fileExists:
      'Berkas {path} sudah ada, jadi tidak ditimpa agar isinya (termasuk nilai para juri) tidak hilang. Pilih nama berkas lain untuk kompetisi baru.',
    initDone: 'Lembar "{sheet}" dibuat di {path}. Lengkapi isinya, lalu jalankan: juri generate {path}',
    noSetup:
      'Berkas {path} tidak memuat lembar "{id}" (atau "{en}"), jadi bukan buku kerja Juri atau lembar itu telah dihapus atau diganti namanya. Kembalikan lembar itu dengan nama aslinya, atau buat buku kerja baru dengan: juri init BERKAS.xlsx',
    rankAnyway:
      'Untuk menghitung dengan nilai yang ada (entri yang belum lengkap ditandai): juri rank {path} --allow-incomplete',
    progress: '{juror} – {stage}: {scored}/{total}',
    done: 'selesai',
    notDone: 'belum selesai',
    problemsOf: 'Masalah – {who}:',
    general: 'Pengaturan dan lainnya',
    'demo.start': 'Contoh: {name} ({entries} peserta, {jurors} juri, {stages} tahap)',
    'demo.step': '• {step}',
    'demo.saved': 'Buku kerja contoh disimpan di {path}; bukalah di Excel atau LibreOffice.',
    'table.place': 'Prk',
    'table.score': 'Nilai',
    'table.title': 'Judul',
    'table.decidedBy': 'Ditentukan oleh',
    'table.tie': 'Seri',
    'table.advances': 'Lolos',
    'table.category': 'Kategori: {name}',
    fingerprint: 'Sidik jari data: {fingerprint}',
  },
  en: {
    usage: usageEn,
    'usage.init':
      'Usage: juri init FILE.xlsx [--example] [--lang id|en]\nCreates a new workbook with the Setup sheet; --example fills it with the regency example competition.',
    'usage.generate':
      'Usage: juri generate FILE.xlsx\nCreates the missing juror tabs and updates the others from the Setup sheet, in the file itself. A score already typed is never changed.',
    'usage.check':
      'Usage: juri check FILE.xlsx [--json]\nChecks the jurors\u2019 scores. Exits 0 when every score is present and valid, 1 when there are problems, 2 when the file cannot be read.',
    'usage.rank':
      'Usage: juri rank FILE.xlsx [--json] [--allow-incomplete]\nComputes the ranking and writes the Ranking and Recap sheets. Refuses (exit 1) when scores are missing or invalid, unless --allow-incomplete.',
    'usage.demo':
      'Usage: juri demo [--out FILE.xlsx]\nRuns the regency example competition from start to end and prints its ranking. Default: out/demo.xlsx.',
    unknownVerb: 'Unknown verb "{verb}". Run "juri --help" for the list of verbs.',
    missingFile: 'Name an .xlsx file, for example: juri {verb} competition.xlsx',
    badOption: 'Unknown option: {detail}. Run "juri {verb} --help".',
    fileExists:
      'File {path} already exists, so it was not overwritten and nothing in it (the jurors\u2019 scores included) was lost. Choose another file name for a new competition.',
    initDone: 'Sheet "{sheet}" created in {path}. Fill it in, then run: juri generate {path}',
    noSetup:
      'File {path} has no "{en}" (or "{id}") sheet, so it is not a Juri workbook, or that sheet was deleted or renamed. Give the sheet back its name, or create a new workbook with: juri init FILE.xlsx',
    rankAnyway:
      'To rank on the scores present (incomplete entries are flagged): juri rank {path} --allow-incomplete',
    progress: '{juror} – {stage}: {scored}/{total}',
    done: 'done',
    notDone: 'not done',
    problemsOf: 'Problems – {who}:',
    general: 'Setup and other',
    'demo.start': 'Example: {name} ({entries} entries, {jurors} jurors, {stages} stages)',
    'demo.step': '• {step}',
    'demo.saved': 'The example workbook is saved at {path}; open it in Excel or LibreOffice.',
    'table.place': 'Place',
    'table.score': 'Score',
    'table.title': 'Title',
    'table.decidedBy': 'Decided by',
    'table.tie': 'Tie',
    'table.advances': 'Advances',
    'table.category': 'Category: {name}',
    fingerprint: 'Data fingerprint: {fingerprint}',
  },
};
