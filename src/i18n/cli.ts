import type { Catalogue } from './index';

/** The command line's own words: usage, headings and the demo's narration. */
type CliKey =
  | 'usage'
  | 'usage.init'
  | 'usage.generate'
  | 'usage.check'
  | 'usage.rank'
  | 'usage.demo'
  | 'usage.import'
  | 'usage.remind'
  | 'usage.collect'
  | 'unknownPreset'
  | 'importUnreadable'
  | 'remindHeader'
  | 'remindMail'
  | 'remindWhatsapp'
  | 'badDate'
  | 'unknownVerb'
  | 'missingFile'
  | 'unknownOption'
  | 'badOption'
  | 'optionTakesNoValue'
  | 'optionNeedsValue'
  | 'optionNotForVerb'
  | 'badLang'
  | 'extraArgument'
  | 'unexpected'
  | 'unexpectedSaved'
  | 'fileIsFolder'
  | 'notStarted'
  | 'moreProblems'
  | 'moreProblemsJson'
  | 'demo.exists'
  | 'fileExists'
  | 'initDone'
  | 'noSetup'
  | 'progress'
  | 'done'
  | 'notDone'
  | 'late'
  | 'problemsOf'
  | 'general'
  | 'demo.start'
  | 'demo.step'
  | 'demo.saved'
  | 'demo.recusal'
  | 'demo.submitted'
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
  init BERKAS.xlsx [--example | --preset P]     buat buku kerja baru dengan lembar Pengaturan (P: regency, province, nation)
  generate BERKAS.xlsx [--json] [--confirm-cut] [--split FOLDER]  buat atau perbarui tab juri (nilai yang sudah diketik tidak diubah)
  collect BERKAS.xlsx FOLDER [--json]            kumpulkan nilai dari berkas juri di FOLDER ke tab juri buku kerja ini
  check BERKAS.xlsx [--json]                     periksa nilai: keluar 0 jika lengkap dan sah, 1 jika ada masalah, 2 jika berkas tak terbaca
  rank BERKAS.xlsx [--json] [--allow-incomplete] hitung peringkat dan tulis lembar Peringkat dan Rekap
  demo [--out BERKAS.xlsx]                       contoh kompetisi kabupaten dari awal sampai akhir
  import BERKAS.xlsx DAFTAR.csv|DAFTAR.xlsx      tambahkan peserta dari daftar pendaftaran (yang sudah ada tidak ditambah lagi)
  remind BERKAS.xlsx [--today YYYY-MM-DD]        juri yang terlambat, dengan pesan pengingat dan tautan email/WhatsApp

Pilihan umum: --lang id|en (bahasa pesan), --help`;

const usageEn = `Juri: the jury of an innovation competition, on .xlsx files

Usage: juri <verb> [options]

Verbs:
  init FILE.xlsx [--example | --preset P]     a new workbook with the Setup sheet (P: regency, province, nation)
  generate FILE.xlsx [--json] [--confirm-cut] [--split FOLDER]  create or update the juror tabs (no typed score is changed)
  collect FILE.xlsx FOLDER [--json]            collect the scores of the juror files in FOLDER into this workbook's juror tabs
  check FILE.xlsx [--json]                     check the scores: exit 0 when complete and valid, 1 on problems, 2 when the file cannot be read
  rank FILE.xlsx [--json] [--allow-incomplete] compute the ranking and write the Ranking and Recap sheets
  demo [--out FILE.xlsx]                       the regency example competition from start to end
  import FILE.xlsx LIST.csv|LIST.xlsx          add entries from a registration list (those already there are not added again)
  remind FILE.xlsx [--today YYYY-MM-DD]        late jurors, with a reminder message and email/WhatsApp links

