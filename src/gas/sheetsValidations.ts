/**
 * Data validation in Sheets: every rule of a sheet written in one
 * setDataValidations over their bounding box; a rule is built once per action
 * (rules naming no range serve every sheet the port writes).
 */
import type { RangeRef, Validation, ValidationRule } from '../workbook/port';
import { boundingBox, rangeAt, type SheetCache } from './sheetsGrid';

type Range = GoogleAppsScript.Spreadsheet.Range;
type DataValidation = GoogleAppsScript.Spreadsheet.DataValidation;

export function sheetsValidations(
  cache: SheetCache,
  app: () => GoogleAppsScript.Spreadsheet.SpreadsheetApp,
): (name: string, validations: Validation[]) => void {
  /** Rules that name no range are plain values: one build serves every sheet the port writes. */
  const plainRules = new Map<string, DataValidation>();

  return (name, validations) => {
    const k = cache.knownNamed(name);
    const box = boundingBox(validations.map((v) => v.range));
    if (box) cache.ensureBox(k, box);
    if (!k.noValidations) cache.wholeGrid(k).clearDataValidations();
    if (!box) return;
    k.noValidations = false;
    const built = new Map<string, DataValidation>();
    const ruleFor = (rule: ValidationRule): DataValidation | null => {
      if (rule.kind === 'any') return null;
      const key = JSON.stringify(rule);
      const rules = rule.kind === 'rangeList' ? built : plainRules;
      let dv = rules.get(key);
      if (!dv) {
        dv = buildRule(app(), rule, (sheetName, ref) => rangeAt(cache.sheetNamed(sheetName), ref));
        rules.set(key, dv);
      }
      return dv;
    };
    // A range the port already holds (the block of values around the rules) serves: no cell of it has a rule now.
    const held = cache.holding(k, box);
    const at = held?.ref ?? box;
    const grid: (DataValidation | null)[][] = Array.from({ length: at.numRows }, () =>
      new Array<DataValidation | null>(at.numCols).fill(null),
    );
    for (const { range, rule } of validations) {
      const dv = ruleFor(rule);
      for (let r = 0; r < range.numRows; r++) {
        for (let c = 0; c < range.numCols; c++) grid[range.row - at.row + r][range.col - at.col + c] = dv;
      }
    }
    (held?.range ?? cache.rangeFor(k, box)).setDataValidations(grid);
  };
}

function buildRule(
  app: GoogleAppsScript.Spreadsheet.SpreadsheetApp,
  rule: Exclude<ValidationRule, { kind: 'any' }>,
  rangeOf: (sheet: string, ref: RangeRef) => Range,
): DataValidation {
  const builder = app.newDataValidation();
  switch (rule.kind) {
    case 'number':
      builder.requireNumberBetween(rule.min, rule.max);
      break;
    case 'list':
      builder.requireValueInList(rule.values, true);
      break;
    case 'rangeList':
      builder.requireValueInRange(rangeOf(rule.sheet, rule.range), true);
      break;
    case 'checkbox':
      builder.requireCheckbox();
      break;
  }
  return builder.setAllowInvalid(false).setHelpText(rule.helpText).build();
}
