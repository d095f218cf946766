import type { Catalogue } from './index';

/** Who took part in each later stage, fixed when its juror tabs were generated (the record sheet and its problems). */
type EntrantsKey =
  | 'sheet'
  | 'title'
  | 'explain'
  | 'col.stage'
  | 'col.entry'
  | 'col.title'
  | 'col.method'
  | 'col.rule'
  | 'rule.all'
  | 'rule.topN'
  | 'rule.passing'
  | 'rule.quota'
  | 'rule.withQuotas'
  | 'method.zscore'
  | 'changed.method'
  | 'changed.rule'
  | 'changed.scores'
  | 'changed.tabs'
  | 'cutChanged'
  | 'none'
  | 'confirmed'
  | 'confirmedNothing'
  | 'recordUnreadable'
  | 'protection';

export const entrantsMessages: Catalogue<EntrantsKey> = {
  id: {
    sheet: 'Peserta tahap (Juri)',
    title: 'Peserta tiap tahap, ditetapkan saat tab juri tahap itu dibuat',
    explain:
      'Lembar ini ditulis dan dibaca oleh Juri; jangan diubah. Jika metode, batas lolos atau nilai tahap sebelumnya berubah, "Periksa nilai" menunjukkan siapa yang akan masuk dan keluar, dan perubahan itu baru berlaku setelah sekretariat memilih "Konfirmasi batas baru".',
    'col.stage': 'ID tahap',
    'col.entry': 'ID inovasi',
    'col.title': 'Judul',
    'col.method': 'Metode',
    'col.rule': 'Aturan masuk',
    'rule.all': 'semua inovasi tahap sebelumnya',
    'rule.topN': '{n} terbaik per kategori',
    'rule.passing': 'nilai paling sedikit {grade}',
    'rule.quota': '{n} terbaik dengan komposisi',
    'rule.withQuotas': '{rule} (komposisi: {quotas})',
    'method.zscore': 'skor-z (paling sedikit {n} inovasi per juri)',
    'changed.method': 'metode penggabungan nilai berubah dari {before} menjadi {after}',
    'changed.rule': 'aturan masuk tahap ini berubah dari {before} menjadi {after}',
    'changed.scores': 'nilai tahap "{previous}" atau daftar inovasi berubah',
    'changed.tabs':
      'aturan masuk tahap ini ({after}) memilih inovasi lain daripada yang tercantum di tab jurinya',
    cutChanged:
      'Tahap "{stage}": {why} sejak tab juri tahap ini dibuat. Menurut Pengaturan sekarang, yang masuk: {enter}; yang keluar: {leave}. Sampai dikonfirmasi, tahap ini tetap diikuti {count} inovasi seperti saat tab dibuat, dan peringkat dihitung dengan peserta itu. Untuk memakai batas baru, pilih "Konfirmasi batas baru" (nilai yang sudah diketik untuk inovasi yang keluar disimpan di arsip tab, tidak dihapus); untuk tetap, kembalikan Pengaturan seperti semula.',
    none: 'tidak ada',
    confirmed:
      'Batas baru dikonfirmasi: {stages}. Tab juri: {created} dibuat, {updated} diperbarui, {unchanged} tidak berubah. Nilai inovasi yang keluar dipindah ke arsip tab, tidak dihapus.',
    confirmedNothing: 'Tidak ada batas yang berubah: peserta setiap tahap sudah sesuai dengan Pengaturan.',
    recordUnreadable:
      'tahap "{stage}" tidak ada di Pengaturan. Juri mengabaikan baris ini; jika tahap itu diganti ID-nya, pilih "Buat tab juri" untuk menetapkan pesertanya lagi.',
    protection: 'Juri: peserta tiap tahap (hanya sekretariat)',
  },
  en: {
    sheet: 'Stage entrants (Juri)',
    title: 'Who takes part in each stage, fixed when its juror tabs were generated',
    explain:
      'Juri writes and reads this sheet; do not edit it. When the method, the cut or the scores of the previous stage change, "Check scores" shows who would enter and who would leave, and the change applies only once the secretariat chooses "Confirm new cut".',
    'col.stage': 'Stage ID',
    'col.entry': 'Entry ID',
    'col.title': 'Title',
    'col.method': 'Method',
    'col.rule': 'Entry rule',
    'rule.all': 'every entry of the previous stage',
    'rule.topN': 'the best {n} of each category',
    'rule.passing': 'a score of at least {grade}',
    'rule.quota': 'the best {n} with a composition',
    'rule.withQuotas': '{rule} (composition: {quotas})',
    'method.zscore': 'z-score (at least {n} entries per juror)',
    'changed.method': 'the method of combining scores changed from {before} to {after}',
    'changed.rule': "this stage's entry rule changed from {before} to {after}",
    'changed.scores': 'the scores of stage "{previous}" or the list of entries changed',
    'changed.tabs': "this stage's entry rule ({after}) picks other entries than its juror tabs list",
    cutChanged:
      'Stage "{stage}": {why} since its juror tabs were generated. By the Setup as it is now, entering: {enter}; leaving: {leave}. Until confirmed, the stage keeps its {count} entries as they were when the tabs were generated, and the ranking is computed with them. To apply the new cut, choose "Confirm new cut" (scores already typed for an entry that leaves are kept in the tab\'s archive, never deleted); to keep the entrants, set the Setup back as it was.',
    none: 'none',
    confirmed:
      "New cut confirmed: {stages}. Juror tabs: {created} created, {updated} updated, {unchanged} unchanged. The scores of entries that left moved to the tabs' archive; none was deleted.",
    confirmedNothing: "No cut has changed: every stage's entrants already match the Setup.",
    recordUnreadable:
      'stage "{stage}" is not in the Setup. Juri ignores this row; if the stage\'s ID was changed, choose "Generate juror tabs" to fix its entrants again.',
    protection: 'Juri: who takes part in each stage (secretariat only)',
  },
};
