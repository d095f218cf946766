/**
 * A sheet Juri writes into a package: the port's writes kept as cells, then
 * written as worksheet XML directly (no object model: a ranking of 3,000 entries
 * is a few hundred thousand cells). What the port can express, and only that:
 * values and formulas, number formats, backgrounds, bold, notes, validations,
 * protection with unlocked cells, frozen panes, column widths, tab colour, and
 * a paper layout (merges, wrapping, centring, row heights, page setup, breaks,
 * footer; the print area and titles are names of the workbook, ./xlsxRepack).
 * A sheet that replaces one of the file keeps that sheet's look (properties,
 * views unless set again, default sizes, column widths, page setup).
 */
import { columnLetter, followRows } from '../workbook/a1';
import type {
  Block,
  CellValue,
  FormatBlock,
  PaperLayout,
  Protection,
  RangeRef,
  SheetLook,
  Validation,
} from '../workbook/port';
import { footerCode, MARGINS, PAPER_CODE } from './xlsxPaper';
import type { CellLink, NumberFormat, ScannedCell } from './xlsxScan';
import { escapeXml, findElement } from './xml';

export interface DraftCell {
  value: CellValue;
  /** Without the leading '='; '' for a plain value. */
  formula: string;
  numFmt?: string;
  fill?: string | null;
  bold?: boolean;
  note?: string;
  unlocked?: boolean;
  /** Paper layouts: text wrapping at the top of its cell, and centred across it. */
  wrap?: boolean;
  center?: boolean;
  /**
   * A cell of the sheet this one replaces, kept through a clear that keeps
   * values and not written since: its XML (less its place and format), so a
   * date, a shared string or a formula's cached result stays what it was.
   */
  kept?: { attrs: string; inner: string };
  /** The number format a user gave the cell in the file; it stays over Juri's text format. */
  ownFormat?: NumberFormat;
  /** A link on the cell, kept with it. */
  link?: CellLink;
}

/** What a cell of the user carries whole when it stays or moves: everything but its place and Juri's formats. */
type Carried = Pick<DraftCell, 'value' | 'formula' | 'kept' | 'ownFormat' | 'link' | 'note'>;

function carried(cell: DraftCell): Carried {
  return {
    value: cell.value,
    formula: cell.formula,
    ...(cell.kept ? { kept: cell.kept } : {}),
    ...(cell.ownFormat ? { ownFormat: cell.ownFormat } : {}),
    ...(cell.link ? { link: cell.link } : {}),
    ...(cell.note ? { note: cell.note } : {}),
  };
}

export interface SheetDraft {
  /** row -> col -> cell, 1-based. */
  cells: Map<number, Map<number, DraftCell>>;
  validations: Validation[];
  protection: Protection | null;
  frozen: { rows: number; cols: number } | null;
  /** Column -> width in pixels, set by the port. */
  widths: Map<number, number>;
  /** '#rrggbb', null for none, undefined to keep the original's. */
  tabColor: string | null | undefined;
  /** Elements kept from the sheet this one replaces, by name. */
  kept: Partial<Record<(typeof KEPT)[number], string>>;
  /** How the sheet prints, when it is made for paper. */
  paper: PaperLayout | null;
  /** The cells as they were before the last clear that carries some (row -> col), for writes that move them. */
  before?: Map<number, Map<number, Carried>>;
}

const KEPT = [
  'sheetPr',
  'sheetViews',
  'sheetFormatPr',
  'cols',
  'pageMargins',
  'pageSetup',
  'headerFooter',
] as const;

export function newDraft(originalXml = ''): SheetDraft {
  const kept: SheetDraft['kept'] = {};
  for (const name of KEPT) {
    const found = findElement(originalXml, name);
    // A relationship id (printer settings) would point nowhere in the new sheet.
    if (found) kept[name] = found.text.replace(/\s[\w.-]+:id="[^"]*"/g, '');
  }
  return {
    cells: new Map(),
    validations: [],
    protection: null,
    frozen: null,
    widths: new Map(),
    tabColor: undefined,
    kept,
    paper: null,
  };
}

