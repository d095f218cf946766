/** Data validation rules: stored and readable; like setValues in Sheets, script writes ignore them. */
import type { Recorder } from './calls';
import type { ValidationData } from './model';
import { FakeRange } from './range';

export const DataValidationCriteria = {
  DATE_AFTER: 'DATE_AFTER',
  DATE_BEFORE: 'DATE_BEFORE',
  DATE_BETWEEN: 'DATE_BETWEEN',
  DATE_EQUAL_TO: 'DATE_EQUAL_TO',
  DATE_IS_VALID_DATE: 'DATE_IS_VALID_DATE',
  DATE_NOT_BETWEEN: 'DATE_NOT_BETWEEN',
  DATE_ON_OR_AFTER: 'DATE_ON_OR_AFTER',
  DATE_ON_OR_BEFORE: 'DATE_ON_OR_BEFORE',
  NUMBER_BETWEEN: 'NUMBER_BETWEEN',
  NUMBER_EQUAL_TO: 'NUMBER_EQUAL_TO',
  NUMBER_GREATER_THAN: 'NUMBER_GREATER_THAN',
  NUMBER_GREATER_THAN_OR_EQUAL_TO: 'NUMBER_GREATER_THAN_OR_EQUAL_TO',
  NUMBER_LESS_THAN: 'NUMBER_LESS_THAN',
  NUMBER_LESS_THAN_OR_EQUAL_TO: 'NUMBER_LESS_THAN_OR_EQUAL_TO',
  NUMBER_NOT_BETWEEN: 'NUMBER_NOT_BETWEEN',
  NUMBER_NOT_EQUAL_TO: 'NUMBER_NOT_EQUAL_TO',
  TEXT_CONTAINS: 'TEXT_CONTAINS',
  TEXT_DOES_NOT_CONTAIN: 'TEXT_DOES_NOT_CONTAIN',
  TEXT_EQUAL_TO: 'TEXT_EQUAL_TO',
  TEXT_IS_VALID_EMAIL: 'TEXT_IS_VALID_EMAIL',
  TEXT_IS_VALID_URL: 'TEXT_IS_VALID_URL',
  VALUE_IN_LIST: 'VALUE_IN_LIST',
  VALUE_IN_RANGE: 'VALUE_IN_RANGE',
  CUSTOM_FORMULA: 'CUSTOM_FORMULA',
  CHECKBOX: 'CHECKBOX',
} as const;
export type Criteria = keyof typeof DataValidationCriteria;

export class FakeDataValidation {
  constructor(
    private readonly rec: Recorder,
    readonly data: ValidationData,
  ) {}

  getCriteriaType(): Criteria {
    this.rec.call('DataValidation.getCriteriaType');
    return this.data.criteria as Criteria;
  }

  /** A copy; a VALUE_IN_LIST rule gives [values, showDropdown] as in Apps Script. */
  getCriteriaValues(): unknown[] {
    this.rec.call('DataValidation.getCriteriaValues');
    return this.data.values.map((v) => (Array.isArray(v) ? [...v] : v));
  }

  getAllowInvalid(): boolean {
    this.rec.call('DataValidation.getAllowInvalid');
    return this.data.allowInvalid;
  }

  getHelpText(): string {
    this.rec.call('DataValidation.getHelpText');
    return this.data.helpText ?? '';
  }

  copy(): FakeDataValidationBuilder {
    this.rec.call('DataValidation.copy');
    return new FakeDataValidationBuilder(this.rec, { ...this.data });
  }
}

export class FakeDataValidationBuilder {
  private data: {
    criteria: string | null;
    values: readonly unknown[];
    allowInvalid: boolean;
    helpText: string | null;
  };

  constructor(
    private readonly rec: Recorder,
    start?: ValidationData,
  ) {
    this.data = start ? { ...start } : { criteria: null, values: [], allowInvalid: true, helpText: null };
  }

  private criterion(name: string, method: string, values: unknown[]): FakeDataValidationBuilder {
    this.rec.call(`DataValidationBuilder.${method}`);
    this.data = { ...this.data, criteria: name, values };
    return this;
  }

  requireNumberBetween(start: number, end: number): FakeDataValidationBuilder {
    return this.criterion('NUMBER_BETWEEN', 'requireNumberBetween', [start, end]);
  }

  requireNumberGreaterThanOrEqualTo(n: number): FakeDataValidationBuilder {
    return this.criterion('NUMBER_GREATER_THAN_OR_EQUAL_TO', 'requireNumberGreaterThanOrEqualTo', [n]);
  }

  requireValueInList(values: string[], showDropdown = true): FakeDataValidationBuilder {
    return this.criterion('VALUE_IN_LIST', 'requireValueInList', [[...values], showDropdown]);
  }

  requireValueInRange(range: FakeRange, showDropdown = true): FakeDataValidationBuilder {
    if (!(range instanceof FakeRange))
      throw new Error(
        "The parameters (Object) don't match the method signature for SpreadsheetApp.DataValidationBuilder.requireValueInRange.",
      );
    return this.criterion('VALUE_IN_RANGE', 'requireValueInRange', [range, showDropdown]);
  }

  requireCheckbox(): FakeDataValidationBuilder {
    return this.criterion('CHECKBOX', 'requireCheckbox', []);
  }

  requireTextIsEmail(): FakeDataValidationBuilder {
    return this.criterion('TEXT_IS_VALID_EMAIL', 'requireTextIsEmail', []);
  }

  setAllowInvalid(allowInvalid: boolean): FakeDataValidationBuilder {
    this.rec.call('DataValidationBuilder.setAllowInvalid');
    this.data = { ...this.data, allowInvalid };
    return this;
  }

  setHelpText(helpText: string): FakeDataValidationBuilder {
    this.rec.call('DataValidationBuilder.setHelpText');
    this.data = { ...this.data, helpText };
    return this;
  }

  getCriteriaType(): string | null {
    this.rec.call('DataValidationBuilder.getCriteriaType');
    return this.data.criteria;
  }

  build(): FakeDataValidation {
    this.rec.call('DataValidationBuilder.build');
    const { criteria } = this.data;
    if (criteria === null) throw new Error('You must specify a criterion for the data validation rule.');
    return new FakeDataValidation(this.rec, { ...this.data, criteria });
  }
}
