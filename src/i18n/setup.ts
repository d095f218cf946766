/**
 * Messages of setup validation, category planning and juror assignment.
 * Numbers in {braces} are formatted per language by core/say.ts.
 */
import type { Catalogue } from './index';

const setupId = {
  tableCategories: 'kategori',
  tableStages: 'tahap',
  tableCriteria: 'kriteria',
  tableJurors: 'juri',
  tableEntries: 'inovasi',

  nameMissing:
    'Nama kompetisi masih kosong. Isi nama kompetisi, misalnya "Kompetisi Inovasi Pelayanan Publik 2025".',
  yearImplausible:
    'Tahun kompetisi "{value}" tidak masuk akal. Isi tahun penyelenggaraan dengan empat angka, misalnya 2025.',
  langUnknown: 'Bahasa "{value}" tidak dikenal. Pilih "id" (Bahasa Indonesia) atau "en" (English).',
  secretariatEmail:
    'Email sekretariat "{value}" tidak valid. Perbaiki penulisannya, misalnya nama@instansi.go.id.',

  missingId: 'ID {table} nomor {row} masih kosong. Isi dengan ID yang belum dipakai {table} lain.',
  duplicateId:
    'ID "{value}" dipakai oleh {table} nomor {first} dan nomor {row}. Ganti salah satunya agar setiap {table} memiliki ID yang berbeda.',
  missingName:
    'Nama {table} nomor {row} (ID "{value}") masih kosong. Isi namanya agar mudah dikenali juri dan sekretariat.',

  noCategories: 'Belum ada kategori. Tambahkan minimal satu kategori.',
  noStages: 'Belum ada tahap penilaian. Tambahkan minimal satu tahap, misalnya Presentasi.',
  noJurors: 'Belum ada juri. Tambahkan minimal satu juri beserta emailnya.',
  noEntries: 'Belum ada inovasi yang ikut penilaian (atau semuanya dikecualikan). Tambahkan inovasi peserta.',

  categoryMinEntries:
    'Jumlah minimal inovasi kategori "{name}" harus bilangan bulat 0 atau lebih, bukan "{value}".',
  fallbackUnknown:
    'Kategori pengganti "{value}" untuk kategori "{name}" tidak ada. Isi dengan ID kategori yang ada, atau kosongkan agar sekretariat memutuskan sendiri.',
  fallbackSelf:
    'Kategori "{name}" menunjuk dirinya sendiri sebagai kategori pengganti. Pilih kategori lain, atau kosongkan.',
  fallbackOptional:
    'Kategori pengganti untuk "{name}" adalah kategori opsional "{fallback}", yang bisa saja tidak dijalankan. Pilih kategori yang tidak opsional.',

  firstStageEntry:
    'Tahap pertama "{name}" harus diikuti semua inovasi. Ubah aturan peserta tahap ini menjadi "semua".',
  stageTopN:
    'Tahap "{name}" mengambil "{value}" inovasi terbaik per kategori. Isi bilangan bulat 1 atau lebih.',
  stagePassingGrade:
    'Nilai batas lulus untuk masuk tahap "{name}" bukan angka ("{value}"). Isi angka, misalnya 85.',
  stageQuotaN:
    'Tahap "{name}" mengambil "{value}" inovasi terbaik dari seluruh kategori. Isi bilangan bulat 1 atau lebih.',
  advanceOverallN:
    '"Lolos: N terbaik seluruh kategori" harus bilangan bulat 1 atau lebih, bukan "{value}". Kosongkan bila aturan ini tidak dipakai.',
  advanceBothRules:
    '"Lolos: N teratas per kategori" dan "Lolos: N terbaik seluruh kategori" sama-sama diisi. Pilih satu aturan dan kosongkan yang lain.',
  quotaAppliesToUnknown:
    'Baris komposisi {row} berlaku untuk tahap "{value}", yang tidak ada. Isi ID tahap yang pesertanya "N terbaik dengan komposisi", atau kosongkan untuk kelulusan akhir.',
  quotaAppliesToRule:
    'Baris komposisi {row} berlaku untuk tahap "{name}", tetapi peserta tahap itu tidak ditentukan dengan "N terbaik dengan komposisi". Ubah aturan peserta tahap itu, atau hapus baris ini.',
  quotaFinalWithoutRule:
    'Baris komposisi {row} berlaku untuk kelulusan akhir, tetapi "Lolos: N terbaik seluruh kategori" kosong. Isi N itu, atau isi kolom "Berlaku untuk" dengan ID tahap.',
  quotaMixedColumns:
    'Baris komposisi {row} dihitung menurut {column}, sedangkan baris {first} untuk aturan yang sama dihitung menurut {firstColumn}. Satu aturan dihitung menurut satu kolom saja.',
  quotaValueMissing:
    'Baris komposisi {row} tidak menyebut nilainya. Isi nilai kolom yang dihitung, misalnya "replikasi".',
  quotaDuplicate: 'Baris komposisi {row} mengulang nilai "{value}" dari baris {first}. Gabungkan keduanya.',
  quotaMin: 'Minimal pada baris komposisi {row} harus bilangan bulat 0 atau lebih, bukan "{value}".',
  quotaMax:
    'Maksimal pada baris komposisi {row} harus bilangan bulat, tidak kurang dari minimalnya ({min}), bukan "{value}". Kosongkan bila tidak ada batas atas.',
  quotaMinsTooMany:
    'Jumlah minimal komposisi untuk {rule} adalah {total}, lebih dari N = {n}. Kurangi minimalnya atau naikkan N.',
  quotaValueUnused:
    'Tidak ada inovasi dengan {column} "{value}" (baris komposisi {row}). Periksa ejaannya di tabel Peserta.',
  quotaRuleFinal: 'kelulusan akhir',
  quotaRuleStage: 'tahap "{name}"',
  quotaByCategory: 'kategori',
  quotaByGroup: 'kelompok',
  quotaByRegion: 'wilayah',
  deadlineOrder:
    'Batas waktu tahap "{name}" ({deadline}) lebih awal dari batas waktu tahap sebelumnya ({previous}). Periksa tanggalnya.',
  jurorsPerEntry:
    'Jumlah juri per inovasi pada tahap "{name}" harus bilangan bulat 1 atau lebih, bukan "{value}". Kosongkan bila setiap juri menilai semua inovasi.',
  jurorsPerEntryTooMany:
    'Tahap "{name}" meminta {k} juri per inovasi, padahal hanya ada {jurors} juri di tahap ini. Kurangi jumlah juri per inovasi atau tambahkan juri.',
  stageWeight: 'Bobot tahap "{name}" harus angka 0 atau lebih, bukan "{value}".',
  stageWeightsSum:
    'Bobot semua tahap berjumlah {sum} %, harus 100 % karena nilai akhir dihitung dari bobot tahap. Ubah bobotnya, atau pilih nilai akhir dari tahap terakhir saja.',
  stageEmpty: 'Tahap "{name}" belum memiliki kriteria. Tambahkan kriteria penilaian untuk tahap ini.',
  stageNoJuror:
    'Tahap "{name}" belum memiliki juri. Tugaskan minimal satu juri ke tahap ini (kolom tahap juri yang kosong berarti semua tahap).',

  criterionWeight: 'Bobot kriteria "{name}" harus angka 0 atau lebih, bukan "{value}".',
  weightsSum:
    'Bobot kriteria tahap {stage} berjumlah {sum} %, harus 100 %. Ubah bobot kriterianya agar jumlahnya 100.',
  scaleRange:
    'Skala kriteria "{name}" tidak benar: nilai terendah ({min}) harus lebih kecil dari nilai tertinggi ({max}).',
  scaleStep:
    'Langkah nilai kriteria "{name}" harus lebih besar dari 0, bukan "{value}". Isi 1 untuk nilai bulat atau 0,5 untuk setengah poin.',
  scaleStepDivides:
    'Langkah nilai {step} pada kriteria "{name}" tidak membagi habis skala {min} sampai {max}. Pilih langkah yang membagi habis selisihnya, misalnya 1 atau 0,5.',
  criterionStageMissing: 'Kriteria "{name}" belum ditempatkan di tahap mana pun. Isi ID tahapnya.',
  criterionStageUnknown:
    'Kriteria "{name}" memakai tahap "{value}" yang tidak ada. Isi dengan ID tahap yang ada.',

  jurorEmailMissing:
    'Email juri {name} masih kosong. Juri membuka tab penilaiannya dengan email ini; isi email juri tersebut.',
  jurorEmailInvalid:
    'Email juri {name} ("{value}") tidak valid. Juri membuka tab penilaiannya dengan email ini; perbaiki penulisannya, misalnya nama@instansi.go.id.',
  jurorEmailDuplicate:
    'Email {value} dipakai oleh juri {other} dan juri {name}. Setiap juri memerlukan email sendiri agar hanya dia yang dapat mengisi tab penilaiannya.',
  jurorStageUnknown:
    'Juri {name} ditugaskan ke tahap "{value}" yang tidak ada. Isi dengan ID tahap yang ada, atau kosongkan untuk semua tahap.',

  entryCategoryMissing: 'Inovasi "{name}" belum memiliki kategori. Isi ID kategorinya.',
  entryCategoryUnknown:
    'Inovasi "{name}" memakai kategori "{value}" yang tidak ada. Isi dengan ID kategori yang ada.',

  zscoreMinEntries:
    'Batas minimal inovasi untuk skor-z harus bilangan bulat 2 atau lebih, bukan "{value}": dengan lebih sedikit inovasi, skor-z tidak bermakna.',
  advanceTopN:
    'Jumlah inovasi terbaik per kategori yang lolos harus bilangan bulat 1 atau lebih, bukan "{value}". Kosongkan bila tidak ada aturan ini.',
  passingGrade:
    'Nilai batas lulus bukan angka ("{value}"). Isi angka, misalnya 85, atau kosongkan bila tidak ada aturan ini.',
  disagreementThreshold:
    'Batas selisih nilai antarjuri harus angka 0 atau lebih, bukan "{value}". Kosongkan untuk mematikan pemeriksaan ini.',

  tieBreakStageUnknown:
    'Aturan penentu peringkat seri nomor {row} memakai tahap "{value}" yang tidak ada. Isi dengan ID tahap yang ada.',
  tieBreakCriterionUnknown:
    'Aturan penentu peringkat seri nomor {row} memakai kriteria "{value}" yang tidak ada di tahap {stage}. Pilih kriteria dari tahap tersebut.',

  adjustmentEntryUnknown:
    'Penyesuaian nomor {row} merujuk ke inovasi "{value}" yang tidak ada. Isi dengan ID inovasi yang ada.',
  adjustmentPlace:
    'Penyesuaian nomor {row} memindahkan inovasi ke peringkat "{value}"; peringkat harus bilangan bulat 1 atau lebih.',
  adjustmentReason:
    'Penyesuaian nomor {row} belum memiliki alasan. Tuliskan alasannya, karena setiap penyesuaian dicatat dan ditampilkan pada hasil.',
} as const;

