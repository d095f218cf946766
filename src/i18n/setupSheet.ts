/**
 * Texts of the Setup sheet: what it shows (titles, column headers, labels,
 * drop-down values, notes) and what reading it reports. The reader recognises
 * the labels of both languages, so a sheet keeps working when its language is
 * switched.
 */
import type { Catalogue } from './index';

const labelsId = {
  'sheet.name': 'Pengaturan',
  'sheet.title': 'Pengaturan kompetisi Juri',
  'sheet.hint':
    'Isi tabel di bawah. Baris kosong diabaikan; baris baru boleh ditambahkan di mana saja dalam tabel. Kolom boleh dipindah asalkan judulnya tidak diubah.',

  'section.competition': 'Kompetisi',
  'section.categories': 'Kategori',
  'section.stages': 'Tahap',
  'section.criteria': 'Kriteria',
  'section.jurors': 'Juri',
  'section.ranking': 'Pengaturan peringkat',
  'section.tieBreaks': 'Urutan penentu seri',
  'section.adjustments': 'Penyesuaian manual',
  'section.documents': 'Dokumen resmi',
  'section.conflicts': 'Konflik kepentingan',
  'section.entries': 'Peserta',
  'section.quotas': 'Komposisi (kuota)',
  'section.panel': 'Penilaian juri',

  'key.name': 'Nama kompetisi',
  'key.year': 'Tahun',
  'key.lang': 'Bahasa hasil',
  'key.secretariatEmails': 'Email sekretariat',
  'key.scoringPlace': 'Tempat penilaian',
  'key.identifying': 'Kolom identitas (penilaian buta)',
  'key.source': 'Sumber aturan',
  'key.method': 'Metode penggabungan nilai juri',
  'key.zscoreMinEntries': 'Minimal inovasi per juri untuk skor-z',
  'key.finalScore': 'Nilai akhir',
  'key.advanceTopN': 'Lolos: N teratas per kategori',
  'key.advanceOverallN': 'Lolos: N terbaik seluruh kategori (dengan komposisi)',
  'key.passingGrade': 'Nilai batas lulus',
  'key.disagreementThreshold': 'Batas selisih nilai antarjuri',
  'key.docNumbers': 'Nomor berita acara',
  'key.docPlace': 'Tempat penilaian',
  'key.docDate': 'Tanggal penilaian',
  'key.letterhead': 'Kop surat',
  'key.approverTitle': 'Mengetahui: jabatan',
  'key.approverName': 'Mengetahui: nama',
  'key.approverNip': 'Mengetahui: NIP',
  'key.paper': 'Ukuran kertas',
  'key.plenaryMargin': 'Selisih nilai untuk bahan pleno',

  'col.id': 'ID',
  'col.name': 'Nama',
  'col.optional': 'Opsional',
  'col.minEntries': 'Minimal inovasi',
  'col.fallback': 'Kategori pengganti',
  'col.weight': 'Bobot (%)',
  'col.entryRule': 'Peserta tahap',
  'col.entryNumber': 'N / nilai lulus',
  'col.jurorsPerEntry': 'Juri per inovasi',
  'col.stageId': 'ID tahap',
  'col.min': 'Nilai terendah',
  'col.max': 'Nilai tertinggi',
  'col.step': 'Langkah nilai',
  'col.email': 'Email',
  'col.agency': 'Instansi',
  'col.jurorStages': 'Tahap yang dinilai',
  'col.title': 'Judul inovasi',
  'col.categoryId': 'ID kategori',
  'col.excludedReason': 'Alasan dikecualikan',
  'col.tieBreakKind': 'Jenis',
  'col.criterionId': 'ID kriteria',
  'col.entryId': 'ID inovasi',
  'col.conflictJurorId': 'ID juri',
  'col.action': 'Tindakan',
  'col.adjustValue': 'Peringkat / lolos',
  'col.reason': 'Alasan',
  'col.role': 'Peran dalam tim',
  'col.nip': 'NIP/NIDN',
  'col.deadline': 'Batas waktu',
  'col.blind': 'Penilaian buta',
  'col.phone': 'Nomor WhatsApp',
  'col.group': 'Kelompok',
  'col.region': 'Wilayah',
  'col.appliesTo': 'Berlaku untuk',
  'col.quotaColumn': 'Dihitung menurut',
  'col.quotaValue': 'Nilai',
  'col.quotaMin': 'Minimal',
  'col.quotaMax': 'Maksimal',

  'choice.mean': 'Rata-rata',
  'choice.median': 'Median',
  'choice.trimmed': 'Rata-rata terpangkas',
  'choice.zscore': 'Skor-z',
  'choice.weighted': 'Jumlah berbobot tahap',
  'choice.last': 'Tahap terakhir',
  'choice.all': 'Semua',
  'choice.topN': 'N teratas per kategori',
  'choice.passing': 'Nilai lulus',
  'choice.quota': 'N terbaik dengan komposisi',
  'choice.byCategory': 'Per kategori',
  'choice.byGroup': 'Per kelompok',
  'choice.byRegion': 'Per wilayah',
  'choice.tbCriterion': 'Nilai kriteria',
  'choice.tbStage': 'Nilai tahap',
  'choice.move': 'Pindahkan ke peringkat',
  'choice.exclude': 'Kecualikan',
  'choice.advance': 'Tetapkan lolos',
  'choice.yes': 'Ya',
  'choice.no': 'Tidak',
  'choice.placeTabs': 'Tab di spreadsheet ini',
  'choice.placeFiles': 'Satu spreadsheet per juri',
  'choice.langId': 'Bahasa Indonesia',
  'choice.langEn': 'English',
  'choice.chair': 'Ketua',
  'choice.secretary': 'Sekretaris',
  'choice.member': 'Anggota',
  'choice.a4': 'A4',
  'choice.f4': 'F4/Folio (215 × 330 mm)',

  'help.list': 'Pilih salah satu: {choices}.',
  'help.ids': 'Pilih ID yang ada di tabel {section}.',

  'note.weight':
    'Bobot dalam persen. Bobot kriteria satu tahap berjumlah 100; bobot semua tahap juga berjumlah 100.',
  'note.fallback':
    'Kategori yang menampung inovasinya bila kategori opsional ini tidak dijalankan. Kosongkan agar sekretariat memutuskan sendiri.',
  'note.minEntries': 'Kategori opsional hanya dijalankan bila jumlah inovasinya minimal sebanyak ini.',
  'note.entryNumber':
    'Untuk "N teratas per kategori" dan "N terbaik dengan komposisi": jumlah N. Untuk "Nilai lulus": nilai batasnya. Kosongkan untuk "Semua".',
  'note.jurorsPerEntry': 'Kosongkan bila setiap juri menilai semua inovasi tahap ini.',
  'note.jurorStages': 'ID tahap, dipisahkan koma. Kosongkan bila juri menilai semua tahap.',
  'note.agency':
    'Juri tidak menilai inovasi dari instansinya sendiri. Penulisan seperti "Kab." dan "Kabupaten", huruf besar-kecil, spasi dan tanda baca tidak dibedakan.',
  'note.conflict':
    'Juri tidak pernah ditugaskan menilai inovasi yang tercatat di sini, sama seperti inovasi instansinya sendiri. Alasannya dicatat di berita acara.',
  'note.excludedReason': 'Isi alasannya bila inovasi ini dikecualikan dari penilaian; kosongkan bila ikut.',
  'note.adjustValue':
    'Untuk "Pindahkan ke peringkat": nomor peringkatnya. Untuk "Tetapkan lolos": Ya atau Tidak. Kosongkan untuk "Kecualikan".',
  'note.secretariatEmails': 'Pisahkan dengan koma. Pemilik email ini boleh menyunting semua tab juri.',
  'note.blankOff': 'Kosongkan bila aturan ini tidak dipakai.',
  'note.scoringPlace':
    'Tab di spreadsheet ini: setiap orang yang dibagikan spreadsheet ini dapat melihat tab semua juri. Satu spreadsheet per juri: Buat tab juri membuat satu spreadsheet untuk setiap juri dan membagikannya hanya kepada juri itu, sehingga juri tidak melihat nilai juri lain. Batasnya: izin Google (drive.file) hanya membolehkan akun sekretariat yang membuat file juri membacanya kembali. Pakai satu akun sekretariat bersama untuk Buat tab juri, Periksa nilai dan Hitung peringkat.',
  'note.identifying':
    'Pada tahap dengan penilaian buta, instansi peserta tidak ditampilkan kepada juri. Tulis di sini kolom Peserta lain yang juga menunjukkan identitas (mis. Judul inovasi), dipisahkan koma.',
  'note.blind':
    'Ya: tab dan file juri tahap ini tidak menampilkan instansi peserta (dan kolom identitas lain). Cocok untuk tahap penilaian dokumen. Peringkat dan Rekap tetap lengkap.',
  'note.deadline':
    'Tanggal terakhir juri mengisi nilai tahap ini. Juri yang belum selesai sesudahnya ditandai terlambat.',
  'note.phone': 'Untuk pengingat lewat WhatsApp, mis. 0812 3456 7890. Boleh kosong.',
  'note.group': 'Mis. umum, replikasi, khusus. Dipakai untuk komposisi (kuota). Boleh kosong.',
  'note.region': 'Mis. kabupaten/kota atau daerah 3T. Dipakai untuk komposisi (kuota). Boleh kosong.',
  'note.appliesTo':
    'ID tahap yang pesertanya "N terbaik dengan komposisi", atau kosongkan untuk "Lolos: N terbaik seluruh kategori".',
  'note.quotaMax': 'Kosongkan bila tidak ada batas atas.',
  'note.source': 'Dari pedoman mana aturan ini diambil, dan tahun berapa. Bobot dan batas boleh diubah.',
  'note.tieBreakKind':
    'Dipakai berurutan dari atas ke bawah bila dua inovasi memiliki nilai akhir yang sama.',
  'note.role': 'Peran juri dalam tim sesuai SK: Ketua, Sekretaris atau Anggota. Kosong berarti Anggota.',
  'note.nip': 'NIP (18 angka) atau NIDN (10 angka), dicetak di bawah tanda tangan. Boleh kosong.',
  'note.docNumbers':
    'Nomor berita acara, dipisahkan titik koma, berurutan: satu per tahap, lalu berita acara hasil akhir. Yang tidak diisi dicetak kosong untuk ditulis tangan.',
  'note.docDate':
    'Tanggal penilaian, misalnya 29/11/2026. Kosongkan untuk memakai tanggal hari ini (zona waktu spreadsheet).',
  'note.letterhead':
    'Baris-baris kop surat, dipisahkan " / ", misalnya PEMERINTAH KABUPATEN … / SEKRETARIAT DAERAH.',
  'note.plenaryMargin':
    'Bahan pleno memuat inovasi yang nilainya berselisih paling banyak sekian poin dari nilai terakhir yang lolos.',

  'blank.name': 'Kompetisi Inovasi Pelayanan Publik',
  'blank.category': 'Kategori 1',
  'blank.categoryId': 'kat1',
  'blank.stage': 'Presentasi',
  'blank.stageId': 'presentasi',
  'blank.criterion': 'Kriteria 1',
  'blank.criterionId': 'krit1',
};

