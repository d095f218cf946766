import type { Catalogue } from './index';

type MenuKey =
  | 'menu.title'
  | 'menu.openPanel'
  | 'menu.newCompetition'
  | 'menu.newExample'
  | 'menu.presetRegency'
  | 'menu.presetProvince'
  | 'menu.presetNation'
  | 'menu.import'
  | 'import.askSheet'
  | 'menu.remind'
  | 'remind.email'
  | 'remind.whatsapp'
  | 'running.import'
  | 'menu.generate'
  | 'menu.confirmCut'
  | 'confirm.cut'
  | 'running.confirmCut'
  | 'menu.check'
  | 'menu.rank'
  | 'menu.rankIncomplete'
  | 'menu.publish'
  | 'menu.publishNew'
  | 'rank.howAnyway'
  | 'publish.askNewFile'
  | 'publish.howNewFile'
  | 'menu.documents'
  | 'menu.documentsAnyway'
  | 'menu.recordDecisions'
  | 'documents.howAnyway'
  | 'documents.howRecord'
  | 'menu.help'
  | 'menu.checkEnvironment'
  | 'running.checkEnvironment'
  | 'panel.title'
  | 'help.title'
  | 'help.body'
  | 'confirm.incomplete'
  | 'running.newCompetition'
  | 'running.generate'
  | 'running.check'
  | 'running.rank'
  | 'running.publish'
  | 'running.documents'
  | 'confirm.documents'
  | 'confirm.decisions'
  | 'publish.askRecap';