const setupEn: Record<keyof typeof setupId, string> = {
  tableCategories: 'category',
  tableStages: 'stage',
  tableCriteria: 'criterion',
  tableJurors: 'juror',
  tableEntries: 'entry',

  nameMissing:
    'The competition has no name. Fill in its name, e.g. "Public Service Innovation Competition 2025".',
  yearImplausible:
    'The competition year "{value}" is not plausible. Fill in the year it is held, with four digits, e.g. 2025.',
  langUnknown: 'Unknown language "{value}". Choose "id" (Bahasa Indonesia) or "en" (English).',
  secretariatEmail: 'The secretariat email "{value}" is not valid. Correct it, e.g. name@agency.go.id.',

  missingId: 'The ID of {table} no. {row} is empty. Fill in an ID that no other {table} uses.',
  duplicateId:
    'ID "{value}" is used by {table} no. {first} and no. {row}. Change one of them so that each {table} has its own ID.',
  missingName:
    'The name of {table} no. {row} (ID "{value}") is empty. Fill it in so that jurors and the secretariat can tell what it is.',

  noCategories: 'There are no categories. Add at least one category.',
  noStages: 'There are no judging stages. Add at least one stage, e.g. Presentation.',
  noJurors: 'There are no jurors. Add at least one juror with their email.',
  noEntries: 'No entry takes part (or every entry is excluded). Add the competing entries.',

  categoryMinEntries:
    'The minimum number of entries of category "{name}" must be a whole number, 0 or more, not "{value}".',
  fallbackUnknown:
    'Fallback category "{value}" of category "{name}" does not exist. Use the ID of an existing category, or leave it empty for the secretariat to decide.',
  fallbackSelf: 'Category "{name}" names itself as its fallback. Choose another category, or leave it empty.',
  fallbackOptional:
    'The fallback of "{name}" is the optional category "{fallback}", which may not run either. Choose a category that is not optional.',

  firstStageEntry: 'The first stage "{name}" must take every entry. Set its entry rule to "all".',
  stageTopN:
    'Stage "{name}" takes the best "{value}" entries of each category. Use a whole number, 1 or more.',
  stagePassingGrade:
    'The passing grade to enter stage "{name}" is not a number ("{value}"). Use a number, e.g. 85.',
  stageQuotaN:
    'Stage "{name}" takes the best "{value}" entries of all categories together. Use a whole number, 1 or more.',
  advanceOverallN:
    '"Advance: best N of all categories" must be a whole number, 1 or more, not "{value}". Leave it empty when this rule is not used.',
  advanceBothRules:
    '"Advance: top N per category" and "Advance: best N of all categories" are both filled in. Choose one rule and leave the other empty.',
  quotaAppliesToUnknown:
    'Composition row {row} applies to stage "{value}", which does not exist. Use the ID of a stage whose entrants are "Best N with a composition", or leave it empty for the final advancement.',
  quotaAppliesToRule:
    'Composition row {row} applies to stage "{name}", but that stage\'s entrants are not chosen by "Best N with a composition". Change that stage\'s entry rule, or delete this row.',
  quotaFinalWithoutRule:
    'Composition row {row} applies to the final advancement, but "Advance: best N of all categories" is empty. Fill in that N, or put a stage ID in "Applies to".',
  quotaMixedColumns:
    'Composition row {row} counts by {column}, while row {first} of the same rule counts by {firstColumn}. One rule counts by one column only.',
  quotaValueMissing: 'Composition row {row} names no value. Fill in the value counted, e.g. "replication".',
  quotaDuplicate: 'Composition row {row} repeats the value "{value}" of row {first}. Merge the two.',
  quotaMin: 'The minimum in composition row {row} must be a whole number, 0 or more, not "{value}".',
  quotaMax:
    'The maximum in composition row {row} must be a whole number, not below its minimum ({min}), not "{value}". Leave it empty for no upper limit.',
  quotaMinsTooMany:
    'The composition minimums for {rule} add up to {total}, more than N = {n}. Lower the minimums or raise N.',
  quotaValueUnused:
    'No entry has {column} "{value}" (composition row {row}). Check its spelling in the Entries table.',
  quotaRuleFinal: 'the final advancement',
  quotaRuleStage: 'stage "{name}"',
  quotaByCategory: 'category',
  quotaByGroup: 'group',
  quotaByRegion: 'region',
  deadlineOrder:
    'The deadline of stage "{name}" ({deadline}) is before the deadline of the stage before it ({previous}). Check the dates.',
  jurorsPerEntry:
    'Jurors per entry in stage "{name}" must be a whole number, 1 or more, not "{value}". Leave it empty for every juror to score every entry.',
  jurorsPerEntryTooMany:
    'Stage "{name}" asks for {k} {k|juror|jurors} per entry but has only {jurors} {jurors|juror|jurors}. Lower the jurors per entry or add jurors.',
  stageWeight: 'The weight of stage "{name}" must be a number, 0 or more, not "{value}".',
  stageWeightsSum:
    'The stage weights add up to {sum} %; they must add up to 100 % because the final score is weighted by stage. Change the weights, or take the final score from the last stage alone.',
  stageEmpty: 'Stage "{name}" has no criteria. Add the criteria it is scored on.',
  stageNoJuror:
    'Stage "{name}" has no juror. Assign at least one juror to it (a juror with no stages listed serves in every stage).',

  criterionWeight: 'The weight of criterion "{name}" must be a number, 0 or more, not "{value}".',
  weightsSum:
    'The criteria weights of stage {stage} add up to {sum} %; they must add up to 100 %. Change the weights so that they add up to 100.',
  scaleRange:
    'The scale of criterion "{name}" is wrong: its lowest score ({min}) must be below its highest ({max}).',
  scaleStep:
    'The score step of criterion "{name}" must be above 0, not "{value}". Use 1 for whole points or 0.5 for half points.',
  scaleStepDivides:
    'The score step {step} of criterion "{name}" does not divide its scale {min} to {max} evenly. Choose a step that does, e.g. 1 or 0.5.',
  criterionStageMissing: 'Criterion "{name}" belongs to no stage. Fill in its stage ID.',
  criterionStageUnknown:
    'Criterion "{name}" refers to stage "{value}", which does not exist. Use the ID of an existing stage.',

  jurorEmailMissing: 'Juror {name} has no email. Jurors open their score tab with it; fill it in.',
  jurorEmailInvalid:
    'The email of juror {name} ("{value}") is not valid. Jurors open their score tab with it; correct it, e.g. name@agency.go.id.',
  jurorEmailDuplicate:
    'Email {value} is used by juror {other} and juror {name}. Each juror needs their own email so that only they can fill in their tab.',
  jurorStageUnknown:
    'Juror {name} is assigned to stage "{value}", which does not exist. Use the ID of an existing stage, or leave it empty for every stage.',

  entryCategoryMissing: 'Entry "{name}" has no category. Fill in its category ID.',
  entryCategoryUnknown:
    'Entry "{name}" refers to category "{value}", which does not exist. Use the ID of an existing category.',

  zscoreMinEntries:
    'The minimum number of entries for z-scores must be a whole number, 2 or more, not "{value}": with fewer entries z-scores mean nothing.',
  advanceTopN:
    'The number of best entries per category that advance must be a whole number, 1 or more, not "{value}". Leave it empty if there is no such rule.',
  passingGrade:
    'The passing grade is not a number ("{value}"). Use a number, e.g. 85, or leave it empty if there is no such rule.',
  disagreementThreshold:
    'The threshold of disagreement between jurors must be a number, 0 or more, not "{value}". Leave it empty to turn the check off.',

  tieBreakStageUnknown:
    'Tie-break no. {row} refers to stage "{value}", which does not exist. Use the ID of an existing stage.',
  tieBreakCriterionUnknown:
    'Tie-break no. {row} refers to criterion "{value}", which is not a criterion of stage {stage}. Choose a criterion of that stage.',

  adjustmentEntryUnknown:
    'Adjustment no. {row} refers to entry "{value}", which does not exist. Use the ID of an existing entry.',
  adjustmentPlace:
    'Adjustment no. {row} moves an entry to place "{value}"; a place must be a whole number, 1 or more.',
  adjustmentReason:
    'Adjustment no. {row} has no reason. Write it down: every adjustment is recorded and shown with the results.',
};

