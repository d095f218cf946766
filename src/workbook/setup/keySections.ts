/**
 * The two key/value sections of the Setup sheet (competition, ranking
 * settings): a label in column A, its value in column B. How a value is
 * written and how it is read back sit side by side.
 */
import type { Competition, Settings } from '../../core/model';
import { FINAL_SCORES, LANGS, METHODS, choiceLabel, shown, type KeySectionDef } from './layout';

const EMAILS = /[,;\s]+/;

export const competitionSection: KeySectionDef<
  'name' | 'year' | 'lang' | 'secretariatEmails',
  Pick<Competition, 'name' | 'year' | 'lang' | 'secretariatEmails'>
> = {
  name: 'competition',
  keys: [
    { field: 'name', label: 'key.name', required: true, text: true },
    { field: 'year', label: 'key.year', required: true },
    { field: 'lang', label: 'key.lang', required: false, choices: LANGS },
    {
      field: 'secretariatEmails',
      label: 'key.secretariatEmails',
      required: false,
      text: true,
      note: 'note.secretariatEmails',
    },
  ],
  write: (c, lang) => ({
    name: c.name,
    year: shown(c.year),
    lang: choiceLabel(LANGS, c.lang, lang),
    secretariatEmails: c.secretariatEmails.join(', '),
  }),
  read: (r, sheetLang) => ({
    name: r.text('name'),
    year: r.requiredNumber('year'),
    lang: r.choice('lang', LANGS, sheetLang) ?? sheetLang,
    secretariatEmails: r.list('secretariatEmails', EMAILS),
  }),
};

type RankingKey = Exclude<keyof Settings, 'tieBreaks'>;

export const rankingSection: KeySectionDef<RankingKey, Omit<Settings, 'tieBreaks'>> = {
  name: 'ranking',
  keys: [
    { field: 'method', label: 'key.method', required: true, choices: METHODS },
    { field: 'zscoreMinEntries', label: 'key.zscoreMinEntries', required: false },
    { field: 'finalScore', label: 'key.finalScore', required: true, choices: FINAL_SCORES },
    { field: 'advanceTopN', label: 'key.advanceTopN', required: false, note: 'note.blankOff' },
    { field: 'passingGrade', label: 'key.passingGrade', required: false, note: 'note.blankOff' },
    {
      field: 'disagreementThreshold',
      label: 'key.disagreementThreshold',
      required: false,
      note: 'note.blankOff',
    },
  ],
  write: (c, lang) => ({
    method: choiceLabel(METHODS, c.settings.method, lang),
    zscoreMinEntries: shown(c.settings.zscoreMinEntries),
    finalScore: choiceLabel(FINAL_SCORES, c.settings.finalScore, lang),
    advanceTopN: shown(c.settings.advanceTopN),
    passingGrade: shown(c.settings.passingGrade),
    disagreementThreshold: shown(c.settings.disagreementThreshold),
  }),
  read: (r) => ({
    method: r.choice('method', METHODS, 'mean') ?? 'mean',
    zscoreMinEntries: r.number('zscoreMinEntries', DEFAULT_ZSCORE_MIN_ENTRIES),
    finalScore: r.choice('finalScore', FINAL_SCORES, 'weighted') ?? 'weighted',
    advanceTopN: r.nullableNumber('advanceTopN'),
    passingGrade: r.nullableNumber('passingGrade'),
    disagreementThreshold: r.nullableNumber('disagreementThreshold'),
  }),
};

/** Below five entries a juror's mean and spread say little about their harshness (DOMAIN.md, point 2). */
export const DEFAULT_ZSCORE_MIN_ENTRIES = 5;
