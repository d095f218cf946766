/**
 * Check environment: what only a real spreadsheet can tell, asked once before
 * the jury starts. The permissions granted, the advanced services, the
 * spreadsheet's locale and time zone (from the shell), and three trials on a
 * scratch sheet: whether the Total formula reads back as Juri writes it,
 * whether each juror's email can be an editor of a protected range, and how
 * long one protection takes. The scratch sheet is removed at the end, also
 * when a trial fails; one left by an interrupted run is removed first.
 */
import type { Criterion, Text } from '../core/model';
import { say } from '../i18n';
import { environmentMessages as m } from '../i18n/environment';
import { FIRST_CRITERION_COL } from '../workbook/jurorTab/layout';
import { totalFormula } from '../workbook/jurorTab/render';
import type { SpreadsheetPort } from '../workbook/port';
import { readWorkbook } from './workbook';

/** The scratch sheet: a name no user picks, so Juri never touches a sheet of theirs. */
export const SCRATCH_SHEET = '~juri-check-environment~';
/** Its copy, in the trial of copies. */
export const SCRATCH_COPY = '~juri-check-environment-copy~';

export type Verdict = 'ok' | 'warn' | 'error';

export interface EnvironmentFacts {
  /** Each permission Juri asks for, by its scope's short name, and whether the user granted it. */
  scopes: { scope: string; granted: boolean }[];
  advancedServices: { sheets: boolean; drive: boolean };
  timeZone: string;
}

export interface EnvironmentItem {
  verdict: Verdict;
  text: Text;
}

export interface EnvironmentReport {
  ok: boolean;
  items: EnvironmentItem[];
  /** Every item, one a line, for a dialog or the panel. */
  message: Text;
}

/** Two criteria weighted 60 and 40, scored 80 and 70: a Total of 76. */
const TRIAL_CRITERIA: Criterion[] = [
  { id: 'a', stageId: 's', name: 'a', weight: 60, scale: { min: 0, max: 100, step: 1 } },
  { id: 'b', stageId: 's', name: 'b', weight: 40, scale: { min: 0, max: 100, step: 1 } },
];

