/**
 * Dates written out in words, the way official letters (Berita Acara) state
 * the day of an assessment, and the reading of a date typed in the Setup.
 * Small pure functions: no Date objects leave this file, no locale or time
 * zone is consulted (the weekday comes from the calendar date alone).
 */
import type { Lang } from './model';
import { dateWords, enNumberWords, idNumberWords } from '../i18n/dates';

export interface CalendarDate {
  year: number;
  /** 1–12 */
  month: number;
  /** 1–31 */
  day: number;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function valid(year: number, month: number, day: number): CalendarDate | null {
  if (![year, month, day].every(Number.isInteger)) return null;
  if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1) return null;
  return day <= daysInMonth(year, month) ? { year, month, day } : null;
}

/**
 * A date as typed or as a port reads it: ISO '2026-11-29' (a time after it is
 * ignored), or day first as Indonesians write it: '29/11/2026', '29-11-2026',
 * '29.11.2026'. Null when it is no date of the calendar.
 */
export function parseDate(text: string): CalendarDate | null {
  const t = text.trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][\d:.]+Z?)?$/.exec(t);
  if (iso) return valid(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const dmy = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(t);
  if (dmy) return valid(Number(dmy[3]), Number(dmy[2]), Number(dmy[1]));
  return null;
}

/** The ISO date of a typed or read date; null when it is no date of the calendar. */
export function readIsoDate(text: string): string | null {
  const d = parseDate(text);
  return d === null ? null : isoDate(d);
}

/** Whole days from a to b (ISO dates); positive when b is later. */
export function daysBetween(a: string, b: string): number {
  const utc = (d: string) =>
    Date.UTC(Number(d.slice(0, 4)), Number(d.slice(5, 7)) - 1, Number(d.slice(8, 10)));
  return Math.round((utc(b) - utc(a)) / 86_400_000);
}

export function isoDate(d: CalendarDate): string {
  const pad = (n: number, w: number) => String(n).padStart(w, '0');
  return `${pad(d.year, 4)}-${pad(d.month, 2)}-${pad(d.day, 2)}`;
}

/** 0 = Sunday … 6 = Saturday, of the proleptic Gregorian calendar. */
export function weekday(d: CalendarDate): number {
  // Date.UTC on a calendar date involves no time zone.
  const t = new Date(0);
  t.setUTCFullYear(d.year, d.month - 1, d.day);
  return t.getUTCDay();
}

function idBelowThousand(n: number): string {
  const w = idNumberWords;
  const ones = dateWords.id.ones;
  const parts: string[] = [];
  const hundreds = Math.floor(n / 100);
  const rest = n % 100;
  if (hundreds === 1) parts.push(w.oneHundred);
  else if (hundreds > 1) parts.push(`${ones[hundreds]} ${w.hundred}`);
  if (rest === 10) parts.push(w.ten);
  else if (rest === 11) parts.push(w.eleven);
  else if (rest > 11 && rest < 20) parts.push(`${ones[rest - 10]} ${w.teen}`);
  else if (rest >= 20) {
    parts.push(`${ones[Math.floor(rest / 10)]} ${w.tens}`);
    if (rest % 10 > 0) parts.push(ones[rest % 10]);
  } else if (rest > 0) parts.push(ones[rest]);
  return parts.join(' ');
}

/** A whole number below 10^9 as its millions, thousands and the rest, as both languages say it; else a RangeError. */
function byThousands(n: number): { millions: number; thousands: number; rest: number } {
  if (!Number.isInteger(n) || n < 0 || n >= 1e9) throw new RangeError(`Not a whole number below 10^9: ${n}`);
  return { millions: Math.floor(n / 1e6), thousands: Math.floor((n % 1e6) / 1000), rest: n % 1000 };
}

/** "dua ribu dua puluh enam", "seribu sembilan ratus sembilan puluh sembilan", "nol". */
export function idNumber(n: number): string {
  const { millions, thousands, rest } = byThousands(n);
  if (n === 0) return dateWords.id.ones[0];
  const w = idNumberWords;
  const parts: string[] = [];
  if (millions > 0) parts.push(`${idBelowThousand(millions)} ${w.million}`);
  if (thousands === 1) parts.push(w.oneThousand);
  else if (thousands > 1) parts.push(`${idBelowThousand(thousands)} ${w.thousand}`);
  if (rest > 0) parts.push(idBelowThousand(rest));
  return parts.join(' ');
}

function enBelowHundred(n: number): string {
  const w = enNumberWords;
  const ones = dateWords.en.ones;
  if (n < 10) return ones[n];
  if (n < 20) return w.teens[n - 10];
  return n % 10 === 0 ? w.tens[n / 10] : `${w.tens[Math.floor(n / 10)]}-${ones[n % 10]}`;
}

function enBelowThousand(n: number, andBefore: boolean): string {
  const w = enNumberWords;
  const hundreds = Math.floor(n / 100);
  const rest = n % 100;
  const parts: string[] = [];
  if (hundreds > 0) parts.push(`${dateWords.en.ones[hundreds]} ${w.hundred}`);
  if (rest > 0) {
    if (hundreds > 0 || andBefore) parts.push(w.and);
    parts.push(enBelowHundred(rest));
  }
  return parts.join(' ');
}

/** British usage, as in formal documents: "two thousand and twenty-six", "one hundred and one". */
export function enNumber(n: number): string {
  const { millions, thousands, rest } = byThousands(n);
  if (n === 0) return dateWords.en.ones[0];
  const w = enNumberWords;
  const parts: string[] = [];
  if (millions > 0) parts.push(`${enBelowThousand(millions, false)} ${w.million}`);
  if (thousands > 0) parts.push(`${enBelowThousand(thousands, false)} ${w.thousand}`);
  if (rest > 0) parts.push(enBelowThousand(rest, parts.length > 0 && rest < 100));
  return parts.join(' ');
}

/** "twenty-ninth", "first", "twelfth", "thirtieth". */
export function enOrdinal(n: number): string {
  const words = enNumber(n);
  const m = /^(.*?)([a-z]+)$/.exec(words)!;
  const last = m[2];
  const special = enNumberWords.ordinals[last];
  if (special) return m[1] + special;
  if (last.endsWith('y')) return `${m[1]}${last.slice(0, -1)}ieth`;
  return `${words}th`;
}

export interface DateInWords {
  /** "Senin" / "Monday" */
  weekday: string;
  /** "dua puluh sembilan" / "twenty-ninth" */
  day: string;
  /** "November" */
  month: string;
  /** "dua ribu dua puluh enam" / "two thousand and twenty-six" */
  year: string;
  /** In figures, as dated under a signature: "29 November 2026". */
  short: string;
}

export function dateInWords(d: CalendarDate, lang: Lang): DateInWords {
  const words = dateWords[lang];
  const month = words.months[d.month - 1];
  return {
    weekday: words.weekdays[weekday(d)],
    day: lang === 'en' ? enOrdinal(d.day) : idNumber(d.day),
    month,
    year: lang === 'en' ? enNumber(d.year) : idNumber(d.year),
    short: `${d.day} ${month} ${d.year}`,
  };
}
