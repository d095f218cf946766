/**
 * One file per juror on the command line (`juri generate --split`, `juri
 * collect`): the labels of a juror file's own sheet and every message about
 * making, replacing and collecting juror files, in both languages.
 */
import type { Catalogue } from './index';

const splitId = {
  // ---- The juror file's own sheet
  'file.sheet': 'Tentang berkas ini',
  'file.title': 'Berkas penilaian juri',
  'file.competition': 'Kompetisi',
  'file.juror': 'Juri',
  'file.jurorId': 'ID juri',
  'file.setup': 'Sidik jari Pengaturan',
  'file.made': 'Dibuat',
  'file.tab': 'Tab',
  'file.help':
    'Isi nilai dan catatan Anda di sel berwarna pada tab tahap, simpan berkas ini (tetap .xlsx), lalu kirimkan kembali ke sekretariat. Jangan mengubah sel lain atau lembar ini: berkas yang diubah di luar sel nilai dan catatan ditolak saat dikumpulkan.',
  'file.protection': 'Dibuat oleh Juri: identitas berkas juri, jangan diubah',

  // ---- generate --split
  splitDone: '{count} berkas juri ditulis di folder {dir}.',
  splitNone:
    'Belum ada tab juri yang dapat dibagikan, jadi tidak ada berkas juri yang ditulis. Periksa tabel Juri dan Tahap di Pengaturan.',
  splitLine: '{juror}: {file}',
  splitUncollected:
    '{file} sudah ada dan memuat nilai yang belum ada di buku kerja ini ({ref}: {value}), jadi berkas itu tidak ditimpa. Kumpulkan dulu nilainya dengan: juri collect {master} {dir}; atau pindahkan berkas itu jika isinya memang tidak diperlukan.',
  splitInTheWay:
    '{file} sudah ada tetapi bukan berkas juri kompetisi ini, jadi tidak ditimpa. Pindahkan atau ganti nama berkas itu, lalu jalankan lagi.',
  splitFolder:
    'Folder {dir} tidak dapat dibuat atau ditulisi ({reason}). Pilih folder lain dengan --split, atau periksa izinnya.',

  // ---- collect
  collected: 'Dikumpulkan dari {files} berkas juri: {cells} sel diisi ke buku kerja ini.',
  collectedNothing: 'Dibaca {files} berkas juri: tidak ada nilai baru untuk buku kerja ini.',
  collectFolder:
    'Folder {dir} tidak dapat dibaca ({reason}). Sebutkan folder berisi berkas juri, misalnya: juri collect kompetisi.xlsx berkas-juri',
  fileNotJuror:
    '{file} bukan berkas juri yang dibuat dengan "juri generate --split" (tidak ada lembar "{sheet}" yang utuh), jadi tidak dibaca. Pindahkan berkas itu dari folder ini.',
  fileOtherCompetition:
    '{file} adalah berkas juri kompetisi lain ("{theirs}", bukan "{ours}"), jadi nilainya tidak dikumpulkan. Pindahkan berkas itu dari folder ini.',
  fileJurorUnknown:
    '{file} adalah berkas juri berID "{id}", yang tidak ada di tabel Juri kompetisi ini, jadi nilainya tidak dikumpulkan. Pindahkan berkas itu, atau kembalikan juri itu ke tabel Juri.',
  fileSetupChanged:
    '{file} dibuat dari versi Pengaturan yang lain (sidik jari {theirs}, sekarang {ours}): Pengaturan diubah sejak berkas itu dibuat, jadi nilainya tidak dikumpulkan, agar tidak masuk ke baris atau kriteria yang salah. Kembalikan Pengaturan seperti saat berkas dibuat lalu kumpulkan lagi; kumpulkan berkas juri sebelum mengubah Pengaturan, lalu buat berkas baru dengan: juri generate {master} --split {dir}',
  fileTabMissing:
    '{file} tidak lagi memuat tab tahap "{stage}" (tab "{sheet}" dihapus atau diubah), jadi berkas ini tidak dikumpulkan. Minta {juror} mengirim ulang berkas aslinya.',
  fileEdited:
    '{file}: sel {ref} diubah di luar sel nilai dan catatan (berisi "{theirs}", seharusnya "{ours}"), jadi berkas ini tidak dikumpulkan. Kembalikan isi sel itu, atau minta {juror} mengirim ulang berkas tanpa perubahan itu, lalu kumpulkan lagi.',
  fileMissing:
    'Berkas juri {juror} ({id}) tidak ada di folder {dir} (misalnya {file}), jadi nilainya belum dikumpulkan. Simpan berkas yang dikirim juri itu di folder ini, lalu kumpulkan lagi.',
  fileTwice:
    'Ada lebih dari satu berkas juri {juror} di folder ini ({files}), jadi tidak satu pun dikumpulkan. Simpan hanya berkas yang terakhir dikirim juri itu, lalu kumpulkan lagi.',
  masterTabNotReady:
    'Tab {juror} tahap "{stage}" di buku kerja ini belum ada atau belum diperbarui, jadi {file} belum dapat dikumpulkan ke situ. Jalankan dulu: juri generate {master}',
  conflict:
    '{file} berisi {theirs}, sedangkan buku kerja ini berisi {ours}; keduanya tidak diubah. Tentukan mana yang benar: ketik nilai itu di {ref} buku kerja ini, atau kosongkan sel itu agar nilai dari berkas juri yang diambil, lalu jalankan collect lagi.',
  empty: '(kosong)',
};

