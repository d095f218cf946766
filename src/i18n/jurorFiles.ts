import type { Catalogue } from './index';

/** One spreadsheet per juror: the list of juror files, the sharing message, and what can go wrong with a file. */
type JurorFilesKey =
  | 'sheet'
  | 'title'
  | 'limit'
  | 'col.jurorId'
  | 'col.juror'
  | 'col.email'
  | 'col.link'
  | 'col.fileId'
  | 'col.creator'
  | 'col.tabs'
  | 'col.status'
  | 'col.seal'
  | 'status.shared'
  | 'status.gone'
  | 'status.unshared'
  | 'status.edited'
  | 'fileTitle'
  | 'shareMessage'
  | 'protection'
  | 'otherAccount'
  | 'unreachable'
  | 'tabsInMaster'
  | 'notHere'
  | 'problem.gone'
  | 'problem.unshared'
  | 'problem.edited';

export const jurorFilesMessages: Catalogue<JurorFilesKey> = {
  id: {
    sheet: 'File juri',
    title: 'File juri – {name}',
    limit:
      'Setiap juri menilai di spreadsheet miliknya sendiri, yang hanya dibagikan kepadanya. Izin Google yang dipakai Juri (drive.file) hanya membolehkan akun yang membuat file-file ini ({creator}) membacanya kembali: jalankan Buat tab juri, Periksa nilai dan Hitung peringkat dengan akun itu (sebaiknya satu akun sekretariat bersama).',
    'col.jurorId': 'ID juri',
    'col.juror': 'Juri',
    'col.email': 'Dibagikan kepada',
    'col.link': 'Tautan',
    'col.fileId': 'ID file',
    'col.creator': 'Dibuat oleh',
    'col.tabs': 'Tab',
    'col.status': 'Status',
    'col.seal': 'Segel',
    'status.shared': 'Dibagikan (dapat mengisi nilai)',
    'status.gone': 'Tidak dapat dibuka: dihapus atau di Sampah',
    'status.unshared': 'Tidak lagi dibagikan kepada juri',
    'status.edited': 'Diubah di luar sel nilai',
    fileTitle: '{competition} – {juror}',
    shareMessage:
      'Yth. {juror}, ini spreadsheet penilaian Anda untuk {competition}. Hanya Anda dan sekretariat yang dapat membukanya. Isi nilai di sel berwarna kuning pada setiap tab; sel lain terkunci.',
    protection: 'Hanya {juror} yang dapat mengisi nilai di tab ini',
    unreachable: '{reason}',
    otherAccount:
      'File juri kompetisi ini dibuat oleh {creator}. Izin Google yang dipakai Juri (drive.file) hanya membolehkan akun itu membaca dan memperbarui file juri, jadi tidak ada yang dilakukan dengan akun {user}. Jalankan tindakan ini dengan akun {creator} (sebaiknya satu akun sekretariat bersama).',
    tabsInMaster:
      'Pengaturan memilih "Satu spreadsheet per juri", tetapi spreadsheet ini masih memuat tab juri ({sheets}). Agar tidak ada nilai yang hilang, tidak ada file juri yang dibuat. Kembalikan Tempat penilaian ke "Tab di spreadsheet ini", atau hapus tab juri itu bila belum ada nilai yang diisi, lalu buat lagi.',
    notHere:
      'Pengaturan memilih "Satu spreadsheet per juri", yang hanya dapat dibuat di Google Sheets. Di sini tab juri dibuat di buku kerja ini; untuk satu berkas .xlsx per juri, jalankan generate dengan --split FOLDER, lalu kumpulkan nilainya dengan juri collect.',
    'problem.gone':
      'File juri {juror} ({url}) tidak dapat dibuka: mungkin dihapus atau ada di Sampah Google Drive. Nilainya tidak terbaca. Pulihkan file itu dari Sampah; bila tidak ada lagi, hapus barisnya di lembar "{sheet}" lalu pilih Buat tab juri untuk membuat file baru.',
    'problem.unshared':
      'File juri {juror} ({url}) tidak lagi dibagikan kepada {email}, sehingga juri tidak dapat mengisinya. Pilih Buat tab juri untuk membagikannya lagi.',
    'problem.edited':
      'File juri {juror} ({url}) diubah di luar sel nilai ({what}). Nilai tetap dibaca; pilih Buat tab juri untuk mengembalikan bagian yang dibuat Juri.',
  },
  en: {
    sheet: 'Juror files',
    title: 'Juror files – {name}',
    limit:
      'Each juror scores in a spreadsheet of their own, shared with them alone. The Google permission Juri uses (drive.file) lets only the account that created these files ({creator}) read them back: run Generate, Check scores and Compute ranking with that account (best, one shared secretariat account).',
    'col.jurorId': 'Juror ID',
    'col.juror': 'Juror',
    'col.email': 'Shared with',
    'col.link': 'Link',
    'col.fileId': 'File ID',
    'col.creator': 'Created by',
    'col.tabs': 'Tabs',
    'col.status': 'Status',
    'col.seal': 'Seal',
    'status.shared': 'Shared (can enter scores)',
    'status.gone': 'Cannot be opened: deleted or in the trash',
    'status.unshared': 'No longer shared with the juror',
    'status.edited': 'Edited outside its score cells',
    fileTitle: '{competition} – {juror}',
    shareMessage:
      'Dear {juror}, this is your scoring spreadsheet for {competition}. Only you and the secretariat can open it. Enter your scores in the yellow cells of each tab; the other cells are locked.',
    protection: 'Only {juror} can enter scores in this tab',
    unreachable: '{reason}',
    otherAccount:
      "This competition's juror files were created by {creator}. The Google permission Juri uses (drive.file) lets only that account read and update juror files, so nothing was done with the account {user}. Run this action with the account {creator} (best, one shared secretariat account).",
    tabsInMaster:
      'The Setup chooses "One spreadsheet per juror", but this spreadsheet still holds juror tabs ({sheets}). So that no score is lost, no juror file was made. Set Where jurors score back to "Tabs in this spreadsheet", or delete those juror tabs if no score was typed in them, then generate again.',
    notHere:
      'The Setup chooses "One spreadsheet per juror", which can be made in Google Sheets only. Here the juror tabs are made in this workbook; for one .xlsx file per juror, run generate with --split FOLDER, then collect the scores with juri collect.',
    'problem.gone':
      '{juror}\'s juror file ({url}) cannot be opened: it may have been deleted or be in the Google Drive trash. Its scores were not read. Restore the file from the trash; if it is gone for good, delete its row in the "{sheet}" sheet, then choose Generate to make a new file.',
    'problem.unshared':
      "{juror}'s juror file ({url}) is no longer shared with {email}, so the juror cannot score in it. Choose Generate to share it again.",
    'problem.edited':
      "{juror}'s juror file ({url}) was edited outside its score cells ({what}). The scores are still read; choose Generate to restore what Juri made.",
  },
};

/** The list sheet's name in either language. */
export const JUROR_FILES_NAMES = [jurorFilesMessages.id.sheet, jurorFilesMessages.en.sheet];
