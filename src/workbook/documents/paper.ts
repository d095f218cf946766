/**
 * A sheet made for paper: rows are added as paragraphs (one cell across the
 * page) or table rows, each row's height is estimated from its text and its
 * column widths, and the page breaks are decided here, so that a block kept
 * together (a signature grid, a short category table) never splits across
 * two pages, whatever prints it.
 *
 * Heights are set on every row, so LibreOffice and Excel paginate as this
 * file counts. Column widths add up to less than the printable width of A4
 * portrait, so fitting to the page width leaves the scale at 100 %.
 */
import type { CellValue, PaperLayout, RangeRef } from '../port';
import { grid, type RowStyle } from '../grid';
import type { RenderedSheet } from '../render';

/** Printable height in points: the paper less the top and bottom margins of ../../cli/xlsxPaper (0.6 + 0.7 in). */
const PAGE_HEIGHT: Record<PaperLayout['paper'], number> = { A4: 841.9 - 93.6, F4: 935.4 - 93.6 };
/** What is left once rounding in the spreadsheet's own pagination is allowed for. */
const SAFE = 0.94;
/** One line of 10 pt text, and the padding of a row. */
const LINE = 14.5;
const PAD = 4;
/** Average width of a character of the default font, in pixels, generous so that text is never cut. */
const CHAR = 6.6;

export interface PaperRowStyle extends RowStyle {
  /** The row's first cell spans the page (a paragraph or a title). */
  span?: boolean;
  /** Centred, for titles. */
  center?: boolean;
  /** At least this many points high (room for a signature). */
  minHeight?: number;
}

export interface PaperGrid {
  paragraph(text: string, style?: Omit<PaperRowStyle, 'span'>): number;
  row(cells: CellValue[], style?: PaperRowStyle): number;
  blank(points?: number): void;
  /** The rows added inside stay on one page when they fit on one. */
  keep(add: () => void): void;
  /** The next row starts a new page. */
  newPage(): void;
  /** The last row added is repeated at the top of every page (a table's header). */
  repeatLastRow(): void;
  build(name: string, footer: string): RenderedSheet;
}

/** Lines a text takes in a cell of this width, wrapped at spaces as a spreadsheet wraps it. */
export function linesOf(value: CellValue, widthPx: number, bold: boolean): number {
  if (value === null || value === '') return 1;
  const perLine = Math.max(4, Math.floor(widthPx / (bold ? CHAR * 1.15 : CHAR)) - 1);
  let lines = 0;
  for (const paragraph of String(value).split('\n')) {
    let used = 0;
    lines += 1;
    for (const word of paragraph.split(' ')) {
      let length = [...word].length;
      // A word longer than the line is broken across lines.
      while (length > perLine) {
        if (used > 0) lines += 1;
        length -= perLine;
        used = perLine;
      }
      if (used === 0) used = length;
      else if (used + 1 + length <= perLine) used += 1 + length;
      else {
        lines += 1;
        used = length;
      }
    }
  }
  return lines;
}

export function paperGrid(widths: readonly number[], paper: PaperLayout['paper']): PaperGrid {
  const g = grid();
  const cols = widths.length;
  const total = widths.reduce((a, b) => a + b, 0);
  const heights: number[] = [];
  const merges: RangeRef[] = [];
  const wrapRows: number[] = [];
  const centerRows: number[] = [];
  const groups: { first: number; last: number }[] = [];
  const forced = new Set<number>();
  let titleRows: PaperLayout['titleRows'] = null;
  let open: number | null = null;

  const add = (cells: CellValue[], style: PaperRowStyle): number => {
    const r = g.add(cells, style);
    const lines = style.span
      ? linesOf(cells[0] ?? null, total, style.bold === true)
      : Math.max(1, ...cells.map((v, i) => linesOf(v, widths[i] ?? widths[cols - 1], style.bold === true)));
    heights.push(Math.max(style.minHeight ?? 0, Math.ceil(lines * LINE + PAD)));
    if (style.span && cols > 1) merges.push({ row: r, col: 1, numRows: 1, numCols: cols });
    wrapRows.push(r);
    if (style.center) centerRows.push(r);
    return r;
  };

  return {
    paragraph: (text, style = {}) => add([text], { ...style, span: true, textCols: [0] }),
    row: (cells, style = {}) => add(cells, style),
    blank(points = LINE / 2 + PAD) {
      g.blank();
      heights.push(Math.ceil(points));
    },
    keep(fill) {
      const first = g.rows + 1;
      open = first;
      fill();
      open = null;
      if (g.rows >= first) groups.push({ first, last: g.rows });
    },
    newPage() {
      forced.add(g.rows + 1);
    },
    repeatLastRow() {
      if (open === null && g.rows > 0) titleRows = { first: g.rows, last: g.rows };
    },
    build(name, footer) {
      const sheet = g.build(name, { frozenRows: 0, frozenCols: 0, columnWidths: [...widths] });
      const capacity = PAGE_HEIGHT[paper] * SAFE;
      const titleHeight = titleRows ? heights[titleRows.first - 1] : 0;
      const breaksBefore: number[] = [];
      let used = 0;
      const startPage = (r: number, natural: boolean) => {
        if (!natural) breaksBefore.push(r);
        used = titleRows && r > titleRows.last ? titleHeight : 0;
      };
      for (let r = 1; r <= heights.length; r++) {
        const group = groups.find((x) => x.first === r);
        if (forced.has(r) && r > 1) startPage(r, false);
        else if (group) {
          const need = heights.slice(group.first - 1, group.last).reduce((a, b) => a + b, 0);
          const room = capacity - (titleRows && r > titleRows.last ? titleHeight : 0);
          if (used + need > capacity && need <= room && used > 0) startPage(r, false);
        }
        if (used + heights[r - 1] > capacity && used > 0) startPage(r, true);
        used += heights[r - 1];
      }
      const paperLayout: PaperLayout = {
        paper,
        titleRows,
        printArea: { row: 1, col: 1, numRows: heights.length, numCols: cols },
        breaksBefore,
        merges,
        wrapRows,
        rowHeights: heights,
        footer,
        centerRows,
      };
      return { ...sheet, paper: paperLayout };
    },
  };
}
