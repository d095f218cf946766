import type { Catalogue } from './index';

/** The report of Check environment, one line per finding. */
type EnvironmentKey =
  | 'summaryOk'
  | 'summaryProblems'
  | 'scopeGranted'
  | 'scopeMissing'
  | 'servicesOk'
  | 'servicesMissing'
  | 'locale'
  | 'timeZone'
  | 'formulaOk'
  | 'formulaDiffers'
  | 'protectionTime'
  | 'editorOk'
  | 'editorRefused'
  | 'noJurors'
  | 'copiesOk'
  | 'copiesDiffer'
  | 'leftoverRemoved'
  | 'trialFailed'
  | 'cleanupFailed';

export const environmentMessages: Catalogue<EnvironmentKey> = {
  id: {
    summaryOk: 'Lingkungan siap untuk Juri. Tidak ada yang diubah di spreadsheet ini.',
    summaryProblems:
      'Ada yang perlu dibereskan sebelum penjurian dimulai (tanda ✗). Tidak ada yang diubah di spreadsheet ini.',
    scopeGranted: 'Izin {scope}: diberikan.',
    scopeMissing:
      'Izin {scope}: belum diberikan. Jalankan tindakan Juri dari menu dan centang izin ini di layar persetujuan Google.',
    servicesOk: 'Layanan lanjutan Google Sheets API dan Drive API: aktif (untuk Terbitkan hasil).',
    servicesMissing:
      'Layanan lanjutan belum aktif: {missing}. Di editor Apps Script, buka Layanan (+) dan tambahkan; tanpa itu hasil tidak dapat diterbitkan.',
    locale: 'Lokal spreadsheet: {locale} (File › Setelan).',
    timeZone: 'Zona waktu spreadsheet: {zone}; waktu peringkat dan penerbitan ditulis dalam zona ini.',
    formulaOk: 'Rumus Total terbaca kembali persis seperti yang ditulis Juri ({formula}); nilainya: {value}.',
    formulaDiffers:
      'Rumus Total terbaca berbeda dari yang ditulis Juri: ditulis {formula}, terbaca {read}. Laporkan hal ini bersama lokal spreadsheet di atas.',
    protectionTime: 'Satu perlindungan dengan satu editor memerlukan {ms} ms.',
    editorOk: 'Juri {name} ({email}) dapat dijadikan editor rentang yang dilindungi.',
    editorRefused:
      'Juri {name} ({email}) tidak dapat dijadikan editor ({error}). Pastikan alamat itu akun Google dan domain Anda mengizinkan berbagi dengannya, atau ganti emailnya di Pengaturan.',
    noJurors:
      'Belum ada juri di Pengaturan, jadi email juri belum diperiksa. Periksa lagi setelah daftar juri diisi.',
    copiesOk:
      'Salinan lembar menyimpan validasi, lebar kolom, baris dan kolom beku, tanpa perlindungan: Buat tab juri akan menyalin tab baru dari templat per tahap (lebih sedikit panggilan ke Sheets). Temuan ini dicatat di setelan dokumen spreadsheet ini.',
    copiesDiffer:
      'Salinan lembar tidak menyimpan semuanya ({what}): Buat tab juri akan menulis setiap tab baru secara utuh, lebih lambat tetapi sama aman.',
    leftoverRemoved: 'Lembar uji "{sheet}" dari pemeriksaan yang terputus sebelumnya sudah dihapus.',
    trialFailed: 'Uji di lembar sementara terhenti ({error}).',
    cleanupFailed: 'Lembar uji "{sheet}" tidak dapat dihapus ({error}). Hapus lembar itu secara manual.',
  },
  en: {
    summaryOk: 'The environment is ready for Juri. Nothing in this spreadsheet was changed.',
    summaryProblems:
      'Something needs fixing before the jury starts (marked ✗). Nothing in this spreadsheet was changed.',
    scopeGranted: 'Permission {scope}: granted.',
    scopeMissing:
      'Permission {scope}: not granted. Run a Juri action from the menu and tick this permission on Google’s consent screen.',
    servicesOk: 'Advanced services Google Sheets API and Drive API: enabled (for Publish results).',
    servicesMissing:
      'Advanced services not enabled: {missing}. In the Apps Script editor, open Services (+) and add them; without them the results cannot be published.',
    locale: 'Spreadsheet locale: {locale} (File › Settings).',
    timeZone: 'Spreadsheet time zone: {zone}; the times of the ranking and of publishing are written in it.',
    formulaOk: 'The Total formula reads back exactly as Juri writes it ({formula}); its value: {value}.',
    formulaDiffers:
      'The Total formula reads back differently from what Juri wrote: written {formula}, read {read}. Report this with the spreadsheet locale above.',
    protectionTime: 'One protection with one editor takes {ms} ms.',
    editorOk: 'Juror {name} ({email}) can be made an editor of a protected range.',
    editorRefused:
      'Juror {name} ({email}) cannot be made an editor ({error}). Make sure the address is a Google account and your domain allows sharing with it, or change the email in the Setup.',
    noJurors:
      'There are no jurors in the Setup yet, so no juror email was tried. Check again once the jurors are listed.',
    copiesOk:
      'A copy of a sheet keeps its validation, column widths and frozen rows and columns, and none of its protections: Generate juror tabs will copy new tabs from a template per stage (fewer calls to Sheets). This finding is kept in the document settings of this spreadsheet.',
    copiesDiffer:
      'A copy of a sheet does not keep everything ({what}): Generate juror tabs will write each new tab in full, slower but as safe.',
    leftoverRemoved: 'The test sheet "{sheet}" of an earlier, interrupted check was removed.',
    trialFailed: 'The trials on the temporary sheet stopped ({error}).',
    cleanupFailed: 'The test sheet "{sheet}" could not be removed ({error}). Delete that sheet by hand.',
  },
};
