/**
 * What clearing a sheet keeps, as Sheets' clear() does (frozen panes, column
 * widths, tab colour, page setup), read from the sheet's XML and put on the
 * fresh exceljs worksheet that replaces it.
 */
import type ExcelJS from 'exceljs';
import { attributes, findElement, startTags, xmlBool } from './xml';

function num(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  return Number.isFinite(n) ? n : undefined;
}

function tabColor(xml: string): Partial<ExcelJS.Color> | undefined {
  const sheetPr = findElement(xml, 'sheetPr');
  const tag = sheetPr ? startTags(sheetPr.text, 'tabColor')[0] : undefined;
  if (!tag) return undefined;
  const a = attributes(tag);
  if (a.rgb) return { argb: a.rgb };
  if (a.theme !== undefined) return { theme: Number(a.theme) };
  return undefined;
}

function views(xml: string): Partial<ExcelJS.WorksheetView>[] {
  const view = findElement(xml, 'sheetView');
  if (!view) return [];
  const a = attributes(view.open);
  const common = {
    showGridLines: xmlBool(a.showGridLines, true),
    rightToLeft: xmlBool(a.rightToLeft, false),
    ...(a.zoomScale ? { zoomScale: Number(a.zoomScale) } : {}),
  };
  const pane = startTags(view.inner, 'pane')[0];
  const p = pane ? attributes(pane) : {};
  if (p.state === 'frozen' || p.state === 'frozenSplit') {
    return [{ state: 'frozen', xSplit: num(p.xSplit) ?? 0, ySplit: num(p.ySplit) ?? 0, ...common }];
  }
  return [{ state: 'normal', ...common }];
}

function pageSetup(xml: string): Partial<ExcelJS.PageSetup> {
  const out: Partial<ExcelJS.PageSetup> = {};
  const setup = startTags(xml, 'pageSetup')[0];
  if (setup) {
    const a = attributes(setup);
    if (a.orientation === 'landscape' || a.orientation === 'portrait') out.orientation = a.orientation;
    const paper = num(a.paperSize);
    if (paper !== undefined) out.paperSize = paper as ExcelJS.PaperSize;
    const scale = num(a.scale);
    if (scale !== undefined) out.scale = scale;
    const fitW = num(a.fitToWidth);
    const fitH = num(a.fitToHeight);
    if (fitW !== undefined) out.fitToWidth = fitW;
    if (fitH !== undefined) out.fitToHeight = fitH;
  }
  const fit = startTags(findElement(xml, 'sheetPr')?.text ?? '', 'pageSetUpPr')[0];
  if (fit && xmlBool(attributes(fit).fitToPage, false)) out.fitToPage = true;
  const margins = startTags(xml, 'pageMargins')[0];
  if (margins) {
    const a = attributes(margins);
    const m = (k: string) => num(a[k]) ?? 0;
    out.margins = {
      left: m('left'),
      right: m('right'),
      top: m('top'),
      bottom: m('bottom'),
      header: m('header'),
      footer: m('footer'),
    };
  }
  return out;
}

/** A new worksheet in `workbook` wearing the look of the sheet whose XML is given. */
export function addWorksheetLike(
  workbook: ExcelJS.Workbook,
  name: string,
  xml: string,
  state: string,
): ExcelJS.Worksheet {
  const color = tabColor(xml);
  const sheet = workbook.addWorksheet(name, {
    properties: color ? { tabColor: color } : {},
    views: views(xml),
    pageSetup: pageSetup(xml),
    state: state === 'hidden' || state === 'veryHidden' ? state : 'visible',
  });
  for (const tag of startTags(findElement(xml, 'cols')?.inner ?? '', 'col')) {
    const a = attributes(tag);
    const min = num(a.min) ?? 0;
    const max = Math.min(num(a.max) ?? min, 16384);
    const width = num(a.width);
    const hidden = xmlBool(a.hidden, false);
    // A format on whole columns to the end of the sheet is not a width Juri needs to carry.
    if (max - min > 1000) continue;
    for (let c = Math.max(min, 1); c <= max; c++) {
      const column = sheet.getColumn(c);
      if (width !== undefined) column.width = width;
      if (hidden) column.hidden = true;
    }
  }
  return sheet;
}
