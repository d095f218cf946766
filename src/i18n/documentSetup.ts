/** What the Setup's document settings and the jurors' roles report. */
import type { Catalogue } from './index';

const id = {
  dateInvalid:
    'Tanggal penilaian "{value}" tidak dapat dibaca sebagai tanggal. Tulis misalnya 29/11/2026 atau 2026-11-29, atau kosongkan untuk memakai tanggal hari ini.',
  marginInvalid:
    'Selisih nilai untuk bahan pleno harus angka 0 atau lebih, bukan "{value}". Isi misalnya 2 (poin), atau kosongkan untuk memakai 2.',
  approverNipInvalid:
    'NIP pejabat yang mengetahui "{value}" tidak terdiri dari 18 angka (NIP) atau 10 angka (NIDN). Periksa kembali, atau kosongkan bila tidak ada.',
  jurorNipInvalid:
    'NIP/NIDN juri {name} "{value}" tidak terdiri dari 18 angka (NIP) atau 10 angka (NIDN). Periksa kembali, atau kosongkan bila tidak ada.',
  secondChair:
    'Juri {name} juga berperan Ketua, padahal {chair} sudah Ketua. Satu tim juri memiliki satu Ketua: ubah peran salah satunya menjadi Sekretaris atau Anggota.',
} as const;

export type DocumentSetupMessage = keyof typeof id;

const en: Record<DocumentSetupMessage, string> = {
  dateInvalid:
    'The date of the assessment "{value}" cannot be read as a date. Write for example 29/11/2026 or 2026-11-29, or leave it empty for today\'s date.',
  marginInvalid:
    'The score margin for the plenary list must be a number, 0 or more, not "{value}". Write for example 2 (points), or leave it empty for 2.',
  approverNipInvalid:
    'The NIP of the acknowledging official "{value}" is not 18 digits (NIP) or 10 digits (NIDN). Check it, or leave it empty when there is none.',
  jurorNipInvalid:
    'The NIP/NIDN of juror {name} "{value}" is not 18 digits (NIP) or 10 digits (NIDN). Check it, or leave it empty when there is none.',
  secondChair:
    'Juror {name} is also Chair, while {chair} already is. A jury has one Chair: change one of them to Secretary or Member.',
};

export const documentSetupMessages = { id, en } satisfies Catalogue<DocumentSetupMessage>;
