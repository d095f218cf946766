/**
 * Reading single cells of the Setup sheet the way a secretariat types them:
 * numbers with a decimal comma, "30 %", Ya/Tidak, labels in either language
 * with any case and spacing.
 */
import { isBlankCell } from '../../core/cells';
import { readNumberText } from '../../core/numbers';
import { visible } from '../../core/text';
import type { CellValue } from '../port';

/** The Setup's readers and the other layouts ask the same question of a cell. */
export { isBlankCell };

/**
 * Labels compare case-, space- and punctuation-insensitively, without
 * parenthesised hints: "Bobot (%)", "bobot" and " BOBOT " are one header.
 */
export function normalizeLabel(v: CellValue | undefined): string {
  if (v === null || v === undefined) return '';
  return String(v)
    .toLowerCase()
    .replace(/\([^)]*\)/g, ' ')
    .replace(/[\s\-_:./]+/g, ' ')
    .trim();
}

/** The error values of Excel, LibreOffice and Sheets, as a cell hands them over: #VALUE!, #REF!, #N/A... */
const ERROR_VALUE =
  /^#(?:VALUE!|REF!|N\/A|NAME\?|DIV\/0!|NUM!|NULL!|ERROR!|SPILL!|CALC!|GETTING_DATA|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!)$/;

export function isErrorValue(v: CellValue | undefined): boolean {
  return typeof v === 'string' && ERROR_VALUE.test(v.trim());
}

/** Text of a cell as the model keeps it: trimmed; a number typed into an id cell becomes its digits. */
export function cellText(v: CellValue | undefined): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v.trim();
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  return String(v);
}

export type Read<T> =
  | { kind: 'blank' }
  | { kind: 'value'; value: T }
  /** `shown` with invisible characters spelled out; `ambiguous` for text like "1.000" (1, or a thousand). */
  | { kind: 'bad'; shown: string; ambiguous?: { asDecimal: number; asThousands: number } };

/**
 * A number, or text holding one with '.' or ',' as decimal mark and an
 * optional trailing '%' ("30 %" is a weight of 30). Text that could be read
 * two ways ("1.000") is bad, and says both readings.
 */
export function readNumber(v: CellValue | undefined): Read<number> {
  if (isBlankCell(v)) return { kind: 'blank' };
  if (typeof v === 'number')
    return Number.isFinite(v) ? { kind: 'value', value: v } : { kind: 'bad', shown: String(v) };
  const shown = cellText(v);
  if (typeof v === 'boolean') return { kind: 'bad', shown };
  const read = readNumberText(shown);
  if (read.kind === 'number' || read.kind === 'percent') return { kind: 'value', value: read.value };
  if (read.kind === 'ambiguous')
    return { kind: 'bad', shown, ambiguous: { asDecimal: read.asDecimal, asThousands: read.asThousands } };
  return { kind: 'bad', shown: visible(shown) };
}

const YES = new Set(['ya', 'y', 'yes', 'true', 'benar', '1']);
const NO = new Set(['tidak', 'no', 'n', 'false', 'salah', '0']);

export function readYesNo(v: CellValue | undefined): Read<boolean> {
  if (isBlankCell(v)) return { kind: 'blank' };
  if (typeof v === 'boolean') return { kind: 'value', value: v };
  const key = normalizeLabel(v);
  if (YES.has(key)) return { kind: 'value', value: true };
  if (NO.has(key)) return { kind: 'value', value: false };
  return { kind: 'bad', shown: cellText(v) };
}

/** Comma- (or semicolon-) separated items, blanks dropped. */
export function readList(v: CellValue | undefined, separators: RegExp): string[] {
  return cellText(v)
    .split(separators)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}
