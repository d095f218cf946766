/**
 * Messages of the score checks. {juror}, {entry} and {criterion} are names;
 * {range} is one of the range texts below, already in the message's language.
 */
import type { Catalogue } from './index';

const scoresId = {
  rangeWhole: 'angka bulat dari {min} sampai {max}',
  rangeStep: 'angka dari {min} sampai {max} dengan kelipatan {step}',

  scoreMissing: 'Nilai {juror} untuk inovasi "{entry}" pada kriteria {criterion} masih kosong. Isi {range}.',
  rowMissing:
    '{juror} belum menilai inovasi "{entry}" di tahap {stage}: barisnya tidak ada di tab penilaian. Tambahkan barisnya atau buat ulang tab juri.',
  scoreNotNumber:
    'Nilai "{value}" dari {juror} untuk inovasi "{entry}" pada kriteria {criterion} bukan angka. Isi {range}.',
  scoreAmbiguous:
    'Nilai "{typed}" dari {juror} untuk inovasi "{entry}" pada kriteria {criterion} bisa berarti {asDecimal} atau {asThousands} (titik atau koma sebagai pemisah ribuan), jadi tidak dibaca. Ketik nilainya tanpa pemisah ribuan, dengan koma hanya untuk desimal. Isi {range}.',
  scoreGrouped:
    'Nilai "{typed}" dari {juror} untuk inovasi "{entry}" pada kriteria {criterion} ditulis dengan pemisah ribuan, jadi tidak dibaca. Ketik nilainya tanpa pemisah ribuan. Isi {range}.',
  scoreInvisible:
    'Nilai "{value}" dari {juror} untuk inovasi "{entry}" pada kriteria {criterion} memuat karakter yang tidak terlihat (ditandai ⟨U+…⟩), jadi bukan angka. Kosongkan sel itu lalu ketik ulang nilainya. Isi {range}.',
  scorePercentText:
    'Nilai "{typed}" dari {juror} untuk inovasi "{entry}" pada kriteria {criterion} memakai tanda %. Ketik {number} saja, tanpa %. Isi {range}.',
  scorePercent:
    'Nilai {value} dari {juror} untuk inovasi "{entry}" pada kriteria {criterion} tampaknya diketik sebagai persen ({number} %), yang disimpan spreadsheet sebagai {value}. Ketik {number} tanpa tanda %, dan pastikan format selnya bukan persen. Isi {range}.',
  scoreOutOfScale:
    'Nilai {value} dari {juror} untuk inovasi "{entry}" pada kriteria {criterion} di luar skala. Isi {range}.',
  scoreOffStep:
    'Nilai {value} dari {juror} untuk inovasi "{entry}" pada kriteria {criterion} bukan kelipatan {step}. Isi {range}.',
  scoreUnassigned:
    'Tab {juror} tahap {stage} memuat inovasi "{entry}" yang tidak ditugaskan kepadanya, sehingga nilainya tidak dihitung. Hapus baris ini atau buat ulang tab juri.',
  scoreConflict:
    'Tab {juror} tahap {stage} memuat inovasi "{entry}" dari instansinya sendiri ({agency}). Juri tidak boleh menilai inovasi instansinya, sehingga nilainya tidak dihitung. Hapus baris ini.',
  scoreDuplicateRow:
    'Inovasi "{entry}" muncul lebih dari sekali di tab {juror} tahap {stage}; hanya baris pertama yang dihitung. Hapus baris yang berlebih.',
  scoreUnknownEntry:
    'Tab {juror} tahap {stage} memuat baris untuk inovasi "{entry}" yang tidak terdaftar, sehingga nilainya tidak dihitung. Periksa ID inovasinya.',
  scoreNoEntryId:
    'Tab {juror} tahap {stage} memuat baris nilai tanpa ID inovasi, sehingga nilainya tidak dihitung. Isi ID inovasinya atau hapus baris ini.',
  sheetMissing:
    'Tab penilaian {juror} untuk tahap {stage} tidak ditemukan, padahal ada {count} inovasi yang harus dinilainya. Untuk membuatnya kembali, {@generate}.',
} as const;

const scoresEn: Record<keyof typeof scoresId, string> = {
  rangeWhole: 'a whole number from {min} to {max}',
  rangeStep: 'a number from {min} to {max} in steps of {step}',

  scoreMissing:
    'The score of {juror} for entry "{entry}" on criterion {criterion} is empty. Fill in {range}.',
  rowMissing:
    '{juror} has not scored entry "{entry}" in stage {stage}: its row is missing from the score tab. Add the row or generate the juror tabs again.',
  scoreNotNumber:
    'The score "{value}" of {juror} for entry "{entry}" on criterion {criterion} is not a number. Fill in {range}.',
  scoreAmbiguous:
    'The score "{typed}" of {juror} for entry "{entry}" on criterion {criterion} could mean {asDecimal} or {asThousands} (a point or comma as thousands separator), so it was not read. Type the score without a thousands separator, with a decimal mark only for decimals. Fill in {range}.',
  scoreGrouped:
    'The score "{typed}" of {juror} for entry "{entry}" on criterion {criterion} is written with thousands separators, so it was not read. Type it without them. Fill in {range}.',
  scoreInvisible:
    'The score "{value}" of {juror} for entry "{entry}" on criterion {criterion} holds a character nobody can see (marked ⟨U+…⟩), so it is not a number. Clear the cell and type the score again. Fill in {range}.',
  scorePercentText:
    'The score "{typed}" of {juror} for entry "{entry}" on criterion {criterion} has a % sign. Type {number} alone, without %. Fill in {range}.',
  scorePercent:
    'The score {value} of {juror} for entry "{entry}" on criterion {criterion} looks typed as a percentage ({number} %), which the spreadsheet keeps as {value}. Type {number} without the % sign, and make sure the cell is not formatted as a percentage. Fill in {range}.',
  scoreOutOfScale:
    'The score {value} of {juror} for entry "{entry}" on criterion {criterion} is outside the scale. Fill in {range}.',
  scoreOffStep:
    'The score {value} of {juror} for entry "{entry}" on criterion {criterion} is not a multiple of {step}. Fill in {range}.',
  scoreUnassigned:
    'The stage {stage} tab of {juror} holds entry "{entry}", which is not assigned to them, so its scores do not count. Delete the row or generate the juror tabs again.',
  scoreConflict:
    'The stage {stage} tab of {juror} holds entry "{entry}" of their own agency ({agency}). Jurors may not score their own agency, so its scores do not count. Delete the row.',
  scoreDuplicateRow:
    'Entry "{entry}" appears more than once in the stage {stage} tab of {juror}; only the first row counts. Delete the extra rows.',
  scoreUnknownEntry:
    'The stage {stage} tab of {juror} holds a row for entry "{entry}", which is not registered, so its scores do not count. Check the entry ID.',
  scoreNoEntryId:
    'The stage {stage} tab of {juror} holds a row of scores without an entry ID, so its scores do not count. Fill in the entry ID or delete the row.',
  sheetMissing:
    'The stage {stage} score tab of {juror} is missing, yet they have {count} {count|entry|entries} to score. To create it again, {@generate}.',
};

export const scoresMessages = { id: scoresId, en: scoresEn } satisfies Catalogue<keyof typeof scoresId>;
export type ScoresMessage = keyof typeof scoresId;
