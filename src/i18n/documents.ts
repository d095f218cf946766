/**
 * Words of the official documents (Berita Acara, Rekapitulasi Nilai, Lembar
 * Penilaian, the plenary list) and of the action that makes them. The
 * Indonesian texts follow the phrasing of official letters.
 */
import type { Catalogue } from './index';

const id = {
  'sheet.minutes': 'BA {stage}',
  'sheet.minutesFinal': 'BA Hasil Akhir',
  'sheet.recap': 'Rekap Nilai {stage}',
  'sheet.scoreSheets': 'Lembar Nilai {stage}',
  'sheet.plenary': 'Bahan Pleno {stage}',

  blank: '……………………',
  number: 'Nomor: {number}',
  fingerprint: 'Sidik jari data: {fingerprint}',
  footer: '{title} · sidik jari {fingerprint} · halaman {page} dari {pages}',
  placeDate: '{place}, {date}',
  nip: 'NIP/NIDN {nip}',
  approverNip: 'NIP {nip}',
  'status.incomplete':
    'PERHATIAN: dokumen ini dibuat dari nilai yang belum lengkap atau masih bermasalah ({count} masalah), atas persetujuan pengguna.',
  'status.stale':
    'PERHATIAN: sheet {ranking} dihitung dari data yang berbeda (sidik jari {ranking_fp}); dokumen ini dibuat dari data saat ini atas persetujuan pengguna.',
  'status.unranked':
    'PERHATIAN: peringkat belum dihitung di sheet {ranking}; dokumen ini dibuat atas persetujuan pengguna.',

  'minutes.title': 'BERITA ACARA HASIL PENILAIAN',
  'minutes.stage': 'TAHAP {stage}',
  'minutes.final': 'HASIL AKHIR',
  'minutes.competition': '{name} TAHUN {year}',
  'minutes.opening':
    'Pada hari ini {weekday} tanggal {day} bulan {month} tahun {year}, bertempat di {place}, Tim Juri {competition} telah melaksanakan penilaian {what}, dengan hasil sebagai berikut.',
  'minutes.what.stage': 'tahap {stage}',
  'minutes.what.final': 'seluruh tahap ({stages}) untuk menetapkan hasil akhir',
  'minutes.jury': 'I. Tim Juri',
  'minutes.assessed': 'II. Inovasi yang dinilai',
  'minutes.assessed.category': 'Kategori {category}: {count} inovasi.',
  'minutes.assessed.dropped':
    'Kategori {category} tidak dilombakan karena hanya diikuti {count} inovasi, kurang dari minimal {min}; inovasinya dinilai dalam kategori {target}.',
  'minutes.assessed.droppedAwaiting':
    'Kategori {category} tidak dilombakan karena hanya diikuti {count} inovasi, kurang dari minimal {min}; inovasinya menunggu keputusan sekretariat.',
  'minutes.assessed.excluded': 'Inovasi {title} ({agency}) dikecualikan dari penilaian: {reason}.',
  'minutes.method': 'III. Cara penilaian',
  'minutes.method.score':
    'Nilai setiap juri adalah jumlah nilai kriteria dikalikan bobotnya. Nilai inovasi pada satu tahap: {method} nilai juri yang menilainya (juri yang tidak menilai tidak dihitung sebagai nol).',
  'minutes.method.stage': 'Kriteria tahap {stage}: {criteria}.',
  'minutes.method.final': 'Nilai akhir: {final}.',
  'minutes.method.tieBreaks': 'Urutan penentu bila nilai sama: {tieBreaks}.',
  'minutes.method.advance': 'Yang lolos: {advance}.',
  'minutes.method.next': 'Yang masuk tahap {next}: {rule}.',
  'minutes.rule.all': 'semua inovasi',
  'minutes.rule.topN': '{n} terbaik per kategori',
  'minutes.rule.passing': 'nilai paling sedikit {grade}',
  'minutes.results': 'IV. Hasil penilaian',
  'minutes.results.category': 'Kategori {category}',
  'minutes.adjustments': 'V. Penyesuaian manual',
  'minutes.adjustments.none': 'Tidak ada penyesuaian manual.',
  'minutes.plenary': 'Keputusan rapat pleno yang tercatat di sheet {sheet}:',
  'minutes.plenary.line': '{title}: {decision}. Alasan: {reason}.{recorded}',
  'minutes.plenary.recorded': ' Dicatat sebagai penyesuaian manual.',
  'minutes.plenary.pending': ' Belum dicatat sebagai penyesuaian manual.',
  'minutes.absent': 'VI. Juri yang tidak menilai',
  'minutes.absent.none': 'Setiap juri menilai semua inovasi yang ditugaskan kepadanya.',
  'minutes.absent.recused': '{juror} tidak menilai {title}: berasal dari instansi yang sama ({agency}).',
  'minutes.absent.missing': '{juror} belum menyerahkan nilai lengkap untuk {title}.',
  'minutes.absent.declared': '{juror} tidak menilai {title}: menyatakan konflik kepentingan ({reason}).',
  'minutes.absent.withdrew':
    '{juror} mengundurkan diri dari penilaian {title} (Konflik / Abstain): {reason}.',
  'minutes.closing':
    'Demikian berita acara ini dibuat dengan sebenarnya untuk dipergunakan sebagaimana mestinya.',
  'minutes.signatures': 'Tim Juri',
  'minutes.acknowledged': 'Mengetahui,',

  'col.no': 'No',
  'col.name': 'Nama',
  'col.role': 'Peran',
  'col.nip': 'NIP/NIDN',
  'col.agency': 'Instansi',
  'col.signature': 'Tanda tangan',
  'col.place': 'Peringkat',
  'col.title': 'Judul inovasi',
  'col.category': 'Kategori',
  'col.score': 'Nilai',
  'col.advances': 'Lolos',
  'col.jurors': 'Jumlah juri',
  'col.stageScore': 'Nilai tahap',
  'col.weighted': 'Nilai tertimbang',
  'col.notes': 'Catatan',
  'col.criterion': '{name} ({weight} %)',
  'col.item': 'Hal',
  'col.detail': 'Keterangan',
  'col.decision': 'Keputusan',
  'col.value': 'Peringkat / lolos',
  'col.reason': 'Alasan',
  yes: 'Ya',
  no: 'Tidak',
  tie: '{place} (seri)',

  'recap.title': 'REKAPITULASI NILAI',
  'recap.method':
    'Nilai tahap = {method} nilai juri yang menilai inovasi itu; peringkat dihitung dalam kategori menurut nilai tahap.',
  'recap.signedBy': 'Ketua Tim Juri,',
  'recap.noChair': 'Ketua Tim Juri',

  'scoreSheet.title': 'LEMBAR PENILAIAN',
  'scoreSheet.juror': 'Nama juri: {name} ({role})',
  'scoreSheet.stage': 'Tahap: {stage}',
  'scoreSheet.competition': 'Kompetisi: {name} {year}',
  'scoreSheet.method': 'Nilai tertimbang = jumlah nilai setiap kriteria × bobot / 100.',
  'scoreSheet.recused': 'Tidak dinilai: instansi yang sama',
  'scoreSheet.declared': 'Tidak dinilai: konflik kepentingan',
  'scoreSheet.missing': 'Belum dinilai',
  'scoreSheet.withdrew': 'Mengundurkan diri: {reason}',
  'scoreSheet.none': 'Juri ini tidak ditugaskan menilai inovasi pada tahap ini.',
  'scoreSheet.signedBy': 'Juri,',

  'plenary.title': 'BAHAN RAPAT PLENO',
  'plenary.intro':
    'Hal-hal yang perlu dibahas tim juri sebelum berita acara ditandatangani. Isi Keputusan, Peringkat / lolos dan Alasan; setelah Anda setujui, keputusan dicatat sebagai penyesuaian manual di sheet Pengaturan dan dikutip dalam berita acara.',
  'plenary.none': 'Tidak ada hal yang perlu dibahas pada tahap ini.',
  'plenary.kind.cut': 'Di batas lolos',
  'plenary.kind.tie': 'Seri',
  'plenary.kind.disagreement': 'Selisih antarjuri',
  'plenary.kind.leaveOut': 'Bergantung pada satu juri',
  'plenary.detail.cut': 'Nilai {score}; nilai terendah yang lolos {last} (selisih {diff}); {advances}.',
  'plenary.detail.cutGrade': 'Nilai {score}; nilai batas lulus {grade} (selisih {diff}); {advances}.',
  'plenary.advances': 'lolos',
  'plenary.stays': 'tidak lolos',
  'plenary.detail.tie': 'Peringkat {place} bersama {others}.',
  'plenary.detail.disagreement': 'Nilai para juri dari {min} sampai {max} (selisih {spread}).',
  'plenary.detail.leaveOut': 'Tanpa nilai {juror}, peringkatnya berubah dari {from} menjadi {to}.',
  'plenary.previous': 'Keputusan yang sudah diisi untuk hal yang tidak muncul lagi',
  'plenary.decision.keep': 'Tetap sesuai nilai',
  'plenary.reason': 'Keputusan rapat pleno {stage}: {reason}',
  'plenary.help': 'Pilih keputusan rapat pleno untuk hal ini.',
} as const;