/** Empties a draft as Sheets' clear() does: its look stays; with `keepValues`, its values and formulas too. */
export function clearDraft(draft: SheetDraft, keepValues = false): void {
  if (keepValues)
    for (const row of draft.cells.values()) for (const [c, cell] of row) row.set(c, carried(cell));
  else draft.cells.clear();
  draft.validations = [];
  draft.protection = null;
  draft.paper = null;
}

/** Puts the cells of the sheet a draft replaces back into it, as they are stored. */
export function keepDraftCells(
  draft: SheetDraft,
  cells: ScannedCell[],
  links: ReadonlyMap<string, CellLink> = new Map(),
  /** The notes (comments) of the sheet's cells, by 'row,col', empty cells included. */
  notes: ReadonlyMap<string, string> = new Map(),
): void {
  for (const { row, col, value, formula, raw, format } of cells) {
    const cell = cellAt(draft, row, col);
    // A kept formula keeps its cached result too, as reading the saved file gives it.
    cell.value = formula && !raw ? null : value;
    cell.formula = formula.replace(/^=/, '');
    if (raw) cell.kept = raw;
    if (format) cell.ownFormat = format;
    const link = links.get(`${row},${col}`);
    if (link) cell.link = link;
  }
  for (const [key, note] of notes) {
    const [row, col] = key.split(',').map(Number);
    cellAt(draft, row, col).note = note;
  }
}

/** Takes the cells of a range as they are now, for the writes that carry them elsewhere (Block.from). */
export function takeDraftCells(draft: SheetDraft, range: RangeRef): void {
  const before = new Map<number, Map<number, Carried>>();
  for (const [r, row] of draft.cells) {
    if (r < range.row || r >= range.row + range.numRows) continue;
    const taken = new Map<number, Carried>();
    for (const [c, cell] of row)
      if (c >= range.col && c < range.col + range.numCols) taken.set(c, carried(cell));
    before.set(r, taken);
  }
  draft.before = before;
}

function cellAt(draft: SheetDraft, row: number, col: number): DraftCell {
  let r = draft.cells.get(row);
  if (!r) draft.cells.set(row, (r = new Map()));
  let c = r.get(col);
  if (!c) r.set(col, (c = { value: null, formula: '' }));
  return c;
}

/** Writes a block into a sheet's draft; `sheet` is the sheet's name, for the formulas of carried cells. */
export function writeDraftBlock(draft: SheetDraft, block: Block, sheet = ''): void {
  block.values.forEach((rowValues, r) => {
    const width = Math.max(rowValues.length, block.formulas?.[r]?.length ?? 0);
    for (let c = 0; c < width; c++) {
      const value = rowValues[c] ?? null;
      // Excel refuses a whole file holding NaN or Infinity.
      if (typeof value === 'number' && !Number.isFinite(value))
        throw new Error(`Not a finite number at ${columnLetter(block.col + c)}${block.row + r}`);
      const formula = block.formulas?.[r]?.[c];
      const cell = cellAt(draft, block.row + r, block.col + c);
      delete cell.kept;
      delete cell.ownFormat;
      delete cell.link;
      delete cell.note;
      const at = block.from?.[r]?.[c];
      const source = at ? draft.before?.get(at.row)?.get(at.col) : undefined;
      if (source) {
        Object.assign(cell, source);
        // A formula stored with a range of its own (an array formula) would name its old place: written plainly.
        const moved = at!.row !== block.row + r || at!.col !== block.col + c;
        if (moved && cell.formula && /<(?:\w+:)?f\b[^>]*\sref=/.test(source.kept?.inner ?? '')) {
          delete cell.kept;
          cell.value = null;
        }
        if (cell.formula && block.movedRows)
          followCarried(cell, followRows(cell.formula, sheet, block.movedRows));
        continue;
      }
      cell.formula = formula ? formula.replace(/^=/, '') : '';
      cell.value = formula ? null : value;
    }
  });
}

