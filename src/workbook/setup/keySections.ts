/**
 * The four key/value sections of the Setup sheet (competition, how jurors
 * score, ranking settings, official documents): a label in column A, its
 * value in column B. How a value is
 * written and how it is read back sit side by side.
 */
import type { Competition, DocumentSettings, Settings } from '../../core/model';
import { defaultDocuments } from '../../core/documentSettings';
import {
  FINAL_SCORES,
  IDENTIFYING,
  LANGS,
  METHODS,
  PAPERS,
  SCORING_PLACES,
  choiceLabel,
  shown,
  usesQuotas,
  type KeySectionDef,
  type KeySectionName,
  type SectionName,
} from './layout';

const EMAILS = /[,;\s]+/;

type CompetitionKey = 'name' | 'year' | 'lang' | 'secretariatEmails' | 'source';

export const competitionSection: KeySectionDef<CompetitionKey, Pick<Competition, CompetitionKey>> = {
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
    {
      field: 'source',
      label: 'key.source',
      required: false,
      text: true,
      note: 'note.source',
      shownWhen: (c) => (c.source ?? '') !== '',
    },
  ],
  write: (c, lang) => ({
    name: c.name,
    year: shown(c.year),
    lang: choiceLabel(LANGS, c.lang, lang),
    secretariatEmails: c.secretariatEmails.join(', '),
    source: c.source ?? '',
  }),
  read: (r, sheetLang) => ({
    name: r.text('name'),
    year: r.requiredNumber('year'),
    lang: r.choice('lang', LANGS, sheetLang) ?? sheetLang,
    secretariatEmails: r.list('secretariatEmails', EMAILS),
    source: r.text('source') || undefined,
  }),
};

type PanelKey = 'scoringPlace' | 'identifying';

/**
 * How the jurors score: in tabs of this spreadsheet or in one spreadsheet each, and what a blind
 * stage hides from them. A section of its own near the end of the sheet, so a Setup made before it
 * keeps every other cell where it was; without it the jury runs in tabs, as it always did.
 */
export const panelSection: KeySectionDef<PanelKey, Pick<Competition, PanelKey>> = {
  name: 'panel',
  keys: [
    {
      field: 'scoringPlace',
      label: 'key.scoringPlace',
      required: false,
      choices: SCORING_PLACES,
      note: 'note.scoringPlace',
    },
    { field: 'identifying', label: 'key.identifying', required: false, text: true, note: 'note.identifying' },
  ],
  write: (c, lang) => ({
    scoringPlace: choiceLabel(SCORING_PLACES, c.scoringPlace ?? 'tabs', lang),
    identifying: (c.identifying ?? []).map((v) => choiceLabel(IDENTIFYING, v, lang)).join(', '),
  }),
  read: (r) => {
    const identifying = r.choices('identifying', IDENTIFYING);
    // The defaults stay absent in the model, as in a competition made in code.
    return {
      scoringPlace: r.choice('scoringPlace', SCORING_PLACES, 'tabs') === 'files' ? 'files' : undefined,
      identifying: identifying.length > 0 ? identifying : undefined,
    };
  },
};

type RankingKey = Exclude<keyof Settings, 'tieBreaks'>;

export const rankingSection: KeySectionDef<RankingKey, Omit<Settings, 'tieBreaks'>> = {
  name: 'ranking',
  keys: [
    { field: 'method', label: 'key.method', required: true, choices: METHODS },
    { field: 'zscoreMinEntries', label: 'key.zscoreMinEntries', required: false },
    { field: 'finalScore', label: 'key.finalScore', required: true, choices: FINAL_SCORES },
    { field: 'advanceTopN', label: 'key.advanceTopN', required: false, note: 'note.blankOff' },
    {
      field: 'advanceOverallN',
      label: 'key.advanceOverallN',
      required: false,
      note: 'note.blankOff',
      shownWhen: usesQuotas,
    },
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
    advanceOverallN: shown(c.settings.advanceOverallN ?? null),
    passingGrade: shown(c.settings.passingGrade),
    disagreementThreshold: shown(c.settings.disagreementThreshold),
  }),
  read: (r) => ({
    method: r.choice('method', METHODS, 'mean') ?? 'mean',
    zscoreMinEntries: r.number('zscoreMinEntries', DEFAULT_ZSCORE_MIN_ENTRIES),
    finalScore: r.choice('finalScore', FINAL_SCORES, 'weighted') ?? 'weighted',
    advanceTopN: r.nullableNumber('advanceTopN'),
    advanceOverallN: r.nullableNumber('advanceOverallN') ?? undefined,
    passingGrade: r.nullableNumber('passingGrade'),
    disagreementThreshold: r.nullableNumber('disagreementThreshold'),
  }),
};

/** Below five entries a juror's mean and spread say little about their harshness (docs/domain.md, "The mistakes Juri guards against"). */
export const DEFAULT_ZSCORE_MIN_ENTRIES = 5;

/** Several document numbers in one cell: one per line, or separated by semicolons. */
const NUMBERS = /\s*(?:;|\n)\s*/;
/** Letterhead lines: one per line in the cell, or separated by " / " as they are often typed. */
const LINES = /\s*\n\s*|\s+\/\s+/;

export const documentsSection: KeySectionDef<keyof DocumentSettings, DocumentSettings> = {
  name: 'documents',
  keys: [
    { field: 'numbers', label: 'key.docNumbers', required: false, text: true, note: 'note.docNumbers' },
    { field: 'place', label: 'key.docPlace', required: false, text: true },
    { field: 'date', label: 'key.docDate', required: false, note: 'note.docDate' },
    { field: 'letterhead', label: 'key.letterhead', required: false, text: true, note: 'note.letterhead' },
    { field: 'approverTitle', label: 'key.approverTitle', required: false, text: true },
    { field: 'approverName', label: 'key.approverName', required: false, text: true },
    { field: 'approverNip', label: 'key.approverNip', required: false, text: true, note: 'note.nip' },
    { field: 'paper', label: 'key.paper', required: false, choices: PAPERS },
    { field: 'plenaryMargin', label: 'key.plenaryMargin', required: false, note: 'note.plenaryMargin' },
  ],
  write: (c, lang) => {
    const d = c.documents ?? defaultDocuments();
    return {
      numbers: d.numbers.join('; '),
      place: d.place,
      date: d.date,
      letterhead: d.letterhead.join(' / '),
      approverTitle: d.approverTitle,
      approverName: d.approverName,
      approverNip: d.approverNip,
      paper: choiceLabel(PAPERS, d.paper, lang),
      plenaryMargin: shown(d.plenaryMargin),
    };
  },
  read: (r) => {
    const d = defaultDocuments();
    return {
      numbers: r.list('numbers', NUMBERS),
      place: r.text('place'),
      date: r.text('date'),
      letterhead: r.list('letterhead', LINES),
      approverTitle: r.text('approverTitle'),
      approverName: r.text('approverName'),
      approverNip: r.text('approverNip'),
      paper: r.choice('paper', PAPERS, d.paper) ?? d.paper,
      plenaryMargin: r.number('plenaryMargin', d.plenaryMargin),
    };
  },
};

/** The key/value sections by name, for drawing them in the sheet's order. */
export const KEY_SECTIONS = {
  competition: competitionSection,
  ranking: rankingSection,
  documents: documentsSection,
  panel: panelSection,
} satisfies Record<KeySectionName, unknown>;

export function isKeySection(section: SectionName): section is KeySectionName {
  return section in KEY_SECTIONS;
}