export type DocumentKey = keyof typeof id;

const en: Record<DocumentKey, string> = {
  'sheet.minutes': 'Minutes {stage}',
  'sheet.minutesFinal': 'Minutes Final Result',
  'sheet.recap': 'Score Recap {stage}',
  'sheet.scoreSheets': 'Score Sheets {stage}',
  'sheet.plenary': 'Plenary {stage}',

  blank: '……………………',
  number: 'Number: {number}',
  fingerprint: 'Data fingerprint: {fingerprint}',
  footer: '{title} · fingerprint {fingerprint} · page {page} of {pages}',
  placeDate: '{place}, {date}',
  nip: 'NIP/NIDN {nip}',
  approverNip: 'NIP {nip}',
  'status.incomplete':
    'NOTE: these documents were made from scores that are incomplete or still have problems ({count}), as the user confirmed.',
  'status.stale':
    'NOTE: the {ranking} sheet was computed from other data (fingerprint {ranking_fp}); these documents were made from the current data, as the user confirmed.',
  'status.unranked':
    'NOTE: the ranking has not been computed in a {ranking} sheet; these documents were made as the user confirmed.',

  'minutes.title': 'MINUTES OF THE ASSESSMENT',
  'minutes.stage': 'STAGE: {stage}',
  'minutes.final': 'FINAL RESULT',
  'minutes.competition': '{name} {year}',
  'minutes.opening':
    'On this day, {weekday}, the {day} day of {month} in the year {year}, at {place}, the jury of {competition} assessed {what}, with the following result.',
  'minutes.what.stage': 'the {stage} stage',
  'minutes.what.final': 'every stage ({stages}) to decide the final result',
  'minutes.jury': 'I. The jury',
  'minutes.assessed': 'II. Entries assessed',
  'minutes.assessed.category': 'Category {category}: {count} {count|entry|entries}.',
  'minutes.assessed.dropped':
    'Category {category} was not run: it had {count} {count|entry|entries}, fewer than the minimum of {min}; {count|its entry was|its entries were} assessed in category {target}.',
  'minutes.assessed.droppedAwaiting':
    'Category {category} was not run: it had {count} {count|entry|entries}, fewer than the minimum of {min}; {count|its entry awaits|its entries await} the secretariat’s decision.',
  'minutes.assessed.excluded': 'Entry {title} ({agency}) was excluded from the assessment: {reason}.',
  'minutes.method': 'III. How the entries were assessed',
  'minutes.method.score':
    "Each juror's score is the sum of the criteria scores times their weights. An entry's score in a stage: the {method} of the scores of the jurors who scored it (a juror who did not score it does not count as zero).",
  'minutes.method.stage': 'Criteria of the {stage} stage: {criteria}.',
  'minutes.method.final': 'Final score: {final}.',
  'minutes.method.tieBreaks': 'Order of tie-breaks: {tieBreaks}.',
  'minutes.method.advance': 'Who advances: {advance}.',
  'minutes.method.next': 'Who goes on to the {next} stage: {rule}.',
  'minutes.rule.all': 'every entry',
  'minutes.rule.topN': 'the best {n} of each category',
  'minutes.rule.passing': 'a score of at least {grade}',
  'minutes.results': 'IV. Results',
  'minutes.results.category': 'Category {category}',
  'minutes.adjustments': 'V. Manual adjustments',
  'minutes.adjustments.none': 'No manual adjustment.',
  'minutes.plenary': 'Decisions of the plenary recorded in the {sheet} sheet:',
  'minutes.plenary.line': '{title}: {decision}. Reason: {reason}.{recorded}',
  'minutes.plenary.recorded': ' Recorded as a manual adjustment.',
  'minutes.plenary.pending': ' Not yet recorded as a manual adjustment.',
  'minutes.absent': 'VI. Jurors who did not score',
  'minutes.absent.none': 'Every juror scored every entry assigned to them.',
  'minutes.absent.recused': '{juror} did not score {title}: same agency ({agency}).',
  'minutes.absent.missing': '{juror} has not handed in complete scores for {title}.',
  'minutes.absent.declared': '{juror} did not score {title}: declared a conflict of interest ({reason}).',
  'minutes.absent.withdrew': '{juror} withdrew from scoring {title} (Conflict / Abstain): {reason}.',
  'minutes.closing': 'These minutes are made truthfully, to be used as required.',
  'minutes.signatures': 'The jury',
  'minutes.acknowledged': 'Acknowledged by,',

  'col.no': 'No',
  'col.name': 'Name',
  'col.role': 'Role',
  'col.nip': 'NIP/NIDN',
  'col.agency': 'Agency',
  'col.signature': 'Signature',
  'col.place': 'Place',
  'col.title': 'Innovation title',
  'col.category': 'Category',
  'col.score': 'Score',
  'col.advances': 'Advances',
  'col.jurors': 'Jurors',
  'col.stageScore': 'Stage score',
  'col.weighted': 'Weighted total',
  'col.notes': 'Notes',
  'col.criterion': '{name} ({weight} %)',
  'col.item': 'Item',
  'col.detail': 'Detail',
  'col.decision': 'Decision',
  'col.value': 'Place / advances',
  'col.reason': 'Reason',
  yes: 'Yes',
  no: 'No',
  tie: '{place} (tie)',

  'recap.title': 'SCORE RECAP',
  'recap.method':
    'Stage score = the {method} of the scores of the jurors who scored the entry; places are within the category, by stage score.',
  'recap.signedBy': 'Chair of the jury,',
  'recap.noChair': 'Chair of the jury',

  'scoreSheet.title': 'SCORE SHEET',
  'scoreSheet.juror': 'Juror: {name} ({role})',
  'scoreSheet.stage': 'Stage: {stage}',
  'scoreSheet.competition': 'Competition: {name} {year}',
  'scoreSheet.method': 'Weighted total = the sum of each criterion score × its weight / 100.',
  'scoreSheet.recused': 'Not scored: same agency',
  'scoreSheet.declared': 'Not scored: conflict of interest',
  'scoreSheet.missing': 'Not scored yet',
  'scoreSheet.withdrew': 'Withdrew: {reason}',
  'scoreSheet.none': 'This juror was not assigned any entry in this stage.',
  'scoreSheet.signedBy': 'Juror,',

  'plenary.title': 'PLENARY LIST',
  'plenary.intro':
    'What the jury should discuss before it signs the minutes. Fill in Decision, Place / advances and Reason; once you confirm, each decision is recorded as a manual adjustment in the Setup sheet and cited in the minutes.',
  'plenary.none': 'Nothing to discuss in this stage.',
  'plenary.kind.cut': 'At the cut',
  'plenary.kind.tie': 'Tie',
  'plenary.kind.disagreement': 'Jurors disagree',
  'plenary.kind.leaveOut': 'Hangs on one juror',
  'plenary.detail.cut': 'Score {score}; lowest advancing score {last} (difference {diff}); {advances}.',
  'plenary.detail.cutGrade': 'Score {score}; passing grade {grade} (difference {diff}); {advances}.',
  'plenary.advances': 'advances',
  'plenary.stays': 'does not advance',
  'plenary.detail.tie': 'Place {place} shared with {others}.',
  'plenary.detail.disagreement': "The jurors' scores range from {min} to {max} (spread {spread}).",
  'plenary.detail.leaveOut': 'Without the scores of {juror}, its place changes from {from} to {to}.',
  'plenary.previous': 'Decisions filled in for items that no longer appear',
  'plenary.decision.keep': 'Keep as scored',
  'plenary.reason': 'Plenary decision, {stage}: {reason}',
  'plenary.help': "Choose the plenary's decision on this item.",
};

