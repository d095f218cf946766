import {
  dateInWords,
  daysInMonth,
  enNumber,
  enOrdinal,
  idNumber,
  isoDate,
  parseDate,
  weekday,
} from '../../src/core/dateWords';

/** Reads Indonesian number words back into a number: an independent inverse of idNumber. */
function idValue(words: string): number {
  const digit: Record<string, number> = {
    nol: 0,
    satu: 1,
    dua: 2,
    tiga: 3,
    empat: 4,
    lima: 5,
    enam: 6,
    tujuh: 7,
    delapan: 8,
    sembilan: 9,
    sepuluh: 10,
    sebelas: 11,
    seratus: 100,
    seribu: 1000,
  };
  let total = 0;
  let group = 0;
  let last = 0;
  for (const w of words.split(' ')) {
    if (w === 'belas') group += 10;
    else if (w === 'puluh') group += last * 9;
    else if (w === 'ratus') group += last * 99;
    else if (w === 'ribu') {
      total += group * 1000;
      group = 0;
    } else if (w === 'seribu') total += 1000;
    else if (w in digit) {
      last = digit[w];
      group += last;
    } else throw new Error(`unknown word ${w} in "${words}"`);
  }
  return total + group;
}

function enValue(words: string): number {
  const small: Record<string, number> = {};
  ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'].forEach(
    (w, i) => (small[w] = i),
  );
  [
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
  ].forEach((w, i) => (small[w] = 10 + i));
  ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'].forEach(
    (w, i) => (small[w] = 20 + 10 * i),
  );
  let total = 0;
  let group = 0;
  for (const w of words.replace(/-/g, ' ').split(' ')) {
    if (w === 'and') continue;
    if (w === 'hundred') group *= 100;
    else if (w === 'thousand') {
      total += group * 1000;
      group = 0;
    } else if (w in small) group += small[w];
    else throw new Error(`unknown word ${w} in "${words}"`);
  }
  return total + group;
}

describe('numbers in Indonesian words', () => {
  it.each([
    [0, 'nol'],
    [1, 'satu'],
    [10, 'sepuluh'],
    [11, 'sebelas'],
    [12, 'dua belas'],
    [19, 'sembilan belas'],
    [20, 'dua puluh'],
    [29, 'dua puluh sembilan'],
    [31, 'tiga puluh satu'],
    [100, 'seratus'],
    [101, 'seratus satu'],
    [111, 'seratus sebelas'],
    [250, 'dua ratus lima puluh'],
    [1000, 'seribu'],
    [1100, 'seribu seratus'],
    [1999, 'seribu sembilan ratus sembilan puluh sembilan'],
    [2000, 'dua ribu'],
    [2018, 'dua ribu delapan belas'],
    [2026, 'dua ribu dua puluh enam'],
    [11000, 'sebelas ribu'],
    [100000, 'seratus ribu'],
    [1000000, 'satu juta'],
  ])('%i is "%s"', (n, words) => {
    expect(idNumber(n)).toBe(words);
  });

  it('every number from 0 to 9999 reads back to itself, without "satu puluh", "satu ratus" or "satu ribu"', () => {
    const wrong: string[] = [];
    for (let n = 0; n <= 9999; n++) {
      const words = idNumber(n);
      if (idValue(words) !== n || /satu (puluh|ratus|ribu|belas)|\s\s|^\s|\s$/.test(words))
        wrong.push(`${n}: ${words}`);
    }
    expect(wrong).toEqual([]);
  });

  it('refuses what is not a whole number it can write', () => {
    expect(() => idNumber(-1)).toThrow(RangeError);
    expect(() => idNumber(1.5)).toThrow(RangeError);
    expect(() => enNumber(1e9)).toThrow(RangeError);
  });
});

