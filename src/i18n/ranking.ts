/**
 * Messages of the ranking: why each entry has its place, why an aggregation
 * method or an agreement statistic was not applied, and manual adjustments
 * that could not be carried out as written.
 */
import type { Catalogue } from './index';

type RankingKey =
  | 'decided.final'
  | 'decided.lastStage'
  | 'decided.criterion'
  | 'decided.stage'
  | 'decided.tie'
  | 'decided.unscored'
  | 'decided.interim'
  | 'interim'
  | 'decided.excluded'
  | 'decided.adjusted'
  | 'group.awaiting'
  | 'zscore.noScores'
  | 'zscore.tooFew'
  | 'zscore.noSpread'
  | 'kendall.fewEntries'
  | 'kendall.fewJurors'
  | 'kendall.allTied'
  | 'kendall.incomplete'
  | 'alpha.noPairs'
  | 'alpha.fewEntries'
  | 'alpha.noSpread'
  | 'adjust.unknownEntry'
  | 'adjust.moveExcluded'
  | 'adjust.moveInsideTie';

export const rankingMessages: Catalogue<RankingKey> = {
  id: {
    'decided.final': 'nilai akhir',
    'decided.lastStage': 'nilai tahap {stage}, tahap terakhir yang diikuti',
    'decided.criterion': 'penentu seri: kriteria {criterion} ({stage})',
    'decided.stage': 'penentu seri: nilai tahap {stage}',
    'decided.tie': 'seri',
    'decided.unscored': 'belum ada nilai',
    'decided.interim': 'sementara: nilai tahap {stage} (tahap {next} belum dinilai)',
    interim:
      'Peringkat sementara: tahap {done} selesai dinilai, tahap {pending} belum. Inovasi yang lolos ke tahap {pending} diurutkan menurut nilai tahap {done} untuk sementara, di atas inovasi yang berhenti di tahap {done}; peringkat akhir ditentukan setelah tahap {pending} dinilai.',
    'decided.excluded': 'dikecualikan: {reason}',
    'decided.adjusted': 'penyesuaian manual: {reason}',
    'group.awaiting': 'Menunggu keputusan kategori',
    'zscore.noScores':
      'Z-score tidak diterapkan pada tahap {stage} karena belum ada nilai lengkap; rata-rata dipakai sebagai gantinya.',
    'zscore.tooFew':
      'Z-score tidak diterapkan pada tahap {stage}: juri {juror} baru menilai {count} inovasi, kurang dari batas minimum {min} inovasi. Rata-rata dipakai sebagai gantinya. Turunkan batas minimum z-score di Pengaturan atau pilih metode lain.',
    'zscore.noSpread':
      'Z-score tidak diterapkan pada tahap {stage}: juri {juror} memberi nilai total yang sama untuk semua inovasi yang dinilainya, sehingga nilainya tidak dapat dibakukan. Rata-rata dipakai sebagai gantinya.',
    'kendall.fewEntries':
      'Kendall W tidak dihitung: diperlukan paling sedikit 2 inovasi dalam kategori ini pada tahap ini, sedangkan yang ada {entries}.',
    'kendall.fewJurors':
      'Kendall W tidak dihitung: diperlukan paling sedikit 2 juri yang menilai lengkap semua inovasi kategori ini pada tahap ini ({entries} inovasi), sedangkan yang ada {count}.',
    'kendall.allTied':
      'Kendall W tidak dihitung: setiap juri memberi nilai total yang sama untuk semua inovasi kategori ini pada tahap ini.',
    'kendall.incomplete':
      'Kendall W tidak dihitung: W memerlukan paling sedikit 2 juri yang menilai semua inovasi, sedangkan setiap inovasi hanya dinilai {perEntry} dari {jurors} juri. Lihat α Krippendorff.',
    'alpha.noPairs':
      'α Krippendorff tidak dihitung: setiap inovasi hanya dinilai 1 juri, jadi tidak ada dua nilai yang dapat dibandingkan.',
    'alpha.fewEntries':
      'α Krippendorff tidak dihitung: hanya {count} inovasi yang dinilai oleh 2 juri atau lebih, sedangkan diperlukan paling sedikit 2.',
    'alpha.noSpread':
      'α Krippendorff tidak dihitung: semua nilai total yang dibandingkan sama persis, jadi tidak ada keragaman untuk diukur.',
    'adjust.unknownEntry':
      'Penyesuaian nomor {row} menyebut inovasi {entry} yang tidak ada dalam peringkat. Periksa ID inovasi pada tabel penyesuaian.',
    'adjust.moveExcluded':
      'Penyesuaian nomor {row}: inovasi {entry} sudah dikecualikan, jadi tidak dapat dipindah ke peringkat {place}. Hapus salah satu dari kedua penyesuaian itu.',
    'adjust.moveInsideTie':
      'Penyesuaian nomor {row}: peringkat {place} berada di tengah inovasi-inovasi yang seri, jadi inovasi {entry} ditempatkan di peringkat {actual}, tepat setelah kelompok seri itu. Ubah peringkat tujuan jika perlu.',
  },
  en: {
    'decided.final': 'final score',
    'decided.lastStage': 'score in stage {stage}, the last stage it took part in',
    'decided.criterion': 'tie-break: criterion {criterion} ({stage})',
    'decided.stage': 'tie-break: score in stage {stage}',
    'decided.tie': 'tie',
    'decided.unscored': 'no score yet',
    'decided.interim': 'for now: score in stage {stage} (stage {next} not scored yet)',
    interim:
      'Interim ranking: stage {done} is fully scored, stage {pending} is not. Entries that went on to stage {pending} are ordered by their stage {done} score for now, above the entries that stopped at stage {done}; the final ranking comes once stage {pending} is scored.',
    'decided.excluded': 'excluded: {reason}',
    'decided.adjusted': 'manual adjustment: {reason}',
    'group.awaiting': 'Awaiting a category decision',
    'zscore.noScores':
      'z-scores were not applied in stage {stage} because it has no complete scores yet; the mean is used instead.',
    'zscore.tooFew':
      'z-scores were not applied in stage {stage}: juror {juror} has scored fewer entries ({count}) than the minimum of {min}. The mean is used instead. Lower the z-score minimum in the Setup sheet or choose another method.',
    'zscore.noSpread':
      'z-scores were not applied in stage {stage}: juror {juror} gave the same total to every entry they scored, so their scores cannot be standardised. The mean is used instead.',
    'kendall.fewEntries':
      "Kendall's W was not computed: it needs at least 2 entries of this category in this stage, and there {entries|is|are} {entries}.",
    'kendall.fewJurors':
      "Kendall's W was not computed: it needs at least 2 jurors who fully scored every entry of this category in this stage ({entries} {entries|entry|entries}), and there {count|is|are} {count}.",
    'kendall.allTied':
      "Kendall's W was not computed: every juror gave the same total to all entries of this category in this stage.",
    'kendall.incomplete':
      "Kendall's W was not computed: it needs at least 2 jurors who scored every entry, and each entry was scored by only {perEntry} of {jurors} jurors. See Krippendorff's alpha.",
    'alpha.noPairs':
      "Krippendorff's alpha was not computed: each entry was scored by only 1 juror, so no two scores can be compared.",
    'alpha.fewEntries':
      "Krippendorff's alpha was not computed: it needs at least 2 entries scored by 2 jurors or more, and there are {count}.",
    'alpha.noSpread':
      "Krippendorff's alpha was not computed: every total compared is exactly the same, so there is no spread to measure.",
    'adjust.unknownEntry':
      'Adjustment number {row} names entry {entry}, which is not in the ranking. Check the entry id in the adjustments table.',
    'adjust.moveExcluded':
      'Adjustment number {row}: entry {entry} is already excluded, so it cannot be moved to place {place}. Remove one of the two adjustments.',
    'adjust.moveInsideTie':
      'Adjustment number {row}: place {place} falls inside a group of tied entries, so entry {entry} was put at place {actual}, just after that tie. Change the target place if needed.',
  },
};