function detail(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

const SIGN: Record<Verdict, string> = { ok: '✓', warn: '!', error: '✗' };

export function checkEnvironment(
  port: SpreadsheetPort,
  facts: EnvironmentFacts,
  clock: () => number = () => Date.now(),
): EnvironmentReport {
  const items: EnvironmentItem[] = [];
  const add = (verdict: Verdict, key: keyof typeof m.id, params = {}) =>
    items.push({ verdict, text: say(m, key, params) });

  for (const s of facts.scopes)
    add(s.granted ? 'ok' : 'error', s.granted ? 'scopeGranted' : 'scopeMissing', { scope: s.scope });
  const { sheets, drive } = facts.advancedServices;
  add(sheets && drive ? 'ok' : 'error', sheets && drive ? 'servicesOk' : 'servicesMissing', {
    missing: [sheets ? '' : 'Google Sheets API', drive ? '' : 'Drive API'].filter(Boolean).join(', '),
  });
  const locale = port.locale();
  add(/^(id|en)([_-]|$)/i.test(locale) ? 'ok' : 'warn', 'locale', { locale });
  add('ok', 'timeZone', { zone: facts.timeZone });

  const jurors = (() => {
    try {
      return readWorkbook(port).setup?.competition.jurors ?? [];
    } catch {
      return [];
    }
  })();

  const scratch = [SCRATCH_COPY, SCRATCH_SHEET];
  try {
    const names = port.sheetNames();
    for (const sheet of scratch.filter((s) => names.includes(s))) {
      port.deleteSheet(sheet);
      add('warn', 'leftoverRemoved', { sheet });
    }
    port.insertSheet(SCRATCH_SHEET);
    trials(port, jurors, add, clock);
    copyTrial(port, add);
  } catch (error) {
    add('error', 'trialFailed', { error: detail(error) });
  } finally {
    try {
      const names = port.sheetNames();
      for (const sheet of scratch.filter((s) => names.includes(s))) port.deleteSheet(sheet);
    } catch (error) {
      add('error', 'cleanupFailed', { sheet: SCRATCH_SHEET, error: detail(error) });
    }
  }

  const ok = items.every((i) => i.verdict !== 'error');
  const lines = (lang: 'id' | 'en') => items.map((i) => `${SIGN[i.verdict]} ${i.text[lang]}`);
  const head = say(m, ok ? 'summaryOk' : 'summaryProblems');
  return {
    ok,
    items,
    message: { id: [head.id, ...lines('id')].join('\n'), en: [head.en, ...lines('en')].join('\n') },
  };
}

/** Where the trial of copies puts its cells, below the formula trial's. */
const TRIAL = {
  text: { row: 4, col: 1 },
  checkbox: { row: 5, col: 2 },
  number: { row: 5, col: 3 },
} as const;

/**
 * Whether a copy of a sheet (what Generate makes of a stage's template)
 * keeps here what a juror tab relies on: its rules, number formats and
 * colours, column widths and frozen panes, and carries none of its
 * protections (Juri protects each copy itself). Recorded for Generate, which
 * copies only where this was confirmed; a failed or partial trial records no.
 */
function copyTrial(
  port: SpreadsheetPort,
  add: (verdict: Verdict, key: keyof typeof m.id, params?: Record<string, string | number>) => void,
): void {
  const copies = port.copies;
  if (!copies) return;
  copies.record(false);
  const cell = (at: { row: number; col: number }) => ({ ...at, numRows: 1, numCols: 1 });
  port.writeBlock(SCRATCH_SHEET, { ...TRIAL.text, values: [['007']] });
  port.writeFormats(SCRATCH_SHEET, {
    ...cell(TRIAL.text),
    numberFormats: [['@']],
    backgrounds: [['#fffbe6']],
  });
  port.setValidations(SCRATCH_SHEET, [
    { range: cell(TRIAL.checkbox), rule: { kind: 'checkbox', helpText: 'check environment' } },
    { range: cell(TRIAL.number), rule: { kind: 'number', min: 0, max: 100, helpText: 'check environment' } },
  ]);
  const widths = [100, 240, 160];
  port.setLook(SCRATCH_SHEET, { frozenRows: 2, frozenCols: 1, columnWidths: widths });
  port.setProtection(SCRATCH_SHEET, { description: 'check environment', editableRanges: [] });
  copies.copy(SCRATCH_SHEET, SCRATCH_COPY);
  const of = (sheet: string) => Object.values(TRIAL).map((at) => copies.traits(sheet, at, widths.length));
  const [text, checkbox, number] = of(SCRATCH_SHEET);
  const [copyText, copyCheckbox, copyNumber] = of(SCRATCH_COPY);
  const differs = [
    checkbox.rule === null || copyCheckbox.rule !== checkbox.rule
      ? `checkbox: ${copyCheckbox.rule ?? '—'}`
      : '',
    number.rule === null || copyNumber.rule !== number.rule ? `number: ${copyNumber.rule ?? '—'}` : '',
    copyText.numberFormat !== text.numberFormat || copyText.background !== text.background
      ? `format: ${copyText.numberFormat} ${copyText.background}`
      : '',
    copyText.widths.join() !== widths.join() ? `widths: ${copyText.widths.join(', ')}` : '',
    copyText.frozenRows !== 2 || copyText.frozenCols !== 1
      ? `frozen: ${copyText.frozenRows}, ${copyText.frozenCols}`
      : '',
    copyText.protections !== 0 ? `protections: ${copyText.protections}` : '',
  ].filter((d) => d !== '');
  port.deleteSheet(SCRATCH_COPY);
  copies.record(differs.length === 0);
  if (differs.length === 0) add('ok', 'copiesOk');
  else add('warn', 'copiesDiffer', { what: differs.join('; ') });
}

function trials(
  port: SpreadsheetPort,
  jurors: { name: string; email: string }[],
  add: (verdict: Verdict, key: keyof typeof m.id, params?: Record<string, string | number>) => void,
  clock: () => number,
): void {
  // The Total formula of a juror tab, on a row of two scores, read back.
  const formula = totalFormula(2, TRIAL_CRITERIA);
  port.writeBlock(SCRATCH_SHEET, {
    row: 2,
    col: FIRST_CRITERION_COL,
    values: [[80, 70, null]],
    formulas: [[null, null, formula]],
  });
  const back = port.read(SCRATCH_SHEET);
  const totalAt = FIRST_CRITERION_COL - 1 + TRIAL_CRITERIA.length;
  const readFormula = back?.formulas[1]?.[totalAt] ?? '';
  const shown = back?.values[1]?.[totalAt];
  if (readFormula === formula)
    add('ok', 'formulaOk', { formula, value: shown === null ? '' : String(shown) });
  else add('error', 'formulaDiffers', { formula, read: readFormula || '—' });

  // Each juror's email as the editor of a protected range; the first one timed.
  const cell = { row: 1, col: 1, numRows: 1, numCols: 1 };
  let timed = false;
  for (const j of jurors.filter((x) => x.email)) {
    const started = clock();
    try {
      port.setProtection(SCRATCH_SHEET, {
        description: 'check environment',
        editableRanges: [{ range: cell, editors: [j.email] }],
      });
      if (!timed) {
        add('ok', 'protectionTime', { ms: Math.max(0, Math.round(clock() - started)) });
        timed = true;
      }
      add('ok', 'editorOk', { name: j.name, email: j.email });
    } catch (error) {
      add('error', 'editorRefused', { name: j.name, email: j.email, error: detail(error) });
    }
  }
  if (jurors.length === 0) add('warn', 'noJurors');
  port.setProtection(SCRATCH_SHEET, null);
}
