import type { Catalogue } from './index';

/** Labels of the Ranking and Recap sheets. */
type OutputKey =
  | 'ranking.sheet'
  | 'recap.sheet'
  | 'ranking.title'
  | 'ranking.computedAt'
  | 'ranking.method'
  | 'ranking.finalScore.weighted'
  | 'ranking.finalScore.last'
  | 'ranking.tieBreaks'
  | 'ranking.tieBreaks.none'
  | 'ranking.advance'
  | 'ranking.advance.topN'
  | 'ranking.advance.overall'
  | 'advances.byQuota'
  | 'ranking.advance.grade'
  | 'ranking.advance.none'
  | 'ranking.advance.and'
  | 'ranking.fingerprint'
  | 'ranking.status'
  | 'ranking.status.complete'
  | 'ranking.status.incomplete'
  | 'ranking.category'
  | 'ranking.agreement'
  | 'ranking.dropped'
  | 'ranking.dropped.moved'
  | 'ranking.dropped.awaiting'
  | 'col.place'
  | 'col.final'
  | 'col.tie'
  | 'col.decidedBy'
  | 'col.advances'
  | 'col.adjustments'
  | 'col.remarks'
  | 'remark.incomplete'
  | 'remark.stoppedAt'
  | 'remark.excluded'
  | 'adjust.move'
  | 'adjust.exclude'
  | 'adjust.advance'
  | 'adjust.noAdvance'
  | 'yes'
  | 'no'
  | 'method.mean'
  | 'method.median'
  | 'method.trimmed'
  | 'method.zscore'
  | 'recap.title'
  | 'recap.stage'
  | 'recap.stageScore'
  | 'recap.spread'
  | 'recap.agreement'
  | 'recap.kendall'
  | 'recap.offsets'
  | 'recap.offset'
  | 'recap.entriesScored'
  | 'recap.disagreements'
  | 'recap.none'
  | 'recap.leaveOneOut'
  | 'recap.noChange'
  | 'recap.change'
  | 'recap.juror'
  | 'recap.category'
  | 'ranking.zscore'
  | 'ranking.methodNote'
  | 'recap.alpha'
  | 'recap.allCategories'
  | 'recap.agreementHelp'
  | 'agreement.leftOutW'
  | 'agreement.leftOutAlpha'
  | 'recap.reached'
  | 'recap.missed'
  | 'ranking.protection';

