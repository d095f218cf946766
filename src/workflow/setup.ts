/** New competition: the Setup sheet, empty or with the regency example; never over an existing one. */
import { regencyExample } from '../core/example';
import type { Lang } from '../core/model';
import { presetCompetition, type PresetId } from '../core/presets';
import { say } from '../i18n';
import { workflowMessages } from '../i18n/workflow';
import type { SpreadsheetPort } from '../workbook/port';
import { writeSheet } from '../workbook/render';
import { blankCompetition, renderSetup, setupSheetName } from '../workbook/setupSheet';
import { fail, type ActionOutcome } from './outcome';

export interface NewCompetitionOptions {
  example: boolean;
  lang: Lang;
  /** A template of a level of government; overrides `example`. */
  preset?: PresetId;
}

export function newCompetition(port: SpreadsheetPort, options: NewCompetitionOptions): ActionOutcome {
  const names = port.sheetNames();
  const existing = names.find((n) => n === setupSheetName('id') || n === setupSheetName('en'));
  if (existing) return fail(say(workflowMessages, 'setupExists', { sheet: existing }));
  const c =
    options.preset !== undefined
      ? presetCompetition(options.preset, new Date().getFullYear(), options.lang)
      : options.example
        ? { ...regencyExample(), lang: options.lang }
        : blankCompetition(options.lang);
  const name = setupSheetName(options.lang);
  writeSheet(port, renderSetup(c, options.lang), { create: true });
  return { ok: true, message: say(workflowMessages, 'setupCreated', { sheet: name }), problems: [] };
}
