/** Messages of the .xlsx files the command line opens and saves. */
import type { Catalogue } from './index';

export type XlsxMessageKey =
  | 'fileMissing'
  | 'fileNotXlsx'
  | 'fileUnreadable'
  | 'fileNotSaved'
  | 'fileTooLarge'
  | 'fileUnpacksTooLarge'
  | 'fileReadOnly'
  | 'fileBusy'
  | 'fileWaiting'
  | 'fileChangedWhileRead'
  | 'fileOpenElsewhere'
  | 'fileNotCreated';

export const xlsxMessages = {
  id: {
    fileMissing:
      'Berkas {path} tidak ditemukan. Periksa nama dan folder berkas, lalu jalankan perintah lagi.',
    fileNotXlsx:
      'Berkas {path} bukan buku kerja .xlsx yang utuh: mungkin rusak, berformat lain (.xls, .ods, .csv), atau dikunci dengan kata sandi. Buka berkas itu di Excel atau LibreOffice, simpan sebagai "Buku Kerja Excel (.xlsx)" tanpa kata sandi, lalu coba lagi.',
    fileUnreadable:
      'Berkas {path} tidak dapat dibaca ({reason}). Periksa izin akses berkas itu, lalu coba lagi.',
    fileNotSaved:
      'Berkas {path} tidak dapat disimpan ({reason}). Isi berkas sebelumnya tidak berubah. Pastikan folder itu ada dan dapat ditulisi, berkas tidak sedang dibuka di program lain, dan ruang disk cukup, lalu coba lagi.',
    fileTooLarge:
      'Berkas {path} berukuran {size} MB, melebihi batas {limit} MB yang dibaca Juri. Buku kerja juri biasanya hanya beberapa MB: periksa apakah ini berkas yang benar, atau hapus lembar dan gambar yang tidak diperlukan di Excel atau LibreOffice, lalu coba lagi.',
    fileUnpacksTooLarge:
      'Berkas {path} terlalu besar setelah dibuka: bagian {part} berisi {size} MB, melebihi batas {limit} MB (biasanya karena format diterapkan pada jutaan sel kosong). Berkas tidak diubah. Di Excel atau LibreOffice, hapus baris dan kolom kosong di bawah dan di kanan data (atau salin data ke buku kerja baru), simpan, lalu coba lagi.',
    fileReadOnly:
      'Berkas {path} hanya-baca, jadi Juri tidak menyimpan apa pun ke dalamnya. Isi berkas tidak berubah. Izinkan penulisan (misalnya chmod u+w) atau salin berkas itu, lalu jalankan perintah lagi.',
    fileBusy:
      'Perintah juri lain (proses {pid}) sedang mengubah {path}, dan belum selesai setelah {seconds} detik. Berkas tidak diubah oleh perintah ini. Tunggu sampai perintah itu selesai, lalu jalankan lagi. Jika tidak ada perintah juri yang berjalan, hapus berkas kunci {lock}.',
    fileWaiting: 'Menunggu perintah juri lain (proses {pid}) selesai mengubah {path}...',
    fileChangedWhileRead:
      'Berkas {path} disimpan oleh perintah lain selagi perintah ini membacanya. Supaya isi yang baru tidak tertimpa, berkas dibaca dan diperiksa ulang sebagaimana sekarang; hasil di bawah ini berasal dari pemeriksaan ulang itu.',
    fileOpenElsewhere:
      'Peringatan: {path} sedang terbuka di {program} (ada berkas kunci {lock}). Jika Anda menyimpan di sana, perubahan dari Juri akan tertimpa. Tutup berkas di {program} sebelum menjalankan juri, lalu buka lagi setelahnya.',
    fileNotCreated:
      'Berkas {path} tidak dapat dibuat ({reason}). Pastikan foldernya ada (dan bukan sebuah berkas) dan dapat ditulisi, dan ruang disk cukup, lalu coba lagi.',
  },
  en: {
    fileMissing: 'File {path} was not found. Check the file name and folder, then run the command again.',
    fileNotXlsx:
      'File {path} is not a sound .xlsx workbook: it may be damaged, in another format (.xls, .ods, .csv) or protected with a password. Open it in Excel or LibreOffice, save it as "Excel Workbook (.xlsx)" without a password, then try again.',
    fileUnreadable:
      'File {path} cannot be read ({reason}). Check the permissions of the file, then try again.',
    fileNotSaved:
      'File {path} could not be saved ({reason}). The previous content of the file is unchanged. Make sure the folder exists and is writable, the file is not open in another program and the disk has room, then try again.',
    fileTooLarge:
      'File {path} is {size} MB, above the {limit} MB Juri reads. A jury workbook is usually a few MB: check that this is the right file, or delete sheets and pictures you do not need in Excel or LibreOffice, then try again.',
    fileUnpacksTooLarge:
      'File {path} is too large once unpacked: its part {part} holds {size} MB, above the limit of {limit} MB (usually formats applied to millions of empty cells). The file is unchanged. In Excel or LibreOffice, delete the empty rows and columns below and to the right of the data (or copy the data into a new workbook), save, then try again.',
    fileReadOnly:
      'File {path} is read-only, so Juri saved nothing into it. The file is unchanged. Allow writing (for example chmod u+w) or work on a copy, then run the command again.',
    fileBusy:
      'Another juri command (process {pid}) is changing {path} and has not finished after {seconds} seconds. This command changed nothing. Wait until that command ends, then run this one again. If no juri command is running, delete the lock file {lock}.',
    fileWaiting: 'Waiting for another juri command (process {pid}) to finish changing {path}...',
    fileChangedWhileRead:
      'File {path} was saved by another command while this one was reading it. So that its new content is not overwritten, the file is read and checked again as it is now; what follows comes from that second check.',
    fileOpenElsewhere:
      "Warning: {path} is open in {program} (lock file {lock}). If you save it there, Juri's changes will be overwritten. Close the file in {program} before running juri, and open it again afterwards.",
    fileNotCreated:
      'File {path} could not be created ({reason}). Make sure its folder exists (and is not a file) and is writable, and the disk has room, then try again.',
  },
} satisfies Catalogue<XlsxMessageKey>;
