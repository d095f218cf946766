/** Messages of the .xlsx files the command line opens and saves. */
import type { Catalogue } from './index';

export type XlsxMessageKey = 'fileMissing' | 'fileNotXlsx' | 'fileUnreadable' | 'fileNotSaved';

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
  },
  en: {
    fileMissing: 'File {path} was not found. Check the file name and folder, then run the command again.',
    fileNotXlsx:
      'File {path} is not a sound .xlsx workbook: it may be damaged, in another format (.xls, .ods, .csv) or protected with a password. Open it in Excel or LibreOffice, save it as "Excel Workbook (.xlsx)" without a password, then try again.',
    fileUnreadable:
      'File {path} cannot be read ({reason}). Check the permissions of the file, then try again.',
    fileNotSaved:
      'File {path} could not be saved ({reason}). The previous content of the file is unchanged. Make sure the folder exists and is writable, the file is not open in another program and the disk has room, then try again.',
  },
} satisfies Catalogue<XlsxMessageKey>;