export const menuMessages: Catalogue<MenuKey> = {
  id: {
    'menu.title': 'Juri',
    'menu.openPanel': 'Buka panel Juri',
    'menu.newCompetition': 'Kompetisi baru (kosong)',
    'menu.newExample': 'Kompetisi baru (contoh kabupaten)',
    'menu.presetRegency': 'Kompetisi baru dari templat: kabupaten',
    'menu.presetProvince': 'Kompetisi baru dari templat: provinsi (KOVABLIK)',
    'menu.presetNation': 'Kompetisi baru dari templat: nasional (KIPP)',
    'menu.import': 'Impor peserta',
    'import.askSheet':
      'Nama lembar yang berisi daftar peserta (misalnya "Form Responses 1"). Baris 1 memuat judul kolom: judul inovasi, instansi, kategori, dan boleh juga kelompok dan wilayah.',
    'menu.remind': 'Ingatkan juri',
    'remind.email': 'Kirim lewat email',
    'remind.whatsapp': 'Kirim lewat WhatsApp',
    'running.import': 'Juri sedang mengimpor peserta…',
    'menu.generate': 'Buat tab juri',
    'menu.confirmCut': 'Konfirmasi batas baru',
    'confirm.cut':
      'Pakai batas lolos menurut Pengaturan sekarang? Peserta tahap lanjutan akan mengikuti batas itu: inovasi yang masuk mendapat baris di tab juri, dan nilai inovasi yang keluar dipindah ke arsip tab (tidak dihapus). "Periksa nilai" menunjukkan siapa yang masuk dan keluar.',
    'running.confirmCut': 'Memakai batas baru…',
    'menu.check': 'Periksa nilai',
    'menu.rank': 'Hitung peringkat',
    'menu.rankIncomplete': 'Hitung peringkat dengan nilai yang ada',
    'menu.publish': 'Terbitkan hasil',
    'menu.publishNew': 'Terbitkan sebagai berkas baru',
    'rank.howAnyway':
      'Untuk menghitung peringkat dengan nilai yang ada, pilih Juri → "Hitung peringkat dengan nilai yang ada". Entri yang nilainya belum lengkap akan ditandai.',
    'publish.askNewFile':
      'Terbitkan sebagai berkas baru? Berkas baru mendapat tautan baru; tautan yang sudah dibagikan tidak akan diperbarui lagi.',
    'publish.howNewFile':
      'Untuk menerbitkan sebagai berkas baru, pilih Juri → "Terbitkan sebagai berkas baru".',
    'menu.documents': 'Buat dokumen resmi',
    'menu.documentsAnyway': 'Buat dokumen resmi dengan nilai yang ada',
    'menu.recordDecisions': 'Catat keputusan pleno',
    'documents.howAnyway':
      'Untuk membuatnya tetap, dengan catatan di setiap halaman, pilih Juri → "Buat dokumen resmi dengan nilai yang ada".',
    'documents.howRecord':
      'Untuk mencatat keputusan itu sebagai penyesuaian manual, pilih Juri → "Catat keputusan pleno".',
    'running.documents': 'Membuat dokumen resmi…',
    'confirm.documents': 'Tetap buat dokumen resmi? Setiap halaman akan mencatat alasannya.',
    'confirm.decisions':
      'Catat keputusan rapat pleno yang tertulis di sheet Bahan Pleno sebagai penyesuaian manual, lalu hitung peringkat dan buat dokumen lagi?',
    'menu.help': 'Bantuan',
    'menu.checkEnvironment': 'Periksa lingkungan',
    'running.checkEnvironment': 'Memeriksa lingkungan…',
    'panel.title': 'Juri',
    'help.title': 'Bantuan Juri',
    'confirm.incomplete':
      'Hitung peringkat dengan nilai yang ada? Entri yang nilainya belum lengkap akan ditandai.',
    'running.newCompetition': 'Membuat lembar Pengaturan…',
    'running.generate': 'Membuat tab juri…',
    'running.check': 'Memeriksa nilai…',
    'running.rank': 'Menghitung peringkat…',
    'running.publish': 'Menerbitkan hasil…',
    'publish.askRecap': 'Sertakan juga rekap nilai per juri dalam hasil yang diterbitkan?',
    'help.body':
      '1. Kompetisi baru: isi lembar Pengaturan (kategori, tahap, kriteria, juri, peserta).\n' +
      '2. Buat tab juri: satu tab per juri dan tahap, hanya juri itu yang dapat mengisinya.\n' +
      '3. Periksa nilai: lihat nilai yang kosong atau salah dan siapa yang sudah selesai.\n' +
      '4. Hitung peringkat: lembar Peringkat dan Rekap dibuat dari nilai para juri.\n' +
      '5. Terbitkan hasil: bagikan peringkat sebagai tautan yang hanya bisa dilihat.',
  },
  en: {
    'menu.title': 'Juri',
    'menu.openPanel': 'Open Juri panel',
    'menu.newCompetition': 'New competition (empty)',
    'menu.newExample': 'New competition (regency example)',
    'menu.presetRegency': 'New competition from a template: regency',
    'menu.presetProvince': 'New competition from a template: province (KOVABLIK)',
    'menu.presetNation': 'New competition from a template: nation (KIPP)',
    'menu.import': 'Import entries',
    'import.askSheet':
      'Name of the sheet that holds the list of entries (e.g. "Form Responses 1"). Row 1 holds the column headers: title, agency, category, and optionally group and region.',
    'menu.remind': 'Remind jurors',
    'remind.email': 'Send by email',
    'remind.whatsapp': 'Send by WhatsApp',
    'running.import': 'Juri is importing the entries…',
    'menu.generate': 'Generate juror tabs',
    'menu.confirmCut': 'Confirm new cut',
    'confirm.cut':
      'Apply the cut as the Setup now states it? Later stages will take the entries it picks: an entry that enters gets its rows in the juror tabs, and the scores of an entry that leaves move to the tab\'s archive (never deleted). "Check scores" shows who enters and who leaves.',
    'running.confirmCut': 'Applying the new cut…',
    'menu.check': 'Check scores',
    'menu.rank': 'Compute ranking',
    'menu.rankIncomplete': 'Compute ranking on the scores present',
    'menu.publish': 'Publish results',
    'menu.publishNew': 'Publish as a new file',
    'rank.howAnyway':
      'To rank on the scores present, choose Juri → "Compute ranking on the scores present". Entries with incomplete scores will be flagged.',
    'publish.askNewFile':
      'Publish as a new file? A new file gets a new link; the link already shared will no longer be updated.',
    'publish.howNewFile': 'To publish as a new file, choose Juri → "Publish as a new file".',
    'menu.documents': 'Make official documents',
    'menu.documentsAnyway': 'Make official documents on the scores present',
    'menu.recordDecisions': 'Record plenary decisions',
    'documents.howAnyway':
      'To make them anyway, with a note on every page, choose Juri → "Make official documents on the scores present".',
    'documents.howRecord':
      'To record those decisions as manual adjustments, choose Juri → "Record plenary decisions".',
    'running.documents': 'Making the official documents…',
    'confirm.documents': 'Make the official documents anyway? Every page will say why.',
    'confirm.decisions':
      'Record the plenary decisions written in the Plenary sheets as manual adjustments, then compute the ranking and make the documents again?',
    'menu.help': 'Help',
    'menu.checkEnvironment': 'Check environment',
    'running.checkEnvironment': 'Checking the environment…',
    'panel.title': 'Juri',
    'help.title': 'Juri help',
    'confirm.incomplete':
      'Compute the ranking on the scores present? Entries with incomplete scores will be flagged.',
    'running.newCompetition': 'Creating the Setup sheet…',
    'running.generate': 'Generating juror tabs…',
    'running.check': 'Checking scores…',
    'running.rank': 'Computing the ranking…',
    'running.publish': 'Publishing the results…',
    'publish.askRecap': 'Include the per-juror recap in the published results too?',
    'help.body':
      '1. New competition: fill in the Setup sheet (categories, stages, criteria, jurors, entries).\n' +
      '2. Generate juror tabs: one tab per juror and stage, editable only by that juror.\n' +
      '3. Check scores: see missing or invalid scores and who has finished.\n' +
      '4. Compute ranking: the Ranking and Recap sheets are built from the jurors\u2019 scores.\n' +
      '5. Publish results: share the ranking as a view-only link.',
  },
};
