import type { Catalogue } from './index';

/** Labels and messages of the generated sheets: juror tabs, Ranking and Recap. */
type SheetKey =
  | 'tab.stageId'
  | 'tab.jurorId'
  | 'tab.email'
  | 'tab.scale'
  | 'tab.scaleText'
  | 'tab.scalePerColumn'
  | 'tab.progress'
  | 'tab.criterionIds'
  | 'tab.archive'
  | 'tab.help'
  | 'tab.protection'
  | 'tab.blind'
  | 'col.id'
  | 'col.title'
  | 'col.agency'
  | 'col.notes'
  | 'col.total'
  | 'problem.criterionRemoved'
  | 'problem.rowWithoutId'
  | 'problem.extraContent'
  | 'problem.columnUnknown'
  | 'problem.rowArchived'
  | 'problem.cellsRewritten'
  | 'problem.formula'
  | 'problem.criterionMissing'
  | 'problem.tabUnknown'
  | 'problem.tabDuplicate'
  | 'problem.stageWaiting'
  | 'problem.protectionForeign'
  | 'problem.protectionNotEditor';

export const sheetMessages: Catalogue<SheetKey> = {
  id: {
    'tab.stageId': 'ID tahap',
    'tab.jurorId': 'ID juri',
    'tab.email': 'Email',
    'tab.scale': 'Skala',
    'tab.scaleText': '{min}–{max}, kelipatan {step}',
    'tab.scalePerColumn': 'lihat judul setiap kolom',
    'tab.progress': 'Kemajuan',
    'tab.criterionIds': 'ID kriteria',
    'tab.archive':
      'Arsip: baris peserta yang tidak lagi ditugaskan kepada juri ini (nilainya disimpan, tidak dihitung)',
    'tab.help': 'Isi angka dari {min} sampai {max}, kelipatan {step}.',
    'tab.protection': 'Hanya {juror} dan sekretariat yang dapat mengisi nilai di tab ini',
    'tab.blind': '{column} (disembunyikan: penilaian buta)',
    'col.id': 'ID',
    'col.title': 'Judul inovasi',
    'col.agency': 'Instansi',
    'col.notes': 'Catatan',
    'col.total': 'Total',
    'problem.criterionRemoved':
      'kriteria "{criterion}" sudah dihapus dari Pengaturan, tetapi tab ini masih memuat nilainya. Kembalikan kriteria itu di Pengaturan, atau kosongkan kolomnya, lalu buat tab juri lagi. Tab ini tidak diubah.',
    'problem.rowWithoutId':
      'baris ini berisi nilai tetapi kolom ID kosong. Isi ID peserta atau kosongkan barisnya.',
    'problem.extraContent':
      'ada isian di luar tabel nilai. Pindahkan isian itu ke lembar lain; tab ini tidak diubah agar isian tidak hilang.',
    'problem.cellsRewritten':
      'tab ini ditulis ulang dengan baris yang berpindah, dan sel teks yang diisi juri ini ditulis kembali dari teksnya saja: {cells}. Jika salah satunya berisi tanggal, kini menjadi teks; tautan di dalamnya hilang. Periksa sel tersebut.',
    'problem.rowArchived':
      'baris dengan ID "{id}" dipindahkan ke arsip di bawah tabel karena ID itu tidak ada di Pengaturan. Nilainya tetap tersimpan di arsip; jika ID-nya salah ketik, perbaiki di arsip lalu buat tab juri lagi.',
    'problem.columnUnknown':
      'ID kriteria kolom "{heading}" kosong, sehingga nilainya tidak dapat dihitung. Tulis kembali ID kriteria itu (lihat tabel Kriteria di Pengaturan) di sel ini. Tab ini tidak diubah sampai ID-nya diisi.',
    'problem.formula': 'sel nilai berisi rumus ({formula}). Ketik nilainya sebagai angka.',
    'problem.criterionMissing':
      'kolom kriteria "{criterion}" tidak ada di tab ini. Untuk menambahkannya, {@generate}.',
    'problem.tabUnknown':
      'tab ini tampak seperti tab juri, tetapi juri "{juror}" atau tahap "{stage}" tidak ada di Pengaturan. Nilainya tidak dihitung.',
    'problem.tabDuplicate':
      'Tab "{sheet}" dan "{other}" sama-sama tab {juror} untuk tahap {stage}. Hapus atau ganti salah satunya; hanya "{sheet}" yang dihitung.',
    'problem.stageWaiting':
      'Tahap {stage}: tab juri dibuat setelah nilai tahap {previous} lengkap, karena pesertanya ditentukan oleh hasil tahap itu.',
    'problem.protectionForeign':
      'seluruh tab ini dilindungi oleh perlindungan yang tidak dibuat Juri, jadi Juri tidak mengubahnya dan tidak memperbarui tab ini. Hapus perlindungan itu (Data → Lindungi sheet dan rentang), lalu buat tab juri lagi.',
    'problem.protectionNotEditor':
      'Anda ({email}) bukan penyunting perlindungan tab ini, jadi Juri tidak memperbaruinya. Minta pemilik spreadsheet atau anggota sekretariat yang membuat tab ini untuk {@generate} sekali: sejak itu setiap email sekretariat di Pengaturan menjadi penyunting semua tab.',
  },
  en: {
    'tab.stageId': 'Stage ID',
    'tab.jurorId': 'Juror ID',
    'tab.email': 'Email',
    'tab.scale': 'Scale',
    'tab.scaleText': '{min}–{max}, in steps of {step}',
    'tab.scalePerColumn': 'see each column’s heading',
    'tab.progress': 'Progress',
    'tab.criterionIds': 'Criterion IDs',
    'tab.archive': 'Archive: rows of entries no longer assigned to this juror (scores kept, not counted)',
    'tab.help': 'Enter a number from {min} to {max}, in steps of {step}.',
    'tab.protection': 'Only {juror} and the secretariat can enter scores in this tab',
    'tab.blind': '{column} (hidden: blind judging)',
    'col.id': 'ID',
    'col.title': 'Innovation',
    'col.agency': 'Agency',
    'col.notes': 'Notes',
    'col.total': 'Total',
    'problem.criterionRemoved':
      'criterion "{criterion}" was removed from the Setup, but this tab still holds scores for it. Put the criterion back in the Setup, or clear its column, then generate the juror tabs again. This tab was left unchanged.',
    'problem.rowWithoutId':
      'this row holds scores but its ID cell is empty. Enter the entry ID or clear the row.',
    'problem.extraContent':
      'something is typed outside the score table. Move it to another sheet; this tab was left unchanged so that nothing is lost.',
    'problem.cellsRewritten':
      'this tab was written again with its rows moved, and these text cells the juror filled in were written back from their text only: {cells}. If one of them held a date, it is now text; a link in them is gone. Check those cells.',
    'problem.rowArchived':
      'the row with ID "{id}" was moved to the archive below the table, because no entry of the Setup has that ID. Its scores are kept in the archive; if the ID was mistyped, correct it there and generate the juror tabs again.',
    'problem.columnUnknown':
      'the criterion ID of column "{heading}" is empty, so its scores cannot be counted. Write the criterion ID back into this cell (see the Criteria table of the Setup). This tab is left unchanged until it is filled in.',
    'problem.formula': 'the score cell holds a formula ({formula}). Type the score as a number.',
    'problem.criterionMissing':
      'the column of criterion "{criterion}" is missing from this tab. To add it, {@generate}.',
    'problem.tabUnknown':
      'this tab looks like a juror tab, but juror "{juror}" or stage "{stage}" is not in the Setup. Its scores are not counted.',
    'problem.tabDuplicate':
      'Tabs "{sheet}" and "{other}" are both the tab of {juror} for stage {stage}. Delete or rename one of them; only "{sheet}" is counted.',
    'problem.stageWaiting':
      'Stage {stage}: its juror tabs are generated once the scores of stage {previous} are complete, because that stage decides who takes part.',
    'problem.protectionForeign':
      'the whole tab has a protection that Juri did not make, so Juri left it as it is and did not update this tab. Remove that protection (Data → Protect sheets and ranges), then generate the juror tabs again.',
    'problem.protectionNotEditor':
      "you ({email}) are not among the editors of this tab's protection, so Juri did not update it. Ask the spreadsheet owner or the secretariat member who made the tabs to {@generate} once: from then on every secretariat email of the Setup is an editor of every tab.",
  },
};