export const documentMessages = { id, en } satisfies Catalogue<DocumentKey>;

const actionId = {
  made: '{count} dokumen resmi dibuat ({sheets}), dengan sidik jari {fingerprint}.',
  refusedIncomplete:
    'Nilai belum lengkap atau masih bermasalah ({count} masalah): dokumen resmi belum dibuat. Lengkapi dulu, atau setujui untuk membuatnya dengan catatan di setiap halaman.',
  refusedStale:
    'Sheet {ranking} dihitung dari data yang berbeda dari saat ini (sidik jari {old}, kini {now}): hitung peringkat lagi agar dokumen sama dengan peringkat, atau setujui untuk membuatnya dengan catatan di setiap halaman.',
  refusedUnranked:
    'Peringkat belum dihitung: hitung peringkat dulu agar dokumen sama dengan sheet {ranking}, atau setujui untuk membuatnya dengan catatan di setiap halaman.',
  settingsInvalid: 'Pengaturan dokumen resmi perlu diperbaiki dulu ({count} masalah, lihat daftar).',
  unknownStage: 'Tahap "{stage}" tidak ada. Pilih salah satu ID tahap: {stages}.',
  notOurs:
    'Sheet "{sheet}" sudah ada dan bukan buatan Juri, jadi tidak ditimpa. Ganti nama sheet itu, lalu buat dokumen lagi.',
  noChair:
    'Tidak ada juri berperan Ketua di tabel Juri: Rekapitulasi Nilai dibuat dengan tempat tanda tangan Ketua yang kosong. Isi kolom "Peran dalam tim".',
  decisionsPending:
    '{count} keputusan rapat pleno belum dicatat sebagai penyesuaian manual. Setujui untuk mencatatnya.',
  decisionsNone: 'Tidak ada keputusan rapat pleno baru untuk dicatat.',
  decisionsRecorded:
    '{count} keputusan rapat pleno dicatat di tabel Penyesuaian manual ({cells}). Peringkat dan dokumen resmi dibuat ulang agar memuatnya.',
  decisionsNoRoom:
    'Tabel Penyesuaian manual di sheet {sheet} hanya memiliki {free} baris kosong, padahal perlu {count}. Sisipkan baris kosong di bawah tabel itu (di atas judul bagian berikutnya), lalu ulangi.',
  decisionsNoTable:
    'Sheet {sheet} tidak memiliki bagian "Penyesuaian manual" untuk mencatat keputusan. Tambahkan bagian itu (judul, lalu baris judul kolom: ID inovasi, Tindakan, Peringkat / lolos, Alasan), lalu ulangi.',
  decisionNoReason:
    'keputusan "{decision}" untuk {title} belum memiliki alasan. Tuliskan alasannya: setiap penyesuaian dicatat bersama alasannya.',
  decisionBadValue:
    'keputusan "{decision}" untuk {title} memerlukan {need} di kolom Peringkat / lolos, tertulis "{value}".',
  decisionUnknown: 'keputusan "{value}" tidak dikenal. Pilih salah satu: {choices}.',
  needPlace: 'nomor peringkat (bilangan bulat 1 atau lebih)',
  needYesNo: 'Ya atau Tidak',
  printHelp:
    'Mencetak di Google Sheets: buka sheet dokumen, pilih File → Cetak; Ukuran kertas {paper}, Orientasi Potret, Skala "Sesuaikan dengan lebar"; di Jeda halaman kustom, tarik jeda sebelum tanda tangan bila perlu. Untuk PDF yang siap cetak dengan ukuran kertas dan jeda halaman yang sudah diatur, unduh sebagai .xlsx lalu jalankan "juri minutes FILE --pdf OUT.pdf".',
} as const;

