/**
 * Page setup of a sheet made for paper, in an .xlsx file: paper size,
 * portrait, fit to one page wide, print area and titles, row breaks, footer,
 * merges, wrapping and row heights.
 *
 * F4 (215 × 330 mm) has no paper size code of its own in the file format.
 * Excel keeps a custom size only in the printer's binary settings, and
 * LibreOffice writes a custom size as paperSize="0" without dimensions, so
 * neither round-trips it. Juri writes code 14, Folio 8½ × 13 in (215.9 ×
 * 330.2 mm, within 1 mm of F4, which Excel prints), and also the standard's
 * paperWidth and paperHeight attributes (215mm, 330mm), which LibreOffice
 * honours exactly (./xlsxPackage adds them, as exceljs cannot).
 */
import type ExcelJS from 'exceljs';
import type { PaperLayout } from '../workbook/port';
import { a1 } from '../workbook/a1';

/** OOXML paperSize codes (ECMA-376 Part 1, 18.3.1.63). */
export const PAPER_CODE = { A4: 9, F4: 14 } as const;

/** Margins in inches: wider at the left, where minutes are bound. */
export const MARGINS = { left: 0.75, right: 0.5, top: 0.6, bottom: 0.7, header: 0.3, footer: 0.3 };

/** Footer text: & starts a code in Excel's header and footer language, so a literal one is doubled. */
export function footerCode(text: string): string {
  const escaped = text.replace(/&/g, '&&');
  return `&L&8${escaped.replace(/\{page\}/g, '&P').replace(/\{pages\}/g, '&N')}`;
}

export function setPaper(worksheet: ExcelJS.Worksheet, layout: PaperLayout): void {
  for (const m of layout.merges)
    worksheet.mergeCells(m.row, m.col, m.row + m.numRows - 1, m.col + m.numCols - 1);
  const area = layout.printArea;
  for (const r of layout.wrapRows) {
    for (let c = area.col; c < area.col + area.numCols; c++) {
      const cell = worksheet.getCell(r, c);
      cell.alignment = { ...cell.alignment, wrapText: true, vertical: 'top' };
    }
  }
  for (const r of layout.centerRows) {
    for (let c = area.col; c < area.col + area.numCols; c++) {
      const cell = worksheet.getCell(r, c);
      cell.alignment = { ...cell.alignment, horizontal: 'center' };
    }
  }
  layout.rowHeights.forEach((height, i) => {
    if (height !== null) worksheet.getRow(i + 1).height = height;
  });
  const last = a1(area.row + area.numRows - 1, area.col + area.numCols - 1);
  worksheet.pageSetup = {
    ...worksheet.pageSetup,
    // exceljs's PaperSize enum lists a few codes only; the file takes any code of the standard.
    paperSize: PAPER_CODE[layout.paper] as number as ExcelJS.PaperSize,
    orientation: 'portrait',
    fitToPage: true,
    fitToWidth: 1,
    // 0: as many pages tall as the content needs.
    fitToHeight: 0,
    margins: MARGINS,
    horizontalCentered: true,
    printArea: `${a1(area.row, area.col)}:${last}`,
    ...(layout.titleRows ? { printTitlesRow: `${layout.titleRows.first}:${layout.titleRows.last}` } : {}),
  };
  // exceljs breaks after a row: a page that starts at row r breaks after row r - 1.
  for (const r of layout.breaksBefore) if (r > 1) worksheet.getRow(r - 1).addPageBreak();
  worksheet.headerFooter = { ...worksheet.headerFooter, oddFooter: footerCode(layout.footer) };
}