export type SetupLabel = keyof typeof labelsId;

const labelsEn: Record<SetupLabel, string> = {
  'sheet.name': 'Setup',
  'sheet.title': 'Juri competition setup',
  'sheet.hint':
    'Fill in the tables below. Blank rows are ignored; new rows may be added anywhere inside a table. Columns may be moved as long as their headers stay as they are.',

  'section.competition': 'Competition',
  'section.categories': 'Categories',
  'section.stages': 'Stages',
  'section.criteria': 'Criteria',
  'section.jurors': 'Jurors',
  'section.ranking': 'Ranking settings',
  'section.tieBreaks': 'Tie-break order',
  'section.quotas': 'Composition (quotas)',
  'section.panel': 'How jurors score',
  'section.adjustments': 'Manual adjustments',
  'section.documents': 'Official documents',
  'section.conflicts': 'Conflicts of interest',
  'section.entries': 'Entries',

  'key.name': 'Competition name',
  'key.year': 'Year',
  'key.lang': 'Language of the results',
  'key.secretariatEmails': 'Secretariat emails',
  'key.scoringPlace': 'Where jurors score',
  'key.identifying': 'Identifying columns (blind judging)',
  'key.source': 'Where the rules come from',
  'key.method': 'How juror scores are combined',
  'key.zscoreMinEntries': 'Minimum entries per juror for z-scores',
  'key.finalScore': 'Final score',
  'key.advanceTopN': 'Advance: top N per category',
  'key.advanceOverallN': 'Advance: best N of all categories (with a composition)',
  'key.passingGrade': 'Passing grade',
  'key.disagreementThreshold': 'Disagreement threshold between jurors',
  'key.docNumbers': 'Minutes numbers',
  'key.docPlace': 'Place of the assessment',
  'key.docDate': 'Date of the assessment',
  'key.letterhead': 'Letterhead',
  'key.approverTitle': 'Acknowledged by: title',
  'key.approverName': 'Acknowledged by: name',
  'key.approverNip': 'Acknowledged by: NIP',
  'key.paper': 'Paper size',
  'key.plenaryMargin': 'Score margin for the plenary list',

  'col.id': 'ID',
  'col.name': 'Name',
  'col.optional': 'Optional',
  'col.minEntries': 'Minimum entries',
  'col.fallback': 'Fallback category',
  'col.weight': 'Weight (%)',
  'col.entryRule': 'Who takes part',
  'col.entryNumber': 'N / passing grade',
  'col.jurorsPerEntry': 'Jurors per entry',
  'col.stageId': 'Stage ID',
  'col.min': 'Lowest score',
  'col.max': 'Highest score',
  'col.step': 'Score step',
  'col.email': 'Email',
  'col.agency': 'Agency',
  'col.jurorStages': 'Stages served',
  'col.title': 'Innovation title',
  'col.categoryId': 'Category ID',
  'col.excludedReason': 'Reason for exclusion',
  'col.tieBreakKind': 'Kind',
  'col.criterionId': 'Criterion ID',
  'col.entryId': 'Entry ID',
  'col.conflictJurorId': 'Juror ID',
  'col.action': 'Action',
  'col.adjustValue': 'Place / advances',
  'col.reason': 'Reason',
  'col.role': 'Role in the team',
  'col.nip': 'NIP/NIDN',
  'col.deadline': 'Deadline',
  'col.blind': 'Blind judging',
  'col.phone': 'WhatsApp number',
  'col.group': 'Group',
  'col.region': 'Region',
  'col.appliesTo': 'Applies to',
  'col.quotaColumn': 'Counted by',
  'col.quotaValue': 'Value',
  'col.quotaMin': 'Minimum',
  'col.quotaMax': 'Maximum',

  'choice.mean': 'Mean',
  'choice.median': 'Median',
  'choice.trimmed': 'Trimmed mean',
  'choice.zscore': 'z-score',
  'choice.weighted': 'Weighted sum of stages',
  'choice.last': 'Last stage',
  'choice.all': 'All',
  'choice.topN': 'Top N per category',
  'choice.passing': 'Passing grade',
  'choice.tbCriterion': 'Criterion score',
  'choice.quota': 'Best N with a composition',
  'choice.byCategory': 'By category',
  'choice.byGroup': 'By group',
  'choice.byRegion': 'By region',
  'choice.tbStage': 'Stage score',
  'choice.move': 'Move to place',
  'choice.exclude': 'Exclude',
  'choice.advance': 'Set advancement',
  'choice.yes': 'Yes',
  'choice.no': 'No',
  'choice.placeTabs': 'Tabs in this spreadsheet',
  'choice.placeFiles': 'One spreadsheet per juror',
  'choice.langId': 'Bahasa Indonesia',
  'choice.langEn': 'English',
  'choice.chair': 'Chair',
  'choice.secretary': 'Secretary',
  'choice.member': 'Member',
  'choice.a4': 'A4',
  'choice.f4': 'F4/Folio (215 × 330 mm)',

  'help.list': 'Choose one of: {choices}.',
  'help.ids': 'Choose an ID of the {section} table.',

  'note.weight':
    'Weight in percent. The criteria weights of a stage add up to 100; so do the weights of all stages.',
  'note.fallback':
    'The category that takes its entries when this optional category does not run. Leave it empty for the secretariat to decide.',
  'note.minEntries': 'An optional category runs only when it has at least this many entries.',
  'note.entryNumber':
    'For "Top N per category" and "Best N with a composition": the number N. For "Passing grade": the grade. Leave it empty for "All".',
  'note.jurorsPerEntry': 'Leave it empty for every juror to score every entry of this stage.',
  'note.jurorStages': 'Stage IDs separated by commas. Leave it empty for a juror who serves in every stage.',
  'note.agency':
    'A juror never scores an entry of their own agency. Spellings like "Kab." and "Kabupaten", case, spaces and punctuation do not count.',
  'note.conflict':
    'A juror is never assigned an entry listed here, exactly as for their own agency. The reason goes into the minutes.',
  'note.excludedReason':
    'Fill in the reason when this entry is excluded from judging; leave it empty when it takes part.',
  'note.adjustValue':
    'For "Move to place": the place. For "Set advancement": Yes or No. Leave it empty for "Exclude".',
  'note.secretariatEmails': 'Separate them with commas. These people may edit every juror tab.',
  'note.blankOff': 'Leave it empty when this rule is not used.',
  'note.scoringPlace':
    "Tabs in this spreadsheet: everyone this spreadsheet is shared with can see every juror's tab. One spreadsheet per juror: Generate makes one spreadsheet for each juror and shares it with that juror alone, so no juror sees another's scores. The limit: Google's permission (drive.file) lets only the secretariat account that created the juror files read them back. Use one shared secretariat account for Generate, Check and Compute ranking.",
  'note.identifying':
    "In a stage judged blind the entrant's agency is not shown to the jurors. Write here the other Entries columns that also identify an entrant (e.g. Innovation title), separated by commas.",
  'note.blind':
    "Yes: the juror tabs and juror files of this stage do not show the entrant's agency (nor the other identifying columns). Suited to a stage judged on documents. The Ranking and Recap keep everything.",
  'note.deadline':
    'The last day for the jurors to score this stage. Jurors not done after it are marked late.',
  'note.phone': 'For reminders by WhatsApp, e.g. 0812 3456 7890. May stay empty.',
  'note.group': 'E.g. general, replication, special. Used for the composition (quotas). May stay empty.',
  'note.region':
    'E.g. a regency or city, or a remote (3T) area. Used for the composition (quotas). May stay empty.',
  'note.appliesTo':
    'The ID of a stage whose entrants are "Best N with a composition", or empty for "Advance: best N of all categories".',
  'note.quotaMax': 'Leave it empty for no upper limit.',
  'note.source': 'Which guide, and which year, these rules come from. Every weight and cut stays editable.',
  'note.tieBreakKind': 'Applied from top to bottom when two entries have the same final score.',
  'note.role':
    "The juror's role in the team, as the decree names it: Chair, Secretary or Member. Empty means Member.",
  'note.nip': 'NIP (18 digits) or NIDN (10 digits), printed under the signature. May be empty.',
  'note.docNumbers':
    "Numbers of the minutes, separated by semicolons, in order: one per stage, then the final result's minutes. Those left out print as a blank to fill in by hand.",
  'note.docDate':
    "Date of the assessment, e.g. 29/11/2026. Leave it empty for today's date (the spreadsheet's time zone).",
  'note.letterhead':
    'Lines of the letterhead, separated by " / ", e.g. REGENCY GOVERNMENT OF … / REGIONAL SECRETARIAT.',
  'note.plenaryMargin':
    'The plenary list names the entries whose score is at most this many points from the last advancing score.',

  'blank.name': 'Public Service Innovation Competition',
  'blank.category': 'Category 1',
  'blank.categoryId': 'cat1',
  'blank.stage': 'Presentation',
  'blank.stageId': 'presentation',
  'blank.criterion': 'Criterion 1',
  'blank.criterionId': 'crit1',
};

