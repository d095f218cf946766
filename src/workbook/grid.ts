/**
 * Builds a sheet row by row as plain arrays: values, formulas, text formats,
 * bold and backgrounds, padded to one width at the end so the port gets
 * rectangles.
 */
import type { CellValue, FormatBlock } from './port';
import type { RenderedSheet } from './render';

export interface RowStyle {
  bold?: boolean;
  background?: string | null;
  /** Columns (0-based) holding user text: formatted '@' so that Sheets keeps it as typed. */
  textCols?: readonly number[];
  /** Number format for numeric cells of the row, e.g. '0.00'. */
  numberFormat?: string;
  /** Columns (0-based) holding whole numbers (a place, a count): formatted '0' whatever `numberFormat` says. */
  wholeCols?: readonly number[];
  /** Formulas of the row by column (0-based); they replace the value there. */
  formulas?: readonly (string | null)[];
  /** Columns from..to (0-based, inclusive) on a background of their own, e.g. the cells a juror fills in. */
  highlight?: { from: number; to: number; color: string };
}

export interface Grid {
  /** Adds a row; returns its 1-based row number. */
  add(row: CellValue[], style?: RowStyle): number;
  blank(): void;
  readonly rows: number;
  build(name: string, look: RenderedSheet['look']): RenderedSheet;
}

export function grid(): Grid {
  const values: CellValue[][] = [];
  const styles: RowStyle[] = [];
  return {
    add(row, style = {}) {
      values.push(row);
      styles.push(style);
      return values.length;
    },
    blank() {
      values.push([]);
      styles.push({});
    },
    get rows() {
      return values.length;
    },
    build(name, look) {
      const width = Math.max(
        1,
        ...values.map((r) => r.length),
        ...styles.map((s) => s.formulas?.length ?? 0),
      );
      const pad = (r: CellValue[]) => [...r, ...new Array<CellValue>(width - r.length).fill(null)];
      const block = values.map(pad);
      const background = (i: number, c: number) => {
        const h = styles[i].highlight;
        return h && c >= h.from && c <= h.to ? h.color : (styles[i].background ?? null);
      };
      const formats: FormatBlock = {
        row: 1,
        col: 1,
        numRows: block.length,
        numCols: width,
        numberFormats: block.map((r, i) =>
          r.map((v, c) =>
            styles[i].textCols?.includes(c)
              ? '@'
              : typeof v !== 'number'
                ? ''
                : styles[i].wholeCols?.includes(c)
                  ? '0'
                  : (styles[i].numberFormat ?? ''),
          ),
        ),
        bold: block.map((r, i) => r.map(() => styles[i].bold ?? false)),
        backgrounds: block.map((r, i) => r.map((_, c) => background(i, c))),
      };
      const hasFormulas = styles.some((s) => s.formulas?.some((f) => f));
      const formulas = hasFormulas
        ? block.map((r, i) => r.map((_, c) => styles[i].formulas?.[c] ?? null))
        : undefined;
      return {
        name,
        block: { row: 1, col: 1, values: block, ...(formulas ? { formulas } : {}) },
        formats,
        look,
      };
    },
  };
}
