/**
 * Messages of the sidebar. The one-sentence replies of its actions come from
 * the server (src/i18n/workflow.ts), the same ones the menu and the command
 * line show.
 */
import type { Catalogue } from './index';

const uiId = {
  'app.title': 'Juri',
  'app.loading': 'Memuat data kompetisi…',
  'app.refresh': 'Muat ulang',
  'app.refreshing': 'Memuat…',
  'app.language': 'Bahasa',
  'app.lang.id': 'Bahasa Indonesia',
  'app.lang.en': 'English',
  'app.competition': '{name} {year}',
  'app.closeMessage': 'Tutup pesan',

  'error.server':
    'Juri tidak dapat menyelesaikan permintaan ini. Periksa koneksi internet Anda, lalu coba lagi. Jika masih gagal, tutup dan buka kembali panel Juri.',
  'error.detail': 'Keterangan teknis: {detail}',
  'error.noServer': 'Panel ini hanya berjalan di dalam Google Sheets. Buka melalui menu Ekstensi › Juri.',

  'welcome.title': 'Selamat datang di Juri',
  'welcome.body':
    'Spreadsheet ini belum memiliki lembar Pengaturan. Mulai kompetisi baru: kosong untuk diisi sendiri, atau dengan contoh kabupaten untuk dicoba lebih dulu.',
  'welcome.empty': 'Kompetisi baru (kosong)',
  'welcome.example': 'Kompetisi baru dengan contoh kabupaten',
  'welcome.creating': 'Membuat…',

  'step.setup': '1. Pengaturan',
  'setup.valid': 'Pengaturan lengkap dan valid.',
  'setup.problems': 'Masalah di lembar Pengaturan: {n}. Klik masalah untuk membuka selnya.',
  'setup.open': 'Buka lembar Pengaturan',

  'step.tabs': '2. Tab juri',
  'tabs.count': '{generated} dari {expected} tab juri sudah dibuat.',
  'tabs.outOfDate':
    'Pengaturan berubah sejak tab juri dibuat. Klik Buat tab juri lagi untuk menambahkan tab yang belum ada.',
  'tabs.needsSetup': 'Perbaiki dulu masalah pengaturan di atas, lalu buat tab juri.',
  'tabs.generate': 'Buat tab juri',
  'tabs.generating': 'Membuat tab…',

  'step.progress': '3. Kemajuan penilaian',
  'progress.none': 'Kemajuan penilaian tampil setelah tab juri dibuat.',
  'progress.stageDone': '{done} dari {total} juri selesai',
  'progress.count': '{scored}/{total}',
  'progress.label': '{juror}, {stage}: {scored} dari {total} nilai terisi',
  'progress.done': 'selesai',
  'progress.late': 'terlambat {days} hari',

  'step.check': '4. Periksa nilai',
  'check.run': 'Periksa nilai',
  'check.running': 'Memeriksa…',
  'check.counts': 'Kesalahan: {errors} · Peringatan: {warnings}',
  'check.none': 'Tidak ada kesalahan atau peringatan.',
  'check.nothingYet': 'Belum ada tab juri, jadi belum ada nilai yang dapat diperiksa. Buat tab juri dulu.',
  'check.general': 'Umum',
  'check.error': 'Kesalahan',
  'check.warning': 'Peringatan',
  'check.jurorCounts': '{juror} ({n})',
  'check.more': 'Tampilkan {n} lagi (semua: {total})',
  'check.loadingMore': 'Memuat…',

  'step.ranking': '5. Peringkat',
  'ranking.compute': 'Hitung peringkat',
  'ranking.computing': 'Menghitung…',
  'ranking.none': 'Peringkat belum dihitung.',
  'ranking.at': 'Dihitung {at}.',
  'ranking.outOfDate': 'Nilai atau pengaturan berubah sejak peringkat dihitung. Hitung peringkat lagi.',
  'ranking.method': 'Metode: {method}',
  'ranking.fingerprint': 'Sidik jari data: {fingerprint}',
  'ranking.fingerprintHint': 'Sidik jari data berubah bila ada nilai atau pengaturan yang berubah.',
  'ranking.place': 'Peringkat {place}',
  'ranking.noPlace': 'Tanpa peringkat',
  'ranking.tie': 'seri',
  'ranking.advances': 'lolos',
  'ranking.score': 'nilai {score}',
  'ranking.open': 'Buka lembar Peringkat',
  'confirm.question': 'Tetap hitung peringkat dengan nilai yang belum lengkap?',
  'confirm.yes': 'Ya, tetap hitung',
  'confirm.no': 'Batal',
  'confirm.cancelled': 'Peringkat tidak dihitung. Lengkapi nilai, lalu hitung lagi.',

  'step.publish': '6. Terbitkan',
  'publish.recap': 'Sertakan rekap per juri',
  'publish.run': 'Terbitkan hasil',
  'publish.running': 'Menerbitkan…',
  'publish.none': 'Hasil belum diterbitkan.',
  'publish.at': 'Diterbitkan {at}.',
  'publish.link': 'Buka hasil yang diterbitkan',
  'publish.newTab': '(tab baru)',
  'publish.confirm.question': 'Terbitkan sebagai berkas baru, dengan tautan baru?',
  'env.title': 'Sebelum penjurian dimulai',
  'env.body':
    'Periksa sekali di spreadsheet ini: izin, layanan lanjutan, lokal, zona waktu, rumus Total dan email setiap juri. Tidak ada yang diubah.',
  'env.run': 'Periksa lingkungan',
  'env.running': 'Memeriksa…',
  'publish.confirm.yes': 'Ya, berkas baru',
  'publish.confirm.cancelled': 'Tidak ada yang diterbitkan. Tautan yang sudah dibagikan tetap sama.',
} as const;