describe('numbers in English words', () => {
  it.each([
    [0, 'zero'],
    [13, 'thirteen'],
    [21, 'twenty-one'],
    [100, 'one hundred'],
    [101, 'one hundred and one'],
    [2000, 'two thousand'],
    [2018, 'two thousand and eighteen'],
    [2026, 'two thousand and twenty-six'],
    [1999, 'one thousand nine hundred and ninety-nine'],
    [2100, 'two thousand one hundred'],
  ])('%i is "%s"', (n, words) => {
    expect(enNumber(n)).toBe(words);
  });

  it('every number from 0 to 9999 reads back to itself', () => {
    const wrong: string[] = [];
    for (let n = 0; n <= 9999; n++) if (enValue(enNumber(n)) !== n) wrong.push(`${n}: ${enNumber(n)}`);
    expect(wrong).toEqual([]);
  });

  it.each([
    [1, 'first'],
    [2, 'second'],
    [3, 'third'],
    [4, 'fourth'],
    [5, 'fifth'],
    [8, 'eighth'],
    [9, 'ninth'],
    [11, 'eleventh'],
    [12, 'twelfth'],
    [20, 'twentieth'],
    [21, 'twenty-first'],
    [22, 'twenty-second'],
    [29, 'twenty-ninth'],
    [30, 'thirtieth'],
    [31, 'thirty-first'],
  ])('day %i is the "%s"', (n, words) => {
    expect(enOrdinal(n)).toBe(words);
  });
});

/** Zeller's congruence: an independent weekday, 0 = Sunday. */
function zeller(y: number, m: number, d: number): number {
  const mm = m < 3 ? m + 12 : m;
  const yy = m < 3 ? y - 1 : y;
  const k = yy % 100;
  const j = Math.floor(yy / 100);
  const h = (d + Math.floor((13 * (mm + 1)) / 5) + k + Math.floor(k / 4) + Math.floor(j / 4) + 5 * j) % 7;
  return (h + 6) % 7;
}

describe('dates', () => {
  it('knows the weekday of every day from 1900 to 2100', () => {
    const wrong: string[] = [];
    for (let y = 1900; y <= 2100; y++)
      for (let m = 1; m <= 12; m++)
        for (let d = 1; d <= daysInMonth(y, m); d++)
          if (weekday({ year: y, month: m, day: d }) !== zeller(y, m, d)) wrong.push(`${y}-${m}-${d}`);
    expect(wrong).toEqual([]);
  });

  it('writes the day of an assessment as an Indonesian Berita Acara does', () => {
    expect(dateInWords({ year: 2026, month: 11, day: 30 }, 'id')).toEqual({
      weekday: 'Senin',
      day: 'tiga puluh',
      month: 'November',
      year: 'dua ribu dua puluh enam',
      short: '30 November 2026',
    });
    expect(dateInWords({ year: 2026, month: 11, day: 29 }, 'id').weekday).toBe('Minggu');
    expect(dateInWords({ year: 2018, month: 8, day: 17 }, 'id')).toMatchObject({
      weekday: 'Jumat',
      day: 'tujuh belas',
      month: 'Agustus',
      year: 'dua ribu delapan belas',
    });
  });

  it('and its English equivalent', () => {
    expect(dateInWords({ year: 2026, month: 11, day: 29 }, 'en')).toEqual({
      weekday: 'Sunday',
      day: 'twenty-ninth',
      month: 'November',
      year: 'two thousand and twenty-six',
      short: '29 November 2026',
    });
  });

  it('reads every calendar date of 2024–2028 typed as ISO or day first, and round-trips it', () => {
    const wrong: string[] = [];
    for (let y = 2024; y <= 2028; y++)
      for (let m = 1; m <= 12; m++)
        for (let d = 1; d <= daysInMonth(y, m); d++) {
          const typed = [
            isoDate({ year: y, month: m, day: d }),
            `${d}/${m}/${y}`,
            `${String(d).padStart(2, '0')}-${String(m).padStart(2, '0')}-${y}`,
          ];
          for (const t of typed) {
            const read = parseDate(t);
            if (read?.year !== y || read.month !== m || read.day !== d) wrong.push(t);
          }
        }
    expect(wrong).toEqual([]);
    expect(parseDate('2026-11-29T00:00:00.000Z')).toEqual({ year: 2026, month: 11, day: 29 });
  });

  it.each([
    '2026-02-29',
    '29/02/2026',
    '31/04/2026',
    '2026-13-01',
    '0/1/2026',
    'besok',
    '',
    '29 November 2026',
    '2026/11/29',
  ])('refuses "%s"', (text) => {
    expect(parseDate(text)).toBeNull();
  });

  it('knows leap years', () => {
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(1900, 2)).toBe(28);
    expect(daysInMonth(2000, 2)).toBe(29);
    expect(parseDate('29/02/2028')).toEqual({ year: 2028, month: 2, day: 29 });
  });
});
