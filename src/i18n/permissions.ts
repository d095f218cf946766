import type { Catalogue } from './index';

/** The permissions Juri asks for, each with why, and the message when one was withheld. */
type PermissionKey = 'missing' | 'scope.sheet' | 'scope.ui' | 'scope.email' | 'scope.driveFile';

export const permissionMessages: Catalogue<PermissionKey> = {
  id: {
    missing:
      'Juri belum mendapat izin yang diperlukan untuk tindakan ini, jadi tidak ada yang diubah. Izin yang kurang: {list}. Buka {url}, centang izin tersebut di layar persetujuan Google, lalu jalankan tindakan ini lagi (jika izin itu tidak dapat dicentang, minta admin Google Workspace Anda mengizinkannya). Juri tidak meminta izin lain.',
    'scope.sheet':
      'akses ke spreadsheet ini saja (spreadsheets.currentonly), untuk membaca Pengaturan dan nilai serta menulis tab juri, Peringkat dan Rekap',
    'scope.ui':
      'menampilkan konten di dalam Google Sheets (script.container.ui), untuk menampilkan menu, panel dan pesan Juri',
    'scope.email':
      'melihat alamat email Anda (userinfo.email), agar Anda tetap dapat mengedit setiap tab yang dilindungi Juri dan agar Juri ingat siapa yang menerbitkan hasil',
    'scope.driveFile':
      'hanya file Google Drive yang dibuat dengan Juri (drive.file), untuk menerbitkan hasil sebagai berkas tersendiri yang dapat dilihat siapa pun yang memiliki tautan, dan untuk membuat, membagikan dan membaca spreadsheet setiap juri bila Pengaturan memilih satu spreadsheet per juri',
  },
  en: {
    missing:
      'Juri does not have a permission this action needs, so nothing was changed. Missing: {list}. Open {url}, tick that permission on Google’s consent screen, then run this action again (if it cannot be ticked, ask your Google Workspace admin to allow it). Juri asks for no other permission.',
    'scope.sheet':
      'access to this spreadsheet only (spreadsheets.currentonly), to read the Setup and the scores and write the juror tabs, Ranking and Recap',
    'scope.ui':
      'showing content inside Google Sheets (script.container.ui), to show the Juri menu, panel and messages',
    'scope.email':
      'seeing your email address (userinfo.email), so that you stay an editor of every tab Juri protects and Juri remembers who published the results',
    'scope.driveFile':
      'only the Google Drive files made with Juri (drive.file), to publish the results as a separate file anyone with the link can view, and to make, share and read each juror’s spreadsheet when the Setup chooses one spreadsheet per juror',
  },
};