/** A carried formula whose references followed their rows: the stored formula too, its cached result kept. */
function followCarried(cell: DraftCell, formula: string): void {
  if (formula === cell.formula) return;
  cell.formula = formula;
  if (cell.kept)
    cell.kept = {
      ...cell.kept,
      inner: cell.kept.inner.replace(
        /(<(?:\w+:)?f\b[^>]*>)[\s\S]*?(<\/(?:\w+:)?f>)/,
        (_, open: string, close: string) => `${open}${escapeXml(formula)}${close}`,
      ),
    };
}

export function writeDraftFormats(draft: SheetDraft, formats: FormatBlock): void {
  for (let r = 0; r < formats.numRows; r++) {
    for (let c = 0; c < formats.numCols; c++) {
      const numFmt = formats.numberFormats?.[r]?.[c];
      const fill = formats.backgrounds?.[r]?.[c];
      const bold = formats.bold?.[r]?.[c];
      const note = formats.notes?.[r]?.[c];
      if (!numFmt && fill === undefined && bold === undefined && note === undefined) continue;
      const cell = cellAt(draft, formats.row + r, formats.col + c);
      if (numFmt && !cell.ownFormat) cell.numFmt = numFmt;
      if (fill !== undefined) cell.fill = fill;
      if (bold !== undefined) cell.bold = bold;
      if (note !== undefined) cell.note = note;
    }
  }
}

export function setDraftProtection(draft: SheetDraft, protection: Protection | null): void {
  for (const row of draft.cells.values()) for (const cell of row.values()) delete cell.unlocked;
  draft.protection = protection;
  for (const { range } of protection?.editableRanges ?? []) {
    for (let r = 0; r < range.numRows; r++)
      for (let c = 0; c < range.numCols; c++) cellAt(draft, range.row + r, range.col + c).unlocked = true;
  }
}

export function setDraftLook(draft: SheetDraft, look: SheetLook): void {
  draft.frozen = { rows: look.frozenRows, cols: look.frozenCols };
  (look.columnWidths ?? []).forEach((px, i) => draft.widths.set(i + 1, px));
  if (look.tabColor !== undefined) draft.tabColor = look.tabColor;
}

/** Lays a draft out for paper as ./xlsxPaper does through exceljs: the cells' wrapping and centring now, the rest on writing. */
export function setDraftPaper(draft: SheetDraft, layout: PaperLayout): void {
  const area = layout.printArea;
  for (const r of layout.wrapRows)
    for (let c = area.col; c < area.col + area.numCols; c++) cellAt(draft, r, c).wrap = true;
  for (const r of layout.centerRows)
    for (let c = area.col; c < area.col + area.numCols; c++) cellAt(draft, r, c).center = true;
  draft.paper = layout;
}

/** The snapshot of a draft, as reading the saved file would give it (formulas Juri wrote have no value yet). */
export function readDraft(draft: SheetDraft): { values: CellValue[][]; formulas: string[][] } {
  let numRows = 0;
  let numCols = 0;
  for (const [r, row] of draft.cells)
    for (const [c, cell] of row)
      if ((cell.value !== null && cell.value !== '') || cell.formula !== '') {
        numRows = Math.max(numRows, r);
        numCols = Math.max(numCols, c);
      }
  const values: CellValue[][] = Array.from({ length: numRows }, () =>
    new Array<CellValue>(numCols).fill(null),
  );
  const formulas: string[][] = Array.from({ length: numRows }, () => new Array<string>(numCols).fill(''));
  for (const [r, row] of draft.cells)
    for (const [c, cell] of row) {
      if (r > numRows || c > numCols) continue;
      values[r - 1][c - 1] = cell.value === '' ? null : cell.value;
      formulas[r - 1][c - 1] = cell.formula ? `=${cell.formula}` : '';
    }
  return { values, formulas };
}

// ---- styles ------------------------------------------------------------------

/** Number formats Excel builds in, which need no entry of their own. */
const BUILTIN_FORMATS: Record<string, number> = {
  General: 0,
  '0': 1,
  '0.00': 2,
  '#,##0': 3,
  '#,##0.00': 4,
  '0%': 9,
  '0.00%': 10,
  '@': 49,
};

/**
 * The cell formats drafts use, collected as a small styles part whose fonts and
 * borders are the workbook's own defaults, so that merging it into the
 * workbook's styles adds only what is new (./xlsxStyles).
 */