export const splitMessages: Catalogue<keyof typeof splitId> = {
  id: splitId,
  en: {
    'file.sheet': 'About this file',
    'file.title': 'Juror\u2019s scoring file',
    'file.competition': 'Competition',
    'file.juror': 'Juror',
    'file.jurorId': 'Juror ID',
    'file.setup': 'Setup fingerprint',
    'file.made': 'Made',
    'file.tab': 'Tab',
    'file.help':
      'Type your scores and notes into the coloured cells of the stage tabs, save this file (as .xlsx), then send it back to the secretariat. Do not change other cells or this sheet: a file changed outside its score and notes cells is refused when it is collected.',
    'file.protection': 'Made by Juri: the juror file\u2019s identity, do not edit',

    splitDone: '{count} juror files written in the folder {dir}.',
    splitNone:
      'No juror tab can be shared yet, so no juror file was written. Check the Jurors and Stages tables of the Setup.',
    splitLine: '{juror}: {file}',
    splitUncollected:
      '{file} already exists and holds scores this workbook does not have yet ({ref}: {value}), so it was not overwritten. Collect them first with: juri collect {master} {dir}; or move that file away if what it holds is really not needed.',
    splitInTheWay:
      '{file} already exists but is not a juror file of this competition, so it was not overwritten. Move or rename that file, then run again.',
    splitFolder:
      'The folder {dir} cannot be made or written to ({reason}). Choose another folder with --split, or check its permissions.',

    collected: 'Collected from {files} juror files: {cells} cells filled in this workbook.',
    collectedNothing: 'Read {files} juror files: nothing new for this workbook.',
    collectFolder:
      'The folder {dir} cannot be read ({reason}). Name the folder holding the juror files, for example: juri collect competition.xlsx juror-files',
    fileNotJuror:
      '{file} is not a juror file made by "juri generate --split" (it has no whole "{sheet}" sheet), so it was not read. Move that file out of this folder.',
    fileOtherCompetition:
      '{file} is a juror file of another competition ("{theirs}", not "{ours}"), so its scores were not collected. Move that file out of this folder.',
    fileJurorUnknown:
      '{file} is the juror file of juror ID "{id}", who is not in this competition\u2019s Jurors table, so its scores were not collected. Move that file away, or put the juror back in the Jurors table.',
    fileSetupChanged:
      '{file} was made from another version of the Setup (fingerprint {theirs}, now {ours}): the Setup changed since the file was made, so its scores were not collected, lest they land in the wrong row or criterion. Put the Setup back as it was when the file was made and collect again; collect juror files before changing the Setup, then make new ones with: juri generate {master} --split {dir}',
    fileTabMissing:
      '{file} no longer holds the tab of the stage "{stage}" (the tab "{sheet}" was deleted or changed), so this file was not collected. Ask {juror} to send the original file again.',
    fileEdited:
      '{file}: cell {ref} was changed outside the score and notes cells (it holds "{theirs}", it should hold "{ours}"), so this file was not collected. Put that cell back, or ask {juror} to send the file again without that change, then collect again.',
    fileMissing:
      'The juror file of {juror} ({id}) is not in the folder {dir} (for example {file}), so their scores were not collected yet. Save the file that juror sent in this folder, then collect again.',
    fileTwice:
      'There is more than one juror file of {juror} in this folder ({files}), so none of them was collected. Keep only the one that juror sent last, then collect again.',
    masterTabNotReady:
      'The tab of {juror} for the stage "{stage}" is missing or out of date in this workbook, so {file} cannot be collected into it yet. First run: juri generate {master}',
    conflict:
      '{file} holds {theirs}, while this workbook holds {ours}; neither was changed. Decide which is right: type it in {ref} of this workbook, or empty that cell to take the juror file\u2019s value, then run collect again.',
    empty: '(empty)',
  },
};
