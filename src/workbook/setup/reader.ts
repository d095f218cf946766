/**
 * The FieldReader over cells of the Setup sheet: turns what was typed into
 * model values and reports, at the cell, what cannot be read. A field whose
 * column (or key row) is missing reads as blank without a word: the missing
 * column is reported once, on its section.
 */
import type { Severity, Text, Where } from '../../core/model';
import { readIsoDate } from '../../core/dateWords';
import { problem, type SayParams } from '../../core/say';
import type { ProblemCode } from '../../i18n/problems';
import { setupSheetLabels, type SetupLabel } from '../../i18n/setupSheet';
import { locate, type LocatedProblem } from '../../core/location';
import { MAX_CELL_CHARS, type CellValue } from '../port';
import {
  cellText,
  isBlankCell,
  isErrorValue,
  normalizeLabel,
  readList,
  readNumber,
  readYesNo,
  type Read,
} from './cells';
import { YES_NO, type Choice, type FieldReader } from './layout';

export function labelText(key: SetupLabel): Text {
  return { id: setupSheetLabels.id[key], en: setupSheetLabels.en[key] };
}

export function sheetProblem(
  code: ProblemCode,
  severity: Severity,
  where: Where,
  sheet: string,
  cell: string,
  params: SayParams = {},
): LocatedProblem {
  return locate(problem(code, severity, where, params), { sheet, cell });
}

function matchChoice<V>(choices: readonly Choice<V>[], v: CellValue | undefined): Choice<V> | undefined {
  const key = normalizeLabel(v);
  return choices.find(
    (c) =>
      normalizeLabel(setupSheetLabels.id[c.label]) === key ||
      normalizeLabel(setupSheetLabels.en[c.label]) === key ||
      (c.aliases ?? []).some((a) => normalizeLabel(a) === key),
  );
}

function choicesText<V>(choices: readonly Choice<V>[]): Text {
  return {
    id: choices.map((c) => setupSheetLabels.id[c.label]).join(', '),
    en: choices.map((c) => setupSheetLabels.en[c.label]).join(', '),
  };
}

export interface ReaderContext<F extends string> {
  sheet: string;
  /** The cell showing a field, or null when its column or row is missing; `formula` when it holds one. */
  cell(f: F): { value: CellValue; address: string; formula?: string } | null;
  labelOf(f: F): SetupLabel;
  whereOf(f: F): Where;
  problems: LocatedProblem[];
}

export function fieldReader<F extends string>(ctx: ReaderContext<F>): FieldReader<F> {
  const value = (f: F): CellValue => ctx.cell(f)?.value ?? null;
  const report = (f: F, code: ProblemCode, params: SayParams, severity: Severity = 'error') => {
    const at = ctx.cell(f);
    if (at === null) return;
    ctx.problems.push(
      sheetProblem(code, severity, ctx.whereOf(f), ctx.sheet, at.address, {
        field: labelText(ctx.labelOf(f)),
        ...params,
      }),
    );
  };
  const notANumber = (f: F, read: Extract<Read<number>, { kind: 'bad' }>): number => {
    if (read.ambiguous) report(f, 'setup-ambiguous-number', { value: read.shown, ...read.ambiguous });
    else report(f, 'setup-not-a-number', { value: read.shown });
    return NaN;
  };
  const reader: FieldReader<F> = {
    blank: (f) => isBlankCell(value(f)),
    text(f) {
      const formula = ctx.cell(f)?.formula ?? '';
      const v = value(f);
      // A formula's error (#VALUE!) is no text: it must never become an ID. (Typed text "#REF!" stays text.)
      if (formula !== '') {
        if (isBlankCell(v) || isErrorValue(v)) {
          report(f, 'setup-formula', { formula, value: cellText(v) || '–' });
          return '';
        }
        // An ID ties juror tabs to its row: one computed by a formula may change under them.
        if (f === 'id') report(f, 'setup-id-formula', { formula, value: cellText(v) }, 'warning');
      }
      const text = cellText(value(f));
      if (text.length <= MAX_CELL_CHARS) return text;
      // Written back into other sheets, longer text would be refused by Sheets: cut it here, and say so.
      const at = ctx.cell(f);
      if (at !== null) {
        ctx.problems.push(
          sheetProblem('setup-text-too-long', 'warning', ctx.whereOf(f), ctx.sheet, at.address, {
            field: labelText(ctx.labelOf(f)),
            length: text.length,
            max: MAX_CELL_CHARS,
          }),
        );
      }
      return text.slice(0, MAX_CELL_CHARS);
    },
    list: (f, separators) => readList(value(f), separators),
    number(f, ifBlank) {
      const read = readNumber(value(f));
      if (read.kind === 'blank') return ifBlank;
      return read.kind === 'value' ? read.value : notANumber(f, read);
    },
    nullableNumber(f) {
      const read = readNumber(value(f));
      if (read.kind === 'blank') return null;
      return read.kind === 'value' ? read.value : notANumber(f, read);
    },
    requiredNumber(f) {
      const read = readNumber(value(f));
      if (read.kind === 'blank') return reader.missing(f) ?? NaN;
      return read.kind === 'value' ? read.value : notANumber(f, read);
    },
    yesNo(f, ifBlank) {
      const read = readYesNo(value(f));
      if (read.kind === 'value') return read.value;
      if (read.kind === 'bad')
        report(f, 'setup-unknown-value', { value: read.shown, choices: choicesText(YES_NO) });
      return ifBlank;
    },
    choice(f, choices, ifBlank) {
      const v = value(f);
      if (isBlankCell(v)) return ifBlank;
      const found = matchChoice(choices, v);
      if (found !== undefined) return found.value;
      report(f, 'setup-unknown-value', { value: cellText(v), choices: choicesText(choices) });
      return undefined;
    },
    choices(f, choices) {
      const out: (typeof choices)[number]['value'][] = [];
      for (const item of readList(value(f), /[,;]+/)) {
        const found = matchChoice(choices, item);
        if (found === undefined)
          report(f, 'setup-unknown-value', { value: item, choices: choicesText(choices) });
        else if (!out.includes(found.value)) out.push(found.value);
      }
      return out;
    },
    date(f) {
      const v = value(f);
      if (isBlankCell(v)) return '';
      const iso = readIsoDate(cellText(v));
      if (iso !== null) return iso;
      report(f, 'setup-not-a-date', { value: cellText(v) });
      return '';
    },
    missing(f) {
      report(f, 'setup-missing-value', {});
      return undefined;
    },
  };
  return reader;
}