export const outputMessages: Catalogue<OutputKey> = {
  id: {
    'ranking.sheet': 'Peringkat',
    'recap.sheet': 'Rekap',
    'ranking.title': 'Peringkat – {name} {year}',
    'ranking.computedAt': 'Dihitung',
    'ranking.method': 'Metode',
    'ranking.finalScore.weighted': 'nilai akhir = jumlah berbobot nilai tahap ({stages})',
    'ranking.finalScore.last': 'nilai akhir = nilai tahap terakhir ({stage})',
    'ranking.tieBreaks': 'Penentu seri',
    'ranking.tieBreaks.none': 'tidak ada: nilai yang sama tetap seri',
    'ranking.advance': 'Lolos',
    'ranking.advance.topN': '{n} teratas per kategori',
    'ranking.advance.overall':
      '{n} terbaik dari seluruh kategori, menurut komposisi (kuota) {column}; "Ya (kuota komposisi)" = lolos karena kuota, bukan karena peringkatnya',
    'ranking.advance.grade': 'nilai akhir paling sedikit {grade}',
    'ranking.advance.none': 'tidak ada aturan kelolosan',
    'ranking.advance.and': ' dan ',
    'ranking.fingerprint': 'Sidik jari data',
    'ranking.status': 'Status',
    'ranking.status.complete': 'Lengkap: semua nilai ada dan sah',
    'ranking.status.incomplete':
      'TIDAK LENGKAP: dihitung dari nilai yang ada atas permintaan pengguna; inovasi yang nilainya belum lengkap ditandai',
    'ranking.category': 'Kategori: {name}',
    'ranking.agreement': 'Kesepakatan juri (Kendall W; α Krippendorff)',
    'ranking.dropped': 'Kategori tidak dilombakan',
    'ranking.dropped.moved':
      '{category}: terlalu sedikit inovasi ({count}, kurang dari minimum); inovasinya dipindahkan ke kategori {target}',
    'ranking.dropped.awaiting':
      '{category}: terlalu sedikit inovasi ({count}, kurang dari minimum); inovasinya menunggu keputusan sekretariat',
    'col.place': 'Peringkat',
    'col.final': 'Nilai akhir',
    'col.tie': 'Seri',
    'col.decidedBy': 'Ditentukan oleh',
    'col.advances': 'Lolos',
    'col.adjustments': 'Penyesuaian',
    'col.remarks': 'Keterangan',
    'remark.incomplete': 'nilai belum lengkap',
    'remark.stoppedAt': 'berhenti di tahap {stage}',
    'remark.excluded': 'dikecualikan: {reason}',
    'adjust.move': 'dipindah ke peringkat {place} (semula {from}): {reason}',
    'adjust.exclude': 'dikecualikan: {reason}',
    'adjust.advance': 'diloloskan: {reason}',
    'adjust.noAdvance': 'tidak diloloskan: {reason}',
    yes: 'Ya',
    'advances.byQuota': 'Ya (kuota komposisi)',
    no: 'Tidak',
    'method.mean': 'rata-rata',
    'method.median': 'median',
    'method.trimmed': 'rata-rata terpangkas',
    'method.zscore': 'skor-z',
    'recap.title': 'Rekap nilai juri – {name} {year}',
    'recap.stage': 'Tahap: {stage}',
    'recap.stageScore': 'Nilai tahap',
    'recap.spread': 'Selisih terbesar',
    'recap.agreement': 'Kesepakatan juri',
    'recap.kendall': 'Kendall W ({stage})',
    'recap.offsets': 'Selisih rata-rata tiap juri terhadap juri lain',
    'recap.offset': 'Selisih rata-rata',
    'recap.entriesScored': 'Inovasi dinilai',
    'recap.disagreements': 'Inovasi dengan perbedaan nilai juri lebih dari {threshold}',
    'recap.none': 'tidak ada',
    'recap.leaveOneOut':
      'Jika satu juri tidak dihitung: seluruh perhitungan diulang tanpa nilai juri itu (nilai tiap tahap, siapa yang masuk tahap berikutnya, peringkat, lalu penyesuaian manual di Pengaturan diterapkan lagi) dan dibandingkan dengan peringkat yang diterbitkan',
    'recap.noChange': 'tidak ada yang berubah',
    'recap.change': '{entry}: {from} → {to}',
    'recap.juror': 'Juri',
    'recap.category': 'Kategori',
    'ranking.zscore':
      'Skor-z: nilai total setiap juri dibakukan terhadap rata-rata dan simpangan baku juri itu sendiri (z), lalu dikembalikan ke skala tahap: z × simpangan baku populasi semua nilai total tahap + rata-rata semua nilai total tahap. Diterapkan hanya bila setiap juri menilai paling sedikit {min} inovasi pada tahap itu.',
    'ranking.methodNote': 'Catatan metode',
    'recap.alpha': 'α Krippendorff ({stage})',
    'recap.allCategories': 'Semua kategori',
    'recap.agreementHelp':
      'Kendall W: 1 = semua juri mengurutkan inovasi dengan urutan yang sama, 0 = urutan mereka tidak sejalan; hanya dihitung atas juri yang menilai semua inovasi. α Krippendorff: 1 = nilai total para juri untuk inovasi yang sama persis sama, 0 = kesepakatan tidak lebih baik daripada kebetulan; dihitung atas setiap inovasi yang dinilai 2 juri atau lebih, jadi tetap ada walau setiap juri hanya menilai sebagian inovasi.',
    'agreement.leftOutW': 'Kendall W tidak memakai juri yang tidak menilai semua inovasi: {names}.',
    'agreement.leftOutAlpha':
      'α Krippendorff tidak memakai juri yang tidak berbagi satu inovasi pun dengan juri lain: {names}.',
    'recap.reached': '{entry}: akan masuk tahap {stage}',
    'recap.missed': '{entry}: tidak akan masuk tahap {stage}',
    'ranking.protection': 'Peringkat dihitung oleh Juri; hitung ulang alih-alih mengubahnya',
  },
  en: {
    'ranking.sheet': 'Ranking',
    'recap.sheet': 'Recap',
    'ranking.title': 'Ranking – {name} {year}',
    'ranking.computedAt': 'Computed',
    'ranking.method': 'Method',
    'ranking.finalScore.weighted': 'final score = weighted sum of stage scores ({stages})',
    'ranking.finalScore.last': 'final score = score of the last stage ({stage})',
    'ranking.tieBreaks': 'Tie-breaks',
    'ranking.tieBreaks.none': 'none: equal scores stay tied',
    'ranking.advance': 'Advances',
    'ranking.advance.topN': 'top {n} of each category',
    'ranking.advance.overall':
      'best {n} of all categories, within the composition (quotas) by {column}; "Yes (composition quota)" = advances by a quota, not by its place',
    'ranking.advance.grade': 'final score of at least {grade}',
    'ranking.advance.none': 'no advancement rule',
    'ranking.advance.and': ' and ',
    'ranking.fingerprint': 'Data fingerprint',
    'ranking.status': 'Status',
    'ranking.status.complete': 'Complete: every score present and valid',
    'ranking.status.incomplete':
      'INCOMPLETE: computed from the scores present, as the user asked; incomplete entries are flagged',
    'ranking.category': 'Category: {name}',
    'ranking.agreement': "Juror agreement (Kendall's W; Krippendorff's alpha)",
    'ranking.dropped': 'Categories not run',
    'ranking.dropped.moved':
      '{category}: too few entries ({count}, below the minimum); they move to {target}',
    'ranking.dropped.awaiting':
      '{category}: too few entries ({count}, below the minimum); they await the secretariat’s decision',
    'col.place': 'Place',
    'col.final': 'Final score',
    'col.tie': 'Tie',
    'col.decidedBy': 'Decided by',
    'col.advances': 'Advances',
    'col.adjustments': 'Adjustments',
    'col.remarks': 'Remarks',
    'remark.incomplete': 'scores incomplete',
    'remark.stoppedAt': 'stopped at stage {stage}',
    'remark.excluded': 'excluded: {reason}',
    'adjust.move': 'moved to place {place} (was {from}): {reason}',
    'adjust.exclude': 'excluded: {reason}',
    'adjust.advance': 'advanced: {reason}',
    'adjust.noAdvance': 'not advanced: {reason}',
    yes: 'Yes',
    'advances.byQuota': 'Yes (composition quota)',
    no: 'No',
    'method.mean': 'mean',
    'method.median': 'median',
    'method.trimmed': 'trimmed mean',
    'method.zscore': 'z-score',
    'recap.title': 'Juror recap – {name} {year}',
    'recap.stage': 'Stage: {stage}',
    'recap.stageScore': 'Stage score',
    'recap.spread': 'Largest difference',
    'recap.agreement': 'Juror agreement',
    'recap.kendall': 'Kendall W ({stage})',
    'recap.offsets': 'Mean difference of each juror from the other jurors',
    'recap.offset': 'Mean difference',
    'recap.entriesScored': 'Entries scored',
    'recap.disagreements': 'Entries whose juror totals differ by more than {threshold}',
    'recap.none': 'none',
    'recap.leaveOneOut':
      "Leaving one juror out: the whole ranking is computed again without that juror's scores (each stage's scores, who enters the next stage, the places, then the Setup's manual adjustments applied again) and compared with the published places",
    'recap.noChange': 'nothing would change',
    'recap.change': '{entry}: {from} → {to}',
    'recap.juror': 'Juror',
    'recap.category': 'Category',
    'ranking.zscore':
      "z-scores: each juror's totals are standardised against that juror's own mean and standard deviation (z), then put back on the stage's scale: z × the population standard deviation of all totals of the stage + the mean of all totals of the stage. Applied only when every juror scored at least {min} entries in the stage.",
    'ranking.methodNote': 'Method note',
    'recap.alpha': "Krippendorff's alpha ({stage})",
    'recap.allCategories': 'All categories',
    'recap.agreementHelp':
      "Kendall's W: 1 = every juror puts the entries in the same order, 0 = their orders do not line up; computed only over the jurors who scored every entry. Krippendorff's alpha: 1 = the jurors' totals for the same entry are exactly equal, 0 = agreement no better than chance; computed over every entry scored by 2 jurors or more, so it is given even when each juror scores only some of the entries.",
    'agreement.leftOutW': "Kendall's W leaves out the jurors who did not score every entry: {names}.",
    'agreement.leftOutAlpha':
      "Krippendorff's alpha leaves out the jurors who shared no entry with another juror: {names}.",
    'recap.reached': '{entry}: would have entered stage {stage}',
    'recap.missed': '{entry}: would not have entered stage {stage}',
    'ranking.protection': 'The ranking is computed by Juri; compute it again rather than edit it',
  },
};