export class DraftStyles {
  private xfs: string[] = ['<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'];
  private fills: string[] = [
    '<fill><patternFill patternType="none"/></fill>',
    '<fill><patternFill patternType="gray125"/></fill>',
  ];
  private formats = new Map<string, number>();
  private keys = new Map<string, number>([['', 0]]);

  constructor(
    private readonly font: string,
    private readonly border: string,
  ) {}

  /** The index of the cell format of a cell (0 for the workbook's default). */
  indexOf(cell: DraftCell): number {
    const fill = cell.fill ?? null;
    const own = cell.ownFormat;
    const key = [
      own ? `${own.id}:${own.code ?? ''}` : (cell.numFmt ?? ''),
      fill ?? '',
      cell.bold ? 'b' : '',
      cell.unlocked ? 'u' : '',
      cell.wrap ? 'w' : '',
      cell.center ? 'c' : '',
    ].join('|');
    if (key === '|||||') return 0;
    const known = this.keys.get(key);
    if (known !== undefined) return known;
    const numFmtId = own
      ? own.code === null
        ? own.id
        : this.formatId(own.code)
      : this.formatId(cell.numFmt ?? '');
    let fillId = 0;
    if (fill !== null) {
      const xml = `<fill><patternFill patternType="solid"><fgColor rgb="FF${fill.slice(1).toUpperCase()}"/><bgColor indexed="64"/></patternFill></fill>`;
      fillId = this.fills.indexOf(xml);
      if (fillId < 0) fillId = this.fills.push(xml) - 1;
    }
    const applies = [
      numFmtId ? ' applyNumberFormat="1"' : '',
      cell.bold ? ' applyFont="1"' : '',
      fillId ? ' applyFill="1"' : '',
      cell.wrap || cell.center ? ' applyAlignment="1"' : '',
      cell.unlocked ? ' applyProtection="1"' : '',
    ].join('');
    const open = `<xf numFmtId="${numFmtId}" fontId="${cell.bold ? 1 : 0}" fillId="${fillId}" borderId="0" xfId="0"${applies}`;
    const alignment =
      cell.wrap || cell.center
        ? `<alignment${cell.center ? ' horizontal="center"' : ''}${cell.wrap ? ' vertical="top" wrapText="1"' : ''}/>`
        : '';
    const protection = cell.unlocked ? '<protection locked="0"/>' : '';
    const xf = alignment || protection ? `${open}>${alignment}${protection}</xf>` : `${open}/>`;
    const index = this.xfs.push(xf) - 1;
    this.keys.set(key, index);
    return index;
  }

  private formatId(code: string): number {
    if (code === '') return 0;
    if (code in BUILTIN_FORMATS) return BUILTIN_FORMATS[code];
    const known = this.formats.get(code);
    if (known !== undefined) return known;
    const id = 164 + this.formats.size;
    this.formats.set(code, id);
    return id;
  }

  /** A styles part holding these formats, to merge into the workbook's. */
  xml(): string {
    const bold = this.font.replace(
      /^<((?:[\w.-]+:)?font)\b([^>]*?)(\/?)>/,
      (_, tag: string, attrs: string, empty: string) =>
        empty ? `<${tag}${attrs}><b/></${tag}>` : `<${tag}${attrs}><b/>`,
    );
    const numFmts = [...this.formats].map(
      ([code, id]) => `<numFmt numFmtId="${id}" formatCode="${escapeXml(code)}"/>`,
    );
    return (
      `<styleSheet><numFmts count="${numFmts.length}">${numFmts.join('')}</numFmts>` +
      `<fonts count="2">${this.font}${bold}</fonts><fills count="${this.fills.length}">${this.fills.join('')}</fills>` +
      `<borders count="1">${this.border}</borders><cellXfs count="${this.xfs.length}">${this.xfs.join('')}</cellXfs></styleSheet>`
    );
  }
}

// ---- worksheet XML -----------------------------------------------------------