export const setupMessages = { id: setupId, en: setupEn } satisfies Catalogue<keyof typeof setupId>;
export type SetupMessage = keyof typeof setupId;

const planId = {
  quotaRuleFinal: 'kelulusan akhir',
  quotaRuleStage: 'peserta tahap "{name}"',
  quotaUnmet:
    'Komposisi {rule} meminta minimal {min} inovasi "{value}", tetapi hanya {available} yang dinilai. Semuanya diambil; sisanya diisi inovasi terbaik lainnya.',
  quotaTieAtCut:
    'Pada batas {rule}, "{picked}" dan "{leftOut}" bernilai sama; urutan di tabel Peserta yang menentukan. Putuskan dalam pleno dan catat sebagai penyesuaian manual bila perlu.',
  categoryDroppedMoved:
    'Kategori "{name}" tidak dijalankan karena hanya memiliki {count} inovasi (minimal {min}). Inovasinya dipindahkan ke kategori "{to}".',
  categoryDroppedEmpty: 'Kategori "{name}" tidak dijalankan karena tidak ada inovasi yang memilihnya.',
  categoryAwaitingDecision:
    'Kategori "{name}" tidak dijalankan karena hanya memiliki {count} inovasi (minimal {min}), dan belum ada kategori penggantinya. Inovasi berikut menunggu keputusan sekretariat: {titles}. Isi kategori pengganti untuk "{name}" atau ubah kategori inovasinya.',
  categoryBelowMinimum:
    'Kategori "{name}" hanya memiliki {count} inovasi, kurang dari minimal {min}. Kategori ini tetap dijalankan karena tidak opsional.',
  andMore: '{list}, dan {count} lainnya',

  assignImpossible:
    'Inovasi "{name}" memerlukan {k} juri di tahap {stage}, tetapi hanya {eligible} juri yang dapat menilainya (juri dari instansi yang sama tidak boleh menilai). Tambahkan juri di tahap ini atau kurangi jumlah juri per inovasi. Penugasan juri tahap {stage} belum dibuat.',
  assignNoJuror:
    'Tidak ada juri tahap {stage} yang dapat menilai inovasi "{name}": semua juri tahap ini berasal dari instansi yang sama ({agency}). Tambahkan juri dari instansi lain.',
  pairConflict:
    'Juri {juror} tidak lagi menilai inovasi "{name}" di tahap {stage} karena berasal dari instansi yang sama ({agency}).',
  pairSurplus:
    'Juri {juror} tidak lagi menilai inovasi "{name}" di tahap {stage} karena inovasi ini sudah memiliki {k} juri.',
  pairJurorGone:
    'Juri "{juror}" tidak lagi bertugas di tahap {stage}; inovasi "{name}" yang semula dinilainya diberikan kepada juri lain.',
} as const;

