import type { Catalogue } from './index';

type PublishKey =
  | 'noRanking'
  | 'outOfDate'
  | 'published'
  | 'publishedNotShared'
  | 'title'
  | 'otherPublisher'
  | 'gone'
  | 'unreachable'
  | 'interrupted'
  | 'servicesMissing'
  | 'askNewFile';

export const publishMessages: Catalogue<PublishKey> = {
  id: {
    noRanking: 'Belum ada lembar Peringkat untuk diterbitkan. Pilih "Hitung peringkat" dulu.',
    outOfDate:
      'Lembar "{sheet}" tidak lagi sesuai dengan nilai dan Pengaturan saat ini (sidik jari data berbeda), jadi tidak diterbitkan. Pilih "Hitung peringkat" lagi, lalu terbitkan.',
    published:
      'Hasil diterbitkan. Siapa pun yang memiliki tautan dapat melihatnya (tidak dapat mengubahnya).',
    publishedNotShared:
      'Hasil diperbarui, tetapi berkasnya belum dapat dibagikan kepada siapa pun yang memiliki tautan ({error}). Pilih "Terbitkan hasil" lagi; jika domain Anda tidak mengizinkan berbagi seperti itu, bagikan berkas itu secara manual dari Google Drive.',
    title: 'Hasil – {name} {year}',
    otherPublisher:
      'Hasil sebelumnya diterbitkan oleh {publisher} ({url}). Google hanya mengizinkan akun yang membuat berkas itu memperbaruinya lewat Juri, jadi tidak ada yang diterbitkan. Minta {publisher} memilih "Terbitkan hasil", atau terbitkan sebagai berkas baru: tautan baru, dan tautan lama tidak diperbarui lagi.',
    gone: 'Berkas hasil yang diterbitkan ({url}) tidak dapat dibuka lagi: mungkin dihapus atau ada di Sampah Google Drive. Tidak ada yang diterbitkan. Pulihkan berkas itu dari Sampah lalu terbitkan lagi, atau terbitkan sebagai berkas baru (tautan baru).',
    unreachable:
      'Berkas hasil yang diterbitkan ({url}) tidak dapat dibuka saat ini ({error}). Tidak ada yang diterbitkan dan tautannya tetap sama; coba lagi sebentar lagi.',
    interrupted:
      'Penerbitan terhenti sebelum selesai ({error}). Tautannya tetap sama ({url}); pilih "Terbitkan hasil" lagi untuk menyelesaikannya.',
    servicesMissing:
      'Layanan lanjutan Google Sheets API dan Drive API belum diaktifkan untuk skrip ini, jadi hasil tidak dapat diterbitkan. Di editor Apps Script, buka Layanan (+), tambahkan "Google Sheets API" dan "Drive API", lalu coba lagi.',
    askNewFile:
      'Terbitkan sebagai berkas baru? Berkas baru mendapat tautan baru; tautan yang sudah dibagikan tidak akan diperbarui lagi.',
  },
  en: {
    noRanking: 'There is no Ranking sheet to publish yet. Choose "Compute ranking" first.',
    outOfDate:
      'Sheet "{sheet}" no longer matches the current scores and Setup (the data fingerprint differs), so it was not published. Choose "Compute ranking" again, then publish.',
    published: 'Results published. Anyone with the link can view them (not edit).',
    publishedNotShared:
      'Results updated, but the file could not be shared with anyone who has the link yet ({error}). Choose "Publish results" again; if your domain does not allow such sharing, share the file by hand from Google Drive.',
    title: 'Results – {name} {year}',
    otherPublisher:
      'The results were last published by {publisher} ({url}). Google lets only the account that created that file update it through Juri, so nothing was published. Ask {publisher} to choose "Publish results", or publish as a new file: a new link, and the old link is no longer updated.',
    gone: 'The published results file ({url}) can no longer be opened: it may have been deleted or be in the Google Drive trash. Nothing was published. Restore the file from the trash and publish again, or publish as a new file (a new link).',
    unreachable:
      'The published results file ({url}) cannot be opened right now ({error}). Nothing was published and the link stays the same; try again in a moment.',
    interrupted:
      'Publishing stopped before it finished ({error}). The link stays the same ({url}); choose "Publish results" again to finish.',
    servicesMissing:
      'The advanced services Google Sheets API and Drive API are not enabled for this script, so the results cannot be published. In the Apps Script editor, open Services (+), add "Google Sheets API" and "Drive API", then try again.',
    askNewFile:
      'Publish as a new file? A new file gets a new link; the link already shared will no longer be updated.',
  },
};
