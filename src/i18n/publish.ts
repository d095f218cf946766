import type { Catalogue } from './index';

type PublishKey = 'noRanking' | 'outOfDate' | 'published' | 'publishedNotShared' | 'title';

export const publishMessages: Catalogue<PublishKey> = {
  id: {
    noRanking: 'Belum ada lembar Peringkat untuk diterbitkan. Pilih "Hitung peringkat" dulu.',
    outOfDate:
      'Lembar "{sheet}" tidak lagi sesuai dengan nilai dan Pengaturan saat ini (sidik jari data berbeda), jadi tidak diterbitkan. Pilih "Hitung peringkat" lagi, lalu terbitkan.',
    published:
      'Hasil diterbitkan. Siapa pun yang memiliki tautan dapat melihatnya (tidak dapat mengubahnya).',
    publishedNotShared:
      'Hasil diperbarui, tetapi domain Anda tidak mengizinkan berbagi dengan siapa pun yang memiliki tautan ({error}). Bagikan berkas itu secara manual dari Google Drive.',
    title: 'Hasil – {name} {year}',
  },
  en: {
    noRanking: 'There is no Ranking sheet to publish yet. Choose "Compute ranking" first.',
    outOfDate:
      'Sheet "{sheet}" no longer matches the current scores and Setup (the data fingerprint differs), so it was not published. Choose "Compute ranking" again, then publish.',
    published: 'Results published. Anyone with the link can view them (not edit).',
    publishedNotShared:
      'Results updated, but your domain does not allow sharing with anyone who has the link ({error}). Share the file by hand from Google Drive.',
    title: 'Results – {name} {year}',
  },
};