export const setupSheetLabels = { id: labelsId, en: labelsEn } satisfies Catalogue<SetupLabel>;

/** Each message is shown after its sheet and cell (e.g. Pengaturan!D14: ), so it reads on its own. */
const messagesId = {
  missingSection:
    'bagian "{section}" tidak ditemukan. Tambahkan baris berjudul "{section}" di kolom A, lalu baris judul kolom dan datanya di bawahnya.',
  duplicateSection:
    'bagian "{section}" muncul lagi; hanya bagian pertama (baris {first}) yang dibaca. Pindahkan isinya ke bagian pertama dan hapus judul ini.',
  missingColumn:
    'tabel {section} tidak memiliki kolom "{column}". Tambahkan kolom berjudul "{column}" di baris judul tabel (baris {row}).',
  missingRow:
    'bagian {section} tidak memiliki baris "{label}". Tambahkan baris dengan "{label}" di kolom A dan nilainya di kolom B.',
  notANumber: '"{field}" harus berupa angka, tertulis "{value}". Tulis angkanya saja, misalnya 30 atau 12,5.',
  ambiguousNumber:
    '"{field}" tertulis "{value}", yang bisa berarti {asDecimal} atau {asThousands} (titik atau koma sebagai pemisah ribuan), jadi tidak dibaca. Tulis angkanya tanpa pemisah ribuan, dengan koma hanya untuk desimal.',
  missingValue: '"{field}" masih kosong. Isi sel ini.',
  notADate:
    '"{field}" harus berupa tanggal, tertulis "{value}". Tulis misalnya 30/11/2026 (hari/bulan/tahun) atau 2026-11-30.',
  formulaNoValue:
    '"{field}" berisi rumus ({formula}) yang hasilnya {value}, jadi tidak dapat dibaca. Ketik nilainya langsung di sel ini, tanpa rumus.',
  idFormula:
    'ID ini dihitung dengan rumus ({formula}); Juri memakai hasilnya, "{value}". Tab juri terikat pada ID: jika rumus itu berubah, nilai yang sudah diketik tidak lagi terhubung. Ketik ID-nya langsung, tanpa rumus.',
  unknownValue: '"{field}" berisi "{value}", yang tidak dikenal. Pilih salah satu: {choices}.',
  textTooLong:
    '"{field}" berisi {length} karakter, sedangkan satu sel Google Sheets memuat paling banyak {max} karakter. Juri hanya memakai {max} karakter pertama. Persingkat teks ini.',
};