export type UiKey = keyof typeof uiId;

export const uiMessages: Catalogue<UiKey> = {
  id: uiId,
  en: {
    'app.title': 'Juri',
    'app.loading': 'Loading the competition…',
    'app.refresh': 'Refresh',
    'app.refreshing': 'Loading…',
    'app.language': 'Language',
    'app.lang.id': 'Bahasa Indonesia',
    'app.lang.en': 'English',
    'app.competition': '{name} {year}',
    'app.closeMessage': 'Close message',

    'error.server':
      'Juri could not complete this request. Check your internet connection and try again. If it still fails, close and reopen the Juri panel.',
    'error.detail': 'Technical detail: {detail}',
    'error.noServer': 'This panel only works inside Google Sheets. Open it from the Extensions › Juri menu.',

    'welcome.title': 'Welcome to Juri',
    'welcome.body':
      'This spreadsheet has no Setup sheet yet. Start a new competition: empty, to fill in yourself, or with the regency example, to try things out first.',
    'welcome.empty': 'New competition (empty)',
    'welcome.example': 'New competition with the regency example',
    'welcome.creating': 'Creating…',

    'step.setup': '1. Setup',
    'setup.valid': 'The setup is complete and valid.',
    'setup.problems': 'Problems in the Setup sheet: {n}. Click a problem to go to its cell.',
    'setup.open': 'Open the Setup sheet',

    'step.tabs': '2. Juror tabs',
    'tabs.count': '{generated} of {expected} juror tabs generated.',
    'tabs.outOfDate':
      'The setup changed since the juror tabs were generated. Click Generate juror tabs again to add the missing ones.',
    'tabs.needsSetup': 'Fix the setup problems above first, then generate the juror tabs.',
    'tabs.generate': 'Generate juror tabs',
    'tabs.generating': 'Generating…',

    'step.progress': '3. Scoring progress',
    'progress.none': 'Scoring progress shows once the juror tabs exist.',
    'progress.stageDone': '{done} of {total} jurors done',
    'progress.count': '{scored}/{total}',
    'progress.label': '{juror}, {stage}: {scored} of {total} scores filled in',
    'progress.done': 'done',
    'progress.late': '{days} days late',

    'step.check': '4. Check scores',
    'check.run': 'Check scores',
    'check.running': 'Checking…',
    'check.counts': 'Errors: {errors} · Warnings: {warnings}',
    'check.none': 'No errors or warnings.',
    'check.nothingYet':
      'There are no juror tabs yet, so there are no scores to check. Generate the juror tabs first.',
    'check.general': 'General',
    'check.error': 'Error',
    'check.warning': 'Warning',
    'check.jurorCounts': '{juror} ({n})',
    'check.more': 'Show {n} more (all: {total})',
    'check.loadingMore': 'Loading…',

    'step.ranking': '5. Ranking',
    'ranking.compute': 'Compute ranking',
    'ranking.computing': 'Computing…',
    'ranking.none': 'The ranking has not been computed yet.',
    'ranking.at': 'Computed {at}.',
    'ranking.outOfDate': 'Scores or setup changed since the ranking was computed. Compute the ranking again.',
    'ranking.method': 'Method: {method}',
    'ranking.fingerprint': 'Fingerprint: {fingerprint}',
    'ranking.fingerprintHint': 'The fingerprint changes whenever a score or the setup changes.',
    'ranking.place': 'Place {place}',
    'ranking.noPlace': 'No place',
    'ranking.tie': 'tie',
    'ranking.advances': 'advances',
    'ranking.score': 'score {score}',
    'ranking.open': 'Open the Ranking sheet',
    'confirm.question': 'Compute the ranking anyway, with incomplete scores?',
    'confirm.yes': 'Yes, compute anyway',
    'confirm.no': 'Cancel',
    'confirm.cancelled': 'The ranking was not computed. Complete the scores, then compute again.',

    'step.publish': '6. Publish',
    'publish.recap': 'Include the per-juror recap',
    'publish.run': 'Publish results',
    'publish.running': 'Publishing…',
    'publish.none': 'The results have not been published yet.',
    'publish.at': 'Published {at}.',
    'publish.link': 'Open the published results',
    'publish.newTab': '(new tab)',
    'publish.confirm.question': 'Publish as a new file, with a new link?',
    'env.title': 'Before the jury starts',
    'env.body':
      'Check once in this spreadsheet: permissions, advanced services, locale, time zone, the Total formula and every juror’s email. Nothing is changed.',
    'env.run': 'Check environment',
    'env.running': 'Checking…',
    'publish.confirm.yes': 'Yes, a new file',
    'publish.confirm.cancelled': 'Nothing was published. The link already shared stays the same.',
  },
};
