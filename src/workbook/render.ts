import type {
  Block,
  FormatBlock,
  PaperLayout,
  Protection,
  SheetLook,
  SpreadsheetPort,
  Validation,
} from './port';

/**
 * One sheet as a layout wants it to be: the layouts build it as plain data,
 * `writeSheet` hands it to the port in a fixed, small number of calls.
 */
export interface RenderedSheet {
  name: string;
  /** From A1; formulas (where set) replace the value at the same place. */
  block: Block;
  formats?: FormatBlock;
  validations?: Validation[];
  protection?: Protection | null;
  look?: SheetLook;
  /** Sheets made for paper: the official documents. */
  paper?: PaperLayout;
}

/** Writes a rendered sheet over an existing (or new) sheet, replacing everything it had. */
export function writeSheet(port: SpreadsheetPort, sheet: RenderedSheet, options: { create: boolean }): void {
  if (options.create) port.insertSheet(sheet.name);
  else port.clearSheet(sheet.name);
  port.writeBlock(sheet.name, sheet.block);
  if (sheet.formats) port.writeFormats(sheet.name, sheet.formats);
  if (sheet.validations && sheet.validations.length > 0) port.setValidations(sheet.name, sheet.validations);
  if (sheet.protection) port.setProtection(sheet.name, sheet.protection);
  // Clearing a sheet keeps its column widths: set them only on a new sheet, where they cost calls once.
  if (sheet.look)
    port.setLook(sheet.name, options.create ? sheet.look : { ...sheet.look, columnWidths: undefined });
  if (sheet.paper) port.setPaper(sheet.name, sheet.paper);
}