const planEn: Record<keyof typeof planId, string> = {
  quotaRuleFinal: 'the final advancement',
  quotaRuleStage: 'the entrants of stage "{name}"',
  quotaUnmet:
    'The composition of {rule} asks for at least {min} {min|entry|entries} "{value}", but only {available} {available|was|were} scored. All of them are taken; the best other entries fill the rest.',
  quotaTieAtCut:
    'At the cut of {rule}, "{picked}" and "{leftOut}" have the same score; the order of the Entries table decided. Settle it in the plenary and record it as a manual adjustment if needed.',
  categoryDroppedMoved:
    'Category "{name}" does not run: it has {count} of the {min} {min|entry|entries} it needs. Its entries move to category "{to}".',
  categoryDroppedEmpty: 'Category "{name}" does not run: no entry chose it.',
  categoryAwaitingDecision:
    'Category "{name}" does not run: it has {count} of the {min} {min|entry|entries} it needs, and no fallback category. These entries await the secretariat\'s decision: {titles}. Fill in a fallback category for "{name}" or change the entries\' category.',
  categoryBelowMinimum:
    'Category "{name}" has {count} of the {min} {min|entry|entries} it should have. It still runs because it is not optional.',
  andMore: '{list}, and {count} more',

  assignImpossible:
    'Entry "{name}" needs {k} {k|juror|jurors} in stage {stage}, but only {eligible} {eligible|juror|jurors} may score it (jurors of the same agency may not). Add jurors to this stage or lower the jurors per entry. No juror has been assigned in stage {stage}.',
  assignNoJuror:
    'No juror of stage {stage} may score entry "{name}": every juror of this stage belongs to its agency ({agency}). Add a juror from another agency.',
  pairConflict:
    'Juror {juror} no longer scores entry "{name}" in stage {stage}: they belong to its agency ({agency}).',
  pairSurplus:
    'Juror {juror} no longer scores entry "{name}" in stage {stage}: the entry already has {k} {k|juror|jurors}.',
  pairJurorGone:
    'Juror "{juror}" no longer serves in stage {stage}; entry "{name}", which they scored, goes to another juror.',
};

export const planMessages = { id: planId, en: planEn } satisfies Catalogue<keyof typeof planId>;