Common options: --lang id|en (language of messages), --help`;

export const cliMessages: Catalogue<CliKey> = {
  id: {
    usage: usageId,
    'usage.init':
      'Pemakaian: juri init BERKAS.xlsx [--example | --preset regency|province|nation] [--lang id|en]\nMembuat buku kerja baru berisi lembar Pengaturan; --example mengisinya dengan contoh kompetisi kabupaten; --preset dengan format kabupaten, provinsi (KOVABLIK) atau nasional (KIPP), tanpa juri dan peserta.',
    'usage.generate':
      'Pemakaian: juri generate BERKAS.xlsx [--json] [--confirm-cut] [--split FOLDER]\nDengan --split FOLDER, juga menulis satu berkas .xlsx per juri di FOLDER, berisi hanya tab juri itu; berkas yang sudah ada hanya ditimpa jika semua isinya sudah dikumpulkan (juri collect).\nMembuat tab juri yang belum ada dan memperbarui yang lain dari lembar Pengaturan, di berkas itu sendiri. Nilai yang sudah diketik tidak pernah diubah.\nPeserta tahap lanjutan ditetapkan saat tabnya dibuat. Jika metode, batas lolos atau nilai tahap sebelumnya berubah sesudahnya, "juri check" menunjukkan siapa yang akan masuk dan keluar; --confirm-cut memakai batas baru itu (nilai inovasi yang keluar dipindah ke arsip tab, tidak dihapus).',
    'usage.collect':
      'Pemakaian: juri collect BERKAS.xlsx FOLDER [--json]\nMembaca berkas juri di FOLDER (dibuat dengan juri generate BERKAS.xlsx --split FOLDER) dan mengisi nilai serta catatannya ke tab juri buku kerja ini. Sel yang sudah berisi tidak pernah dikosongkan; nilai yang berbeda di kedua berkas dilaporkan di selnya dan tidak diubah. Berkas kompetisi lain, dari versi Pengaturan lain, atau yang diubah di luar sel nilai ditolak. Keluar 0 jika semua berkas juri terkumpul tanpa masalah, 1 jika ada masalah (yang dapat dikumpulkan tetap dikumpulkan), 2 jika berkas atau folder tidak terbaca. Sesudahnya, check dan rank berjalan seperti biasa.',
    'usage.check':
      'Pemakaian: juri check BERKAS.xlsx [--json]\nMemeriksa nilai para juri. Keluar 0 jika semua nilai ada dan sah, 1 jika ada masalah, 2 jika berkas tidak dapat dibaca.\nMencatat penyerahan juri (Selesai) di berkas itu sendiri; hanya untuk itu ia menunggu perintah juri lain yang sedang mengubah berkas.',
    'usage.rank':
      'Pemakaian: juri rank BERKAS.xlsx [--json] [--allow-incomplete]\nMenghitung peringkat dan menulis lembar Peringkat dan Rekap. Menolak (keluar 1) jika ada nilai yang belum lengkap atau tidak sah, kecuali dengan --allow-incomplete.',
    'usage.demo':
      'Pemakaian: juri demo [--out BERKAS.xlsx]\nMenjalankan contoh kompetisi kabupaten dari awal sampai akhir dan mencetak peringkatnya. Bawaan: out/demo.xlsx.',
    'usage.import':
      'Pemakaian: juri import BERKAS.xlsx DAFTAR.csv|DAFTAR.xlsx [--sheet NAMA] [--map title=B,agency=C,category=D,group=E,region=F]\nMenambahkan peserta dari daftar pendaftaran (misalnya jawaban Google Form yang diunduh) ke tabel Peserta. Kolom dikenali dari judulnya di baris 1, atau ditentukan dengan --map. Inovasi yang sudah ada (judul dan instansi sama) tidak ditambahkan lagi; baris yang salah dilaporkan di selnya dan dilewati.',
    'usage.remind':
      'Pemakaian: juri remind BERKAS.xlsx [--today YYYY-MM-DD] [--json]\nMenampilkan juri yang melewati batas waktu tahap dan belum selesai, dengan pesan pengingat dan tautan email dan WhatsApp untuk dikirim. Bawaan --today: tanggal hari ini.',
    unknownPreset: 'Templat "{value}" tidak dikenal. Pilih salah satu: regency, province, nation.',
    importUnreadable:
      'Daftar "{path}" tidak dapat dibaca ({reason}). Simpan sebagai .csv atau .xlsx, lalu coba lagi.',
    remindHeader: '{name} <{email}>',
    remindMail: 'Email:',
    remindWhatsapp: 'WhatsApp:',
    badDate: 'Tanggal "{value}" tidak dikenal. Tulis misalnya 2026-11-30.',
    unknownVerb: 'Perintah "{verb}" tidak dikenal. Jalankan "juri --help" untuk melihat daftar perintah.',
    missingFile: 'Sebutkan berkas .xlsx, misalnya: juri {verb} kompetisi.xlsx',
    badOption: 'Pilihan {detail} tidak dapat dibaca. Jalankan "juri {verb} --help".',
    unknownOption:
      'Pilihan "{option}" tidak dikenal. Jalankan "juri {verb} --help" untuk melihat pilihan yang ada.',
    optionTakesNoValue: 'Pilihan {option} tidak menerima nilai; tulis {option} saja.',
    optionNeedsValue: 'Pilihan {option} memerlukan nilai, misalnya: {example}',
    optionNotForVerb:
      'Pilihan {option} tidak berlaku untuk "juri {verb}". Pilihan yang berlaku: {options}, --help.',
    badLang: 'Bahasa "{value}" tidak dikenal. Pilih --lang id (Bahasa Indonesia) atau --lang en (English).',
    extraArgument:
      'Argumen "{arg}" berlebih: "juri {verb}" bekerja pada satu berkas. Jalankan "juri {verb} --help".',
    unexpected:
      'Terjadi kesalahan tak terduga di Juri: {error}. Berkas tidak diubah. Laporkan pesan ini beserta perintah yang dijalankan kepada pengelola Juri.',
    unexpectedSaved:
      'Terjadi kesalahan tak terduga di Juri setelah berkas disimpan utuh: {error}. Laporkan pesan ini beserta perintah yang dijalankan kepada pengelola Juri.',
    fileIsFolder:
      '{path} adalah folder, bukan berkas .xlsx. Sebutkan berkas buku kerjanya, misalnya: {path}/kompetisi.xlsx',
    notStarted: 'belum dimulai: pesertanya belum ditentukan',
    moreProblems: '  … dan {count} masalah lain seperti di atas.',
    moreProblemsJson: '  … dan {count} masalah lain seperti di atas; dengan --json semuanya dicantumkan.',
    'demo.exists':
      'Berkas {path} sudah ada dan bukan hasil contoh ini, jadi tidak ditimpa agar isinya (termasuk nilai para juri) tidak hilang. Pilih berkas lain dengan --out.',
    fileExists:
      'Berkas {path} sudah ada, jadi tidak ditimpa agar isinya (termasuk nilai para juri) tidak hilang. Pilih nama berkas lain untuk kompetisi baru.',
    initDone: 'Lembar "{sheet}" dibuat di {path}. Lengkapi isinya, lalu jalankan: juri generate {path}',
    noSetup:
      'Berkas {path} tidak memuat lembar "{id}" (atau "{en}"), jadi bukan buku kerja Juri atau lembar itu telah dihapus atau diganti namanya. Kembalikan lembar itu dengan nama aslinya, atau buat buku kerja baru dengan: juri init BERKAS.xlsx',
    progress: '{juror} – {stage}: {scored}/{total}',
    done: 'selesai',
    notDone: 'belum selesai',
    late: 'TERLAMBAT {days} hari',
    problemsOf: 'Masalah – {who}:',
    general: 'Pengaturan dan lainnya',
    'demo.start': 'Contoh: {name} ({entries} peserta, {jurors} juri, {stages} tahap)',
    'demo.step': '• {step}',
    'demo.saved': 'Buku kerja contoh disimpan di {path}; bukalah di Excel atau LibreOffice.',
    'demo.recusal': '{juror} menyatakan abstain untuk inovasi "{entry}" di tahap {stage}: {reason}',
    'demo.submitted':
      'Setiap juri mencentang pakta integritas dan "Selesai"; pemeriksaan mencatat penyerahannya.',
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
      'Usage: juri init FILE.xlsx [--example | --preset regency|province|nation] [--lang id|en]\nCreates a new workbook with the Setup sheet; --example fills it with the regency example competition; --preset with the regency, provincial (KOVABLIK) or national (KIPP) format, without jurors and entries.',
    'usage.generate':
      'Usage: juri generate FILE.xlsx [--json] [--confirm-cut] [--split FOLDER]\nWith --split FOLDER, also writes one .xlsx file per juror into FOLDER, holding only that juror\u2019s tabs; a file already there is replaced only when everything in it has been collected (juri collect).\nCreates the missing juror tabs and updates the others from the Setup sheet, in the file itself. A score already typed is never changed.\nWho takes part in a later stage is fixed when its tabs are generated. When the method, the cut or the scores of the previous stage change afterwards, "juri check" shows who would enter and leave; --confirm-cut applies the new cut (the scores of an entry that leaves move to the tab\'s archive, never deleted).',
    'usage.collect':
      'Usage: juri collect FILE.xlsx FOLDER [--json]\nReads the juror files in FOLDER (made by juri generate FILE.xlsx --split FOLDER) and fills their scores and notes into this workbook\u2019s juror tabs. A cell that holds something is never emptied; different values in the two files are reported at their cell and left as they are. A file of another competition, of another version of the Setup, or changed outside its score cells is refused. Exits 0 when every juror file was collected without a problem, 1 on problems (what could be collected was), 2 when the file or folder cannot be read. Then check and rank work as usual.',
    'usage.check':
      'Usage: juri check FILE.xlsx [--json]\nChecks the jurors\u2019 scores. Exits 0 when every score is present and valid, 1 when there are problems, 2 when the file cannot be read.\nRecords the jurors\u2019 submissions (Submitted) in the file itself; only then does it wait for another juri command that is changing the file.',
    'usage.rank':
      'Usage: juri rank FILE.xlsx [--json] [--allow-incomplete]\nComputes the ranking and writes the Ranking and Recap sheets. Refuses (exit 1) when scores are missing or invalid, unless --allow-incomplete.',
    'usage.demo':
      'Usage: juri demo [--out FILE.xlsx]\nRuns the regency example competition from start to end and prints its ranking. Default: out/demo.xlsx.',
    'usage.import':
      'Usage: juri import FILE.xlsx LIST.csv|LIST.xlsx [--sheet NAME] [--map title=B,agency=C,category=D,group=E,region=F]\nAdds entries from a registration list (for example a downloaded Google Form\u2019s responses) to the Entries table. Columns are found by their header in row 1, or set with --map. An entry already there (same title and agency) is not added again; bad rows are reported at their cell and skipped.',
    'usage.remind':
      'Usage: juri remind FILE.xlsx [--today YYYY-MM-DD] [--json]\nShows the jurors past a stage\u2019s deadline and not done, with a reminder message and email and WhatsApp links to send. --today defaults to today\u2019s date.',
    unknownPreset: 'Unknown template "{value}". Choose one of: regency, province, nation.',
    importUnreadable:
      'The list "{path}" cannot be read ({reason}). Save it as .csv or .xlsx, then try again.',
    remindHeader: '{name} <{email}>',
    remindMail: 'Email:',
    remindWhatsapp: 'WhatsApp:',
    badDate: 'Unknown date "{value}". Write e.g. 2026-11-30.',
    unknownVerb: 'Unknown verb "{verb}". Run "juri --help" for the list of verbs.',
    missingFile: 'Name an .xlsx file, for example: juri {verb} competition.xlsx',
    badOption: 'Option {detail} cannot be read. Run "juri {verb} --help".',
    unknownOption: 'Unknown option "{option}". Run "juri {verb} --help" for the options.',
    optionTakesNoValue: 'Option {option} takes no value; write {option} alone.',
    optionNeedsValue: 'Option {option} needs a value, for example: {example}',
    optionNotForVerb: 'Option {option} does not apply to "juri {verb}". Its options: {options}, --help.',
    badLang: 'Unknown language "{value}". Choose --lang id (Bahasa Indonesia) or --lang en (English).',
    extraArgument: 'Extra argument "{arg}": "juri {verb}" works on one file. Run "juri {verb} --help".',
    unexpected:
      'Something unexpected went wrong in Juri: {error}. The file was not changed. Please report this message and the command you ran to whoever maintains Juri.',
    unexpectedSaved:
      'Something unexpected went wrong in Juri after the file was saved whole: {error}. Please report this message and the command you ran to whoever maintains Juri.',
    fileIsFolder:
      '{path} is a folder, not an .xlsx file. Name the workbook file, for example: {path}/competition.xlsx',
    notStarted: 'not started: its entrants are not known yet',
    moreProblems: '  … and {count} more {count|problem|problems} like the above.',
    moreProblemsJson: '  … and {count} more {count|problem|problems} like the above; --json lists them all.',
    'demo.exists':
      'File {path} already exists and is not this example\u2019s output, so it was not overwritten and nothing in it (the jurors\u2019 scores included) was lost. Choose another file with --out.',
    fileExists:
      'File {path} already exists, so it was not overwritten and nothing in it (the jurors\u2019 scores included) was lost. Choose another file name for a new competition.',
    initDone: 'Sheet "{sheet}" created in {path}. Fill it in, then run: juri generate {path}',
    noSetup:
      'File {path} has no "{en}" (or "{id}") sheet, so it is not a Juri workbook, or that sheet was deleted or renamed. Give the sheet back its name, or create a new workbook with: juri init FILE.xlsx',
    progress: '{juror} – {stage}: {scored}/{total}',
    done: 'done',
    notDone: 'not done',
    late: 'LATE by {days} {days|day|days}',
    problemsOf: 'Problems – {who}:',
    general: 'Setup and other',
    'demo.start':
      'Example: {name} ({entries} {entries|entry|entries}, {jurors} {jurors|juror|jurors}, {stages} {stages|stage|stages})',
    'demo.step': '• {step}',
    'demo.recusal': '{juror} abstains from entry "{entry}" in stage {stage}: {reason}',
    'demo.submitted':
      'Every juror ticks the integrity pact and "Submitted"; the check records each submission.',
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