/** Text as an XML string item: characters XML cannot hold written as Office escapes them (_xHHHH_). */
function xmlText(text: string): string {
  const escaped = text.replace(/_x([0-9a-fA-F]{4})_/g, '_x005F_x$1_').replace(
    // eslint-disable-next-line no-control-regex -- exactly the characters XML cannot hold
    /[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]/g,
    (ch) => `_x${ch.charCodeAt(0).toString(16).padStart(4, '0').toUpperCase()}_`,
  );
  return escapeXml(escaped);
}

export function cellXml(ref: string, cell: DraftCell, style: number): string {
  const s = style ? ` s="${style}"` : '';
  if (cell.kept) return `<c r="${ref}"${s}${cell.kept.attrs}>${cell.kept.inner}</c>`;
  if (cell.formula) return `<c r="${ref}"${s}><f>${escapeXml(cell.formula)}</f></c>`;
  const v = cell.value;
  if (v === null || v === '') return `<c r="${ref}"${s}/>`;
  if (typeof v === 'number') return `<c r="${ref}"${s}><v>${Object.is(v, -0) ? 0 : v}</v></c>`;
  if (typeof v === 'boolean') return `<c r="${ref}"${s} t="b"><v>${v ? 1 : 0}</v></c>`;
  return `<c r="${ref}"${s} t="inlineStr"><is><t xml:space="preserve">${xmlText(v)}</t></is></c>`;
}

function rangeText(range: { row: number; col: number; numRows: number; numCols: number }): string {
  const first = `${columnLetter(range.col)}${range.row}`;
  if (range.numRows === 1 && range.numCols === 1) return first;
  return `${first}:${columnLetter(range.col + range.numCols - 1)}${range.row + range.numRows - 1}`;
}

function validationXml(v: Validation, listFormula: (values: string[]) => string): string {
  // A cell open to any value has no rule to write.
  if (v.rule.kind === 'any') return '';
  const common = `allowBlank="1" showErrorMessage="1" errorStyle="stop" error="${escapeXml(v.rule.helpText)}" sqref="${rangeText(v.range)}"`;
  const rule = v.rule;
  if (rule.kind === 'number')
    return `<dataValidation type="decimal" operator="between" ${common}><formula1>${rule.min}</formula1><formula2>${rule.max}</formula2></dataValidation>`;
  // Excel has no checkbox a file can carry everywhere: TRUE or FALSE from a drop-down reads the same.
  if (rule.kind === 'checkbox')
    return `<dataValidation type="list" ${common}><formula1>${escapeXml('"TRUE,FALSE"')}</formula1></dataValidation>`;
  const formula =
    rule.kind === 'rangeList'
      ? `'${rule.sheet.replace(/'/g, "''")}'!$${columnLetter(rule.range.col)}$${rule.range.row}:$${columnLetter(rule.range.col + rule.range.numCols - 1)}$${rule.range.row + rule.range.numRows - 1}`
      : listFormula(rule.values);
  return `<dataValidation type="list" ${common}><formula1>${escapeXml(formula)}</formula1></dataValidation>`;
}

function viewsXml(draft: SheetDraft): string {
  if (!draft.frozen)
    return draft.kept.sheetViews ?? '<sheetViews><sheetView workbookViewId="0"/></sheetViews>';
  const { rows, cols } = draft.frozen;
  if (rows === 0 && cols === 0) return '<sheetViews><sheetView workbookViewId="0"/></sheetViews>';
  const pane = rows > 0 && cols > 0 ? 'bottomRight' : rows > 0 ? 'bottomLeft' : 'topRight';
  const split = `${cols > 0 ? ` xSplit="${cols}"` : ''}${rows > 0 ? ` ySplit="${rows}"` : ''}`;
  return `<sheetViews><sheetView workbookViewId="0"><pane${split} topLeftCell="${columnLetter(cols + 1)}${rows + 1}" activePane="${pane}" state="frozen"/><selection pane="${pane}"/></sheetView></sheetViews>`;
}

function sheetPrXml(draft: SheetDraft): string {
  const kept = draft.kept.sheetPr ?? '';
  if (draft.tabColor === undefined) return kept;
  const base = (kept || '<sheetPr/>').replace(/<(?:[\w.-]+:)?tabColor\b[^>]*\/>/, '');
  if (draft.tabColor === null) return base === '<sheetPr/>' ? '' : base;
  const color = `<tabColor rgb="FF${draft.tabColor.slice(1).toUpperCase()}"/>`;
  // tabColor comes first among sheetPr's children.
  return base.endsWith('/>')
    ? base.replace(/\/>$/, `>${color}</sheetPr>`)
    : base.replace(/^(<[^>]*>)/, `$1${color}`);
}

