/** The command line's words for `juri minutes`. */
import type { Catalogue } from './index';

const id = {
  usage:
    'Pemakaian: juri minutes BERKAS.xlsx [--stage ID] [--pdf KELUARAN.pdf] [--allow-incomplete] [--record-decisions]\nMembuat dokumen resmi (Berita Acara, Rekapitulasi Nilai, Lembar Penilaian, Bahan pleno) sebagai lembar di berkas itu, siap dicetak di kertas A4 atau F4. --stage hanya untuk satu tahap; --pdf juga menulis semuanya ke satu PDF lewat LibreOffice; --allow-incomplete membuatnya walau nilai belum lengkap atau peringkat belum mutakhir (dicatat di setiap halaman); --record-decisions mencatat keputusan rapat pleno sebagai penyesuaian manual, lalu menghitung peringkat dan membuat dokumen lagi.',
  usageLine:
    '  minutes BERKAS.xlsx [--stage ID] [--pdf KELUARAN.pdf]  buat dokumen resmi (berita acara dan lainnya), siap cetak',
  anyway: 'Untuk membuatnya tetap, dengan catatan di setiap halaman: juri minutes {path} --allow-incomplete',
  pending:
    '{count} keputusan rapat pleno belum dicatat sebagai penyesuaian manual. Untuk mencatatnya: juri minutes {path} --record-decisions',
  pdfDone: 'PDF ditulis: {path} ({pages} halaman, lewat LibreOffice).',
  pdfNoSoffice:
    'LibreOffice (soffice) tidak terpasang, jadi PDF tidak dibuat. Lembar dokumen sudah ditulis ke {file}: buka di Excel atau LibreOffice lalu cetak atau ekspor ke PDF, atau pasang LibreOffice (apt-get install libreoffice-calc) dan ulangi.',
  pdfFailed:
    'LibreOffice gagal mengubah dokumen menjadi PDF: {reason}. Lembar dokumen sudah ditulis ke {file}.',
  missingValue: 'Pilihan {option} memerlukan nilai, misalnya {example}.',
} as const;

export type MinutesCliKey = keyof typeof id;

const en: Record<MinutesCliKey, string> = {
  usage:
    'Usage: juri minutes FILE.xlsx [--stage ID] [--pdf OUT.pdf] [--allow-incomplete] [--record-decisions]\nMakes the official documents (minutes, score recap, score sheets, plenary list) as sheets of the file, ready to print on A4 or F4. --stage for one stage only; --pdf also writes them all into one PDF through LibreOffice; --allow-incomplete makes them even when scores are incomplete or the ranking is out of date (said on every page); --record-decisions records the plenary\u2019s decisions as manual adjustments, then computes the ranking and makes the documents again.',
  usageLine:
    '  minutes FILE.xlsx [--stage ID] [--pdf OUT.pdf]  make the official documents (minutes and more), ready to print',
  anyway: 'To make them anyway, with a note on every page: juri minutes {path} --allow-incomplete',
  pending:
    '{count} plenary decisions are not yet recorded as manual adjustments. To record them: juri minutes {path} --record-decisions',
  pdfDone: 'PDF written: {path} ({pages} pages, through LibreOffice).',
  pdfNoSoffice:
    'LibreOffice (soffice) is not installed, so no PDF was made. The document sheets are written to {file}: open it in Excel or LibreOffice and print or export it to PDF, or install LibreOffice (apt-get install libreoffice-calc) and run this again.',
  pdfFailed:
    'LibreOffice could not turn the documents into a PDF: {reason}. The document sheets are written to {file}.',
  missingValue: 'The option {option} needs a value, e.g. {example}.',
};

export const minutesCliMessages = { id, en } satisfies Catalogue<MinutesCliKey>;