export type SetupSheetMessage = keyof typeof messagesId;

const messagesEn: Record<SetupSheetMessage, string> = {
  missingSection:
    'section "{section}" not found. Add a row titled "{section}" in column A, with its header row and data below it.',
  duplicateSection:
    'section "{section}" appears again; only the first one (row {first}) is read. Move its rows into the first one and delete this title.',
  missingColumn:
    'the {section} table has no column "{column}". Add a column headed "{column}" to the table\'s header row (row {row}).',
  missingRow:
    'the {section} section has no row "{label}". Add a row with "{label}" in column A and its value in column B.',
  notANumber: '"{field}" must be a number; it reads "{value}". Write the number alone, e.g. 30 or 12.5.',
  ambiguousNumber:
    '"{field}" reads "{value}", which could mean {asDecimal} or {asThousands} (a point or comma as thousands separator), so it was not read. Write the number without a thousands separator, with a decimal mark only for decimals.',
  missingValue: '"{field}" is empty. Fill in this cell.',
  notADate:
    '"{field}" must be a date; it reads "{value}". Write e.g. 30/11/2026 (day/month/year) or 2026-11-30.',
  formulaNoValue:
    '"{field}" holds a formula ({formula}) whose result is {value}, so it cannot be read. Type the value itself in this cell, without a formula.',
  idFormula:
    'this ID is computed by a formula ({formula}); Juri uses its result, "{value}". Juror tabs are tied to IDs: if the formula changes, scores already typed no longer connect. Type the ID itself, without a formula.',
  unknownValue: '"{field}" holds "{value}", which is not known. Choose one of: {choices}.',
  textTooLong:
    '"{field}" holds {length} characters; a Google Sheets cell holds at most {max}. Juri uses the first {max} only. Shorten this text.',
};

export const setupSheetMessages = { id: messagesId, en: messagesEn } satisfies Catalogue<SetupSheetMessage>;