function colsXml(draft: SheetDraft): string {
  if (draft.widths.size === 0) return draft.kept.cols ?? '';
  const cols = [...draft.widths]
    .sort((a, b) => a[0] - b[0])
    .map(
      ([c, px]) => `<col min="${c}" max="${c}" width="${Math.round((px / 7) * 100) / 100}" customWidth="1"/>`,
    );
  return `<cols>${cols.join('')}</cols>`;
}

export interface DraftXml {
  sheet: string;
  /** The notes, when the sheet has any: a comments part and its VML drawing. */
  notes: { comments: string; vml: string } | null;
  /** The external addresses of the cells' links, by the relationship id the sheet names them with. */
  links: { id: string; url: string }[];
}

/**
 * The worksheet XML of a draft. Style indexes are the DraftStyles' own; the
 * notes' drawing is referenced as rId1 (its comments as rId2) in the sheet's
 * relationships.
 */
export function draftXml(
  draft: SheetDraft,
  styles: DraftStyles,
  listFormula: (values: string[]) => string,
  shapeBlock: number,
): DraftXml {
  const rows: string[] = [];
  const notes: { ref: string; row: number; col: number; text: string }[] = [];
  const hyperlinks: string[] = [];
  const links: { id: string; url: string }[] = [];
  let maxRow = 0;
  let maxCol = 0;
  const heights = draft.paper?.rowHeights ?? [];
  const rowNumbers = new Set(draft.cells.keys());
  heights.forEach((h, i) => h !== null && rowNumbers.add(i + 1));
  for (const r of [...rowNumbers].sort((a, b) => a - b)) {
    const row = draft.cells.get(r) ?? new Map<number, DraftCell>();
    const height = heights[r - 1];
    const cells: string[] = [];
    for (const c of [...row.keys()].sort((a, b) => a - b)) {
      const cell = row.get(c)!;
      const ref = `${columnLetter(c)}${r}`;
      const style = styles.indexOf(cell);
      if (style === 0 && !cell.formula && (cell.value === null || cell.value === '') && !cell.note) continue;
      cells.push(cellXml(ref, cell, style));
      if (cell.note) notes.push({ ref, row: r, col: c, text: cell.note });
      if (cell.link) {
        // Ids of their own, apart from the notes' rId1 and rId2 and the drawings' rIdN.
        const id = cell.link.url !== undefined ? `rIdLink${links.length + 1}` : null;
        if (id) links.push({ id, url: cell.link.url! });
        hyperlinks.push(`<hyperlink ref="${ref}"${id ? ` r:id="${id}"` : ''}${cell.link.attrs}/>`);
      }
      maxRow = Math.max(maxRow, r);
      maxCol = Math.max(maxCol, c);
    }
    const ht = height !== null && height !== undefined ? ` ht="${height}" customHeight="1"` : '';
    if (cells.length > 0 || ht) rows.push(`<row r="${r}"${ht}>${cells.join('')}</row>`);
  }
  const protection = draft.protection
    ? '<sheetProtection sheet="1" objects="1" scenarios="1" formatColumns="0"/>'
    : '';
  const validations =
    draft.validations.length > 0
      ? `<dataValidations count="${draft.validations.length}">${draft.validations.map((v) => validationXml(v, listFormula)).join('')}</dataValidations>`
      : '';
  const paper = draft.paper ? paperXml(draft.paper) : null;
  const sheet =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
    (paper ? fitToPage(sheetPrXml(draft)) : sheetPrXml(draft)) +
    `<dimension ref="${maxRow > 0 ? `A1:${columnLetter(maxCol)}${maxRow}` : 'A1'}"/>` +
    viewsXml(draft) +
    (draft.kept.sheetFormatPr ?? '<sheetFormatPr defaultRowHeight="15"/>') +
    colsXml(draft) +
    (rows.length > 0 ? `<sheetData>${rows.join('')}</sheetData>` : '<sheetData/>') +
    protection +
    (paper?.merges ?? '') +
    validations +
    (hyperlinks.length > 0 ? `<hyperlinks>${hyperlinks.join('')}</hyperlinks>` : '') +
    (paper
      ? paper.page
      : (draft.kept.pageMargins ??
          '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>') +
        (draft.kept.pageSetup ?? '') +
        (draft.kept.headerFooter ?? '')) +
    (notes.length > 0 ? '<legacyDrawing r:id="rId1"/>' : '') +
    '</worksheet>';
  return { sheet, notes: notes.length > 0 ? notesXml(notes, shapeBlock) : null, links };
}

