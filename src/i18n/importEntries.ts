import type { Catalogue } from './index';

/** Importing entries from a registration list. */
type ImportKey =
  | 'noSource'
  | 'emptySource'
  | 'noColumn'
  | 'rowNoTitle'
  | 'unknownCategory'
  | 'duplicateInSource'
  | 'imported'
  | 'nothingNew'
  | 'noEntriesTable'
  | 'fieldTitle'
  | 'fieldAgency'
  | 'fieldCategory'
  | 'fieldGroup'
  | 'fieldRegion';

export const importMessages: Catalogue<ImportKey> = {
  id: {
    noSource: 'Lembar "{sheet}" tidak ada. Pilih lembar yang berisi daftar peserta.',
    emptySource: 'Lembar "{sheet}" kosong: tidak ada yang diimpor.',
    noColumn:
      'kolom "{field}" tidak ditemukan di baris judul. Beri judul kolomnya "{field}", atau pilih kolomnya saat mengimpor. Tidak ada yang diimpor.',
    rowNoTitle: 'judul inovasi kosong; baris ini dilewati. Isi judulnya, lalu impor lagi.',
    unknownCategory:
      'kategori "{value}" tidak ada di tabel Kategori; baris ini dilewati. Tulis ID atau nama kategori yang ada ({choices}), lalu impor lagi.',
    duplicateInSource:
      'inovasi ini sama dengan baris {first} (judul dan instansi sama); hanya baris {first} yang diimpor.',
    imported:
      '{added} inovasi ditambahkan ke tabel Peserta (baris {from}–{to}); {skipped} sudah ada; {problems} baris dilewati.',
    nothingNew: 'Tidak ada inovasi baru: {skipped} sudah ada di tabel Peserta; {problems} baris dilewati.',
    noEntriesTable: 'Tabel Peserta tidak ditemukan di Pengaturan, jadi tidak ada yang diimpor.',
    fieldTitle: 'Judul inovasi',
    fieldAgency: 'Instansi',
    fieldCategory: 'Kategori',
    fieldGroup: 'Kelompok',
    fieldRegion: 'Wilayah',
  },
  en: {
    noSource: 'There is no sheet "{sheet}". Choose the sheet that holds the list of entries.',
    emptySource: 'Sheet "{sheet}" is empty: nothing was imported.',
    noColumn:
      'no column "{field}" in the header row. Head the column "{field}", or choose it when importing. Nothing was imported.',
    rowNoTitle: 'the title is empty; this row was skipped. Fill in the title, then import again.',
    unknownCategory:
      'category "{value}" is not in the Categories table; this row was skipped. Write the ID or name of an existing category ({choices}), then import again.',
    duplicateInSource:
      'this entry is the same as row {first} (same title and agency); only row {first} was imported.',
    imported:
      '{added} {added|entry|entries} added to the Entries table (rows {from}–{to}); {skipped} {skipped|was|were} there already; {problems} {problems|row|rows} skipped.',
    nothingNew:
      'No new entry: {skipped} {skipped|is|are} in the Entries table already; {problems} {problems|row|rows} skipped.',
    noEntriesTable: 'The Setup has no Entries table, so nothing was imported.',
    fieldTitle: 'Title',
    fieldAgency: 'Agency',
    fieldCategory: 'Category',
    fieldGroup: 'Group',
    fieldRegion: 'Region',
  },
};
