/**
 * How Sheets turns what a script writes into what a cell holds, with the
 * default (automatic) number format. Deliberately a little more eager than
 * Sheets: an adapter that survives this fake survives Sheets.
 */

export type Stored = string | number | boolean | Date;

export interface Entered {
  value?: Stored;
  formula?: string;
}

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const DECIMAL_COMMA = /^[+-]?\d+,\d+$/;
const PERCENT = /^[+-]?(\d+\.?\d*|\.\d+)%$/;
const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const SLASH_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

/** Locales that write 1,5 for one and a half (Sheets parses input the same way). */
function usesDecimalComma(locale: string): boolean {
  return /^(id|de|fr|es|it|nl|pt|ru|tr|pl)(_|$)/i.test(locale);
}

/** What a cell holds after setValue(input): a value, a formula, or nothing. */
export function enter(input: unknown, numberFormat: string, locale: string, timeZone: string): Entered {
  if (input === null || input === undefined || input === '') return {};
  if (input instanceof Date) return { value: new Date(input.getTime()) };
  if (typeof input === 'number' || typeof input === 'boolean') return { value: input };
  const text = String(input);
  if (numberFormat === '@') return { value: text };
  if (text.startsWith("'")) return text.length > 1 ? { value: text.slice(1) } : {};
  if (text.startsWith('=') && text.length > 1) return { formula: text };
  const parsed = parseLiteral(text.trim(), locale, timeZone);
  if (parsed !== undefined) return { value: parsed };
  // Sheets reads '+cmd' or '-cmd' as the start of a formula (and shows an error).
  if (/^[+-]/.test(text)) return { formula: `=${text}` };
  return { value: text };
}

function parseLiteral(text: string, locale: string, timeZone: string): Stored | undefined {
  if (NUMBER.test(text)) return Number(text);
  if (usesDecimalComma(locale) && DECIMAL_COMMA.test(text)) return Number(text.replace(',', '.'));
  if (PERCENT.test(text)) return Number(text.slice(0, -1)) / 100;
  if (/^(true|false)$/i.test(text)) return text.toUpperCase() === 'TRUE';
  const iso = ISO_DATE.exec(text);
  if (iso) return dateIn(Number(iso[1]), Number(iso[2]), Number(iso[3]), timeZone);
  const slash = SLASH_DATE.exec(text);
  if (slash) {
    const [a, b, year] = [Number(slash[1]), Number(slash[2]), Number(slash[3])];
    const monthFirst = /^en_US$/i.test(locale);
    return dateIn(year, monthFirst ? a : b, monthFirst ? b : a, timeZone);
  }
  return undefined;
}

function dateIn(year: number, month: number, day: number, timeZone: string): Date | undefined {
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  return zonedMidnight(year, month, day, timeZone);
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      weekday: 'short',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

export interface ZonedParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  weekday: string;
}

/** The wall-clock parts of an instant in a time zone. */
export function zonedParts(date: Date, timeZone: string): ZonedParts {
  const parts: Record<string, string> = {};
  for (const p of formatterFor(timeZone).formatToParts(date)) parts[p.type] = p.value;
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    second: Number(parts.second),
    weekday: parts.weekday,
  };
}

function offsetMs(instant: number, timeZone: string): number {
  const p = zonedParts(new Date(instant), timeZone);
  return Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second) - Math.floor(instant / 1000) * 1000;
}

/** Midnight of a calendar day in a time zone, as Sheets stores a typed date. */
export function zonedMidnight(year: number, month: number, day: number, timeZone: string): Date {
  const guess = Date.UTC(year, month - 1, day);
  const first = guess - offsetMs(guess, timeZone);
  return new Date(guess - offsetMs(first, timeZone));
}

/** Utilities.formatDate for the patterns scripts use: yyyy yy MM M dd d HH H mm ss EEE and 'quoted' text. */
export function formatDate(date: Date, timeZone: string, pattern: string): string {
  const p = zonedParts(date, timeZone);
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  return pattern.replace(
    /'([^']*)'|yyyy|yy|MM|M|dd|d|HH|H|mm|ss|EEE/g,
    (token, quoted: string | undefined) => {
      if (quoted !== undefined) return quoted === '' ? "'" : quoted;
      switch (token) {
        case 'yyyy':
          return pad(p.year, 4);
        case 'yy':
          return pad(p.year % 100, 2);
        case 'MM':
          return pad(p.month, 2);
        case 'M':
          return String(p.month);
        case 'dd':
          return pad(p.day, 2);
        case 'd':
          return String(p.day);
        case 'HH':
          return pad(p.hour, 2);
        case 'H':
          return String(p.hour);
        case 'mm':
          return pad(p.minute, 2);
        case 'ss':
          return pad(p.second, 2);
        default:
          return p.weekday;
      }
    },
  );
}

/** What the cell shows, roughly: enough for tests of getDisplayValues. */
/** Fixed-decimal number formats ('0', '0.00', '0.000'), shown as Sheets shows them: rounded, locale's separator. */
const FIXED = /^0(?:\.(0+))?$/;

export function display(
  value: Stored | undefined,
  locale: string,
  timeZone: string,
  numberFormat = 'General',
): string {
  if (value === undefined) return '';
  const fixed = FIXED.exec(numberFormat);
  if (typeof value === 'number' && fixed) {
    const text = value.toFixed(fixed[1]?.length ?? 0);
    return usesDecimalComma(locale) ? text.replace('.', ',') : text;
  }
  if (value instanceof Date)
    return formatDate(value, timeZone, /^en_US$/i.test(locale) ? 'M/d/yyyy' : 'dd/MM/yyyy');
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'number')
    return usesDecimalComma(locale) ? String(value).replace('.', ',') : String(value);
  return value;
}