export type DocumentActionKey = keyof typeof actionId;

const actionEn: Record<DocumentActionKey, string> = {
  made: '{count} official documents made ({sheets}), with fingerprint {fingerprint}.',
  refusedIncomplete:
    'Scores are incomplete or still have problems ({count}): the official documents were not made. Complete them first, or confirm to make them with a note on every page.',
  refusedStale:
    'The {ranking} sheet was computed from other data than the current one (fingerprint {old}, now {now}): compute the ranking again so the documents match it, or confirm to make them with a note on every page.',
  refusedUnranked:
    'The ranking has not been computed: compute it first so the documents match the {ranking} sheet, or confirm to make them with a note on every page.',
  settingsInvalid:
    'The settings of the official documents need fixing first ({count} {count|problem|problems}, see the list).',
  unknownStage: 'There is no stage "{stage}". Choose one of the stage IDs: {stages}.',
  notOurs:
    'A sheet "{sheet}" already exists and Juri did not make it, so it is not overwritten. Rename that sheet, then make the documents again.',
  noChair:
    'No juror of the Jurors table is Chair: the Score Recap is made with an empty place for the Chair\'s signature. Fill in the "Role in the team" column.',
  decisionsPending:
    '{count} plenary decisions are not yet recorded as manual adjustments. Confirm to record them.',
  decisionsNone: 'There is no new plenary decision to record.',
  decisionsRecorded:
    '{count} plenary decisions recorded in the Manual adjustments table ({cells}). The ranking and the official documents were made again to include them.',
  decisionsNoRoom:
    'The Manual adjustments table of the {sheet} sheet has {free} empty rows, and {count} are needed. Insert empty rows under that table (above the next section title), then try again.',
  decisionsNoTable:
    'The {sheet} sheet has no "Manual adjustments" section to record the decisions in. Add it (its title, then a header row: Entry ID, Action, Place / advances, Reason), then try again.',
  decisionNoReason:
    'the decision "{decision}" on {title} has no reason. Write it down: every adjustment is recorded with its reason.',
  decisionBadValue:
    'the decision "{decision}" on {title} needs {need} in the Place / advances column; it reads "{value}".',
  decisionUnknown: 'the decision "{value}" is not known. Choose one of: {choices}.',
  needPlace: 'a place (a whole number, 1 or more)',
  needYesNo: 'Yes or No',
  printHelp:
    'Printing in Google Sheets: open a document sheet, choose File → Print; Paper size {paper}, Portrait, Scale "Fit to width"; under Custom page breaks, drag a break above the signatures if needed. For a print-ready PDF with the paper size and page breaks already set, download the file as .xlsx and run "juri minutes FILE --pdf OUT.pdf".',
};

export const documentActionMessages = { id: actionId, en: actionEn } satisfies Catalogue<DocumentActionKey>;