/** The sheet's properties asking to fit the page (the width; fitToHeight 0 lets it run as many pages tall as it needs). */
function fitToPage(sheetPr: string): string {
  const fit = '<pageSetUpPr fitToPage="1"/>';
  if (sheetPr === '') return `<sheetPr>${fit}</sheetPr>`;
  const without = sheetPr.replace(/<(?:[\w.-]+:)?pageSetUpPr\b[^>]*\/>/, '');
  // pageSetUpPr is the last of sheetPr's children.
  return without.endsWith('/>')
    ? without.replace(/\/>$/, `>${fit}</sheetPr>`)
    : without.replace(/<\/sheetPr>$/, `${fit}</sheetPr>`);
}

/** Merges, and everything from the print options to the row breaks, in the schema's order. */
function paperXml(layout: PaperLayout): { merges: string; page: string } {
  const merges =
    layout.merges.length > 0
      ? `<mergeCells count="${layout.merges.length}">${layout.merges.map((m) => `<mergeCell ref="${rangeText(m)}"/>`).join('')}</mergeCells>`
      : '';
  const m = MARGINS;
  const breaks = layout.breaksBefore.filter((r) => r > 1);
  const page =
    '<printOptions horizontalCentered="1"/>' +
    `<pageMargins left="${m.left}" right="${m.right}" top="${m.top}" bottom="${m.bottom}" header="${m.header}" footer="${m.footer}"/>` +
    `<pageSetup paperSize="${PAPER_CODE[layout.paper]}" orientation="portrait" fitToWidth="1" fitToHeight="0"/>` +
    `<headerFooter><oddFooter>${escapeXml(footerCode(layout.footer))}</oddFooter></headerFooter>` +
    (breaks.length > 0
      ? `<rowBreaks count="${breaks.length}" manualBreakCount="${breaks.length}">${breaks.map((r) => `<brk id="${r - 1}" max="16383" man="1"/>`).join('')}</rowBreaks>`
      : '');
  return { merges, page };
}

function notesXml(
  notes: { ref: string; row: number; col: number; text: string }[],
  block: number,
): { comments: string; vml: string } {
  const comments =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<comments xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><authors><author>Juri</author></authors><commentList>' +
    notes
      .map(
        (n) =>
          `<comment ref="${n.ref}" authorId="0"><text><r><t xml:space="preserve">${xmlText(n.text)}</t></r></text></comment>`,
      )
      .join('') +
    '</commentList></comments>';
  const shapes = notes
    .map(
      (n, i) =>
        `<v:shape id="_x0000_s${block * 1024 + i + 1}" type="#_x0000_t202" style="position:absolute;margin-left:59.25pt;margin-top:1.5pt;width:216pt;height:80pt;z-index:${i + 1};visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto">` +
        '<v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/><v:path o:connecttype="none"/><v:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></v:textbox>' +
        `<x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>${n.col}, 15, ${n.row - 1}, 2, ${n.col + 3}, 15, ${n.row + 4}, 16</x:Anchor><x:AutoFill>False</x:AutoFill><x:Row>${n.row - 1}</x:Row><x:Column>${n.col - 1}</x:Column></x:ClientData></v:shape>`,
    )
    .join('');
  const vml =
    '<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">' +
    `<o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="${block}"/></o:shapelayout>` +
    '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>' +
    shapes +
    '</xml>';
  return { comments, vml };
}
