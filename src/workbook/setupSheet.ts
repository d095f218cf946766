/**
 * The Setup sheet ("Pengaturan" in Indonesian, "Setup" in English): where a
 * secretariat describes its competition, and where Juri reads it back.
 *
 * Layout (row numbers as rendered; the reader depends on none of them):
 *   1   sheet title, frozen          2   a one-line hint
 *   then, each after a blank row, sections in this order:
 *     Kompetisi / Competition            key/value: label in A, value in B
 *     Kategori / Categories              ID | Nama | Opsional | Minimal inovasi | Kategori pengganti
 *     Tahap / Stages                     ID | Nama | Bobot (%) | Peserta tahap | N / nilai lulus | Juri per inovasi
 *     Kriteria / Criteria                ID | ID tahap | Nama | Bobot (%) | Nilai terendah | Nilai tertinggi | Langkah nilai
 *     Juri / Jurors                      ID | Nama | Email | Instansi | Tahap yang dinilai (comma-separated; blank = all)
 *     Pengaturan peringkat / Ranking settings   key/value
 *     Urutan penentu seri / Tie-break order     Jenis | ID tahap | ID kriteria
 *     Penyesuaian manual / Manual adjustments   ID inovasi | Tindakan | Peringkat / lolos | Alasan
 *     Peserta / Entries                  ID | Judul inovasi | Instansi | ID kategori | Alasan dikecualikan
 *   A section is a title cell in column A, then (tables) a header row, then
 *   data rows up to the next title; entries come last so that thousands of
 *   them push nothing out of sight. Each table ends with spare blank rows
 *   that carry its drop-downs.
 *
 * Reading is forgiving where the intent is plain and precise where it is not:
 * titles, headers, labels and drop-down values are recognised in both
 * languages, ignoring case, spacing and hints in parentheses; columns are
 * found by header, so they may be moved, and unknown columns are ignored;
 * blank rows are skipped; numbers may be text with a decimal comma or a
 * trailing %; weights of a stage that add up to 1 are fractions and read as
 * percent. What cannot be read is a problem at its cell; a missing section or
 * required column is a problem on the section title. Then validateCompetition
 * runs and each of its problems is placed on the cell showing its field.
 * Every placed message starts with "Sheet!Cell: ".
 *
 * Blanks mean: category optional = no, minimum entries = 0, stage and
 * criterion weight = 0 (the sum check reports it), entry rule = all, jurors
 * per entry / advance top N / passing grade / disagreement threshold = none,
 * score step = 1, z-score minimum = 5, method = mean, final score = weighted,
 * language = the sheet's.
 *
 * In ./setup/: layout.ts (sections, drop-down values), keySections.ts and
 * tables.ts (each section's write and read side by side), render.ts,
 * parse.ts, reader.ts (cell by cell, with problems), locate.ts, cells.ts.
 */
import { defaultDocuments } from '../core/documentSettings';
import type { Competition, Lang } from '../core/model';
import { setupSheetLabels } from '../i18n/setupSheet';
import type { SheetSnapshot } from './port';
import type { RenderedSheet } from './render';
import { DEFAULT_ZSCORE_MIN_ENTRIES } from './setup/keySections';
import { label } from './setup/layout';
import { parseSetupSheet, type SetupRead } from './setup/parse';
import { renderSetupSheet } from './setup/render';

export type { SetupRead } from './setup/parse';

export function setupSheetName(lang: Lang): string {
  return setupSheetLabels[lang]['sheet.name'];
}

/** The Setup sheet among a spreadsheet's sheets, by either language's name; the Indonesian one wins when both exist. */
export function findSetupSheet(sheetNames: string[]): string | null {
  for (const lang of ['id', 'en'] as const) {
    const wanted = setupSheetName(lang).toLowerCase();
    const found = sheetNames.find((n) => n.trim().toLowerCase() === wanted);
    if (found !== undefined) return found;
  }
  return null;
}

/**
 * "New competition (empty)": one category, one stage whose one criterion
 * weighs 100 on 0-100, default ranking settings, and no juror or entry yet,
 * which reading reports as what is left to fill in.
 */
export function blankCompetition(lang: Lang): Competition {
  const stageId = label('blank.stageId', lang);
  return {
    name: label('blank.name', lang),
    year: new Date().getFullYear(),
    lang,
    secretariatEmails: [],
    categories: [
      {
        id: label('blank.categoryId', lang),
        name: label('blank.category', lang),
        optional: false,
        minEntries: 1,
        fallback: '',
      },
    ],
    stages: [
      {
        id: stageId,
        name: label('blank.stage', lang),
        weight: 100,
        entry: { kind: 'all' },
        jurorsPerEntry: null,
      },
    ],
    criteria: [
      {
        id: label('blank.criterionId', lang),
        stageId,
        name: label('blank.criterion', lang),
        weight: 100,
        scale: { min: 0, max: 100, step: 1 },
      },
    ],
    jurors: [],
    entries: [],
    settings: {
      method: 'mean',
      zscoreMinEntries: DEFAULT_ZSCORE_MIN_ENTRIES,
      finalScore: 'weighted',
      tieBreaks: [],
      advanceTopN: null,
      passingGrade: null,
      disagreementThreshold: null,
    },
    conflicts: [],
    adjustments: [],
    documents: defaultDocuments(),
  };
}

export function renderSetup(c: Competition, lang: Lang): RenderedSheet {
  return renderSetupSheet(c, lang);
}

export function parseSetup(snapshot: SheetSnapshot): SetupRead {
  return parseSetupSheet(snapshot);
}
