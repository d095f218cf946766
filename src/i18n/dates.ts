/**
 * The words of dates and numbers as official letters write them out
 * ("Senin tanggal dua puluh sembilan bulan November tahun dua ribu dua puluh
 * enam"). The grammar that puts them together is in core/dateWords.ts.
 */
export const dateWords = {
  id: {
    weekdays: ['Minggu', 'Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu'],
    months: [
      'Januari',
      'Februari',
      'Maret',
      'April',
      'Mei',
      'Juni',
      'Juli',
      'Agustus',
      'September',
      'Oktober',
      'November',
      'Desember',
    ],
    ones: ['nol', 'satu', 'dua', 'tiga', 'empat', 'lima', 'enam', 'tujuh', 'delapan', 'sembilan'],
  },
  en: {
    weekdays: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
    months: [
      'January',
      'February',
      'March',
      'April',
      'May',
      'June',
      'July',
      'August',
      'September',
      'October',
      'November',
      'December',
    ],
    ones: ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'],
  },
} as const;

/** Indonesian number words beyond the digits. */
export const idNumberWords = {
  ten: 'sepuluh',
  eleven: 'sebelas',
  teen: 'belas',
  tens: 'puluh',
  hundred: 'ratus',
  oneHundred: 'seratus',
  thousand: 'ribu',
  oneThousand: 'seribu',
  million: 'juta',
} as const;

/** English number words beyond the digits. */
export const enNumberWords = {
  teens: [
    'ten',
    'eleven',
    'twelve',
    'thirteen',
    'fourteen',
    'fifteen',
    'sixteen',
    'seventeen',
    'eighteen',
    'nineteen',
  ],
  tens: ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'],
  hundred: 'hundred',
  thousand: 'thousand',
  million: 'million',
  and: 'and',
  /** Ordinals that are not the cardinal plus "th". */
  ordinals: {
    one: 'first',
    two: 'second',
    three: 'third',
    five: 'fifth',
    eight: 'eighth',
    nine: 'ninth',
    twelve: 'twelfth',
  } as Record<string, string>,
} as const;
