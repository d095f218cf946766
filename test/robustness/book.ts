/**
 * A small scored jury workbook on the in-memory SpreadsheetApp, the ways a
 * user can damage it, and a checksum of every juror's typed cells.
 *
 * Actions run as the add-on runs them: a new remembering port per action.
 * Damage is done through the fake's SpreadsheetApp, as a user's hand would,
 * never through the port.
 */
import { integrityMessages } from '../../src/i18n/integrity';
import { sha256 } from '@noble/hashes/sha256';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils';
import type { Competition } from '../../src/core/model';
import { syntheticCompetition, syntheticScores } from '../../src/core/synthetic';
import { sheetsPort } from '../../src/gas/sheetsPort';
import { sheetMessages } from '../../src/i18n/sheets';
import type { SpreadsheetPort } from '../../src/workbook/port';
import { writeSheet } from '../../src/workbook/render';
import { renderSetup } from '../../src/workbook/setupSheet';
import * as workflow from '../../src/workflow/actions';
import { typeWhereEmpty } from '../../src/workflow/typeScores';
import { createFakeApps, type FakeApps } from '../fakes';
import type { SheetData } from '../fakes/model';
import type { Stored } from '../fakes/values';

export const NOW = '2026-11-28 10:00';
export const SEED = 7;

/** 8 entries, 3 jurors, 2 per entry, 2 stages of 3 criteria: 6 tabs of about 5 rows. */
export function smallCompetition(): Competition {
  return syntheticCompetition({
    entries: 8,
    jurors: 3,
    stages: 2,
    criteriaPerStage: 3,
    jurorsPerEntry: 2,
    categories: 2,
    seed: SEED,
  });
}

/** A second secretariat member, listed in the Setup by sharedCompetition. */
export const MEMBER = 'anggota@example.go.id';

/** The small competition with a second secretariat member. */
export function sharedCompetition(): Competition {
  const c = smallCompetition();
  c.secretariatEmails = [...c.secretariatEmails, MEMBER];
  return c;
}

/**
 * A book shared as a real jury's is: every secretariat member and every juror can edit the spreadsheet.
 * With `properties`, its ports keep the document's properties, as the add-on's do: where the Check
 * environment recorded that copies keep what a tab needs, Generate copies new tabs from a template.
 */
export function sharedBook(c: Competition, options: { properties?: boolean } = {}): Book {
  const fake = createFakeApps({ collaborators: [MEMBER, ...c.jurors.map((j) => j.email)] });
  const port = () =>
    sheetsPort(fake.spreadsheet, {
      remember: true,
      services: { SpreadsheetApp: fake.SpreadsheetApp, Session: fake.Session },
      ...(options.properties ? { properties: () => fake.PropertiesService.getDocumentProperties() } : {}),
    });
  return { fake, port };
}

export interface Book {
  fake: FakeApps;
  /** A fresh port per action, remembering within it, as activePort() makes them. */
  port(): SpreadsheetPort;
}

export function newBook(): Book {
  const fake = createFakeApps();
  fake.fakes.spreadsheet.setSpreadsheetLocale('id_ID');
  const port = () =>
    sheetsPort(fake.spreadsheet, {
      remember: true,
      services: { SpreadsheetApp: fake.SpreadsheetApp, Session: fake.Session },
    });
  return { fake, port };
}

/** Every juror types a valid score in every empty score cell. */
export function scoreAll(port: SpreadsheetPort, c: Competition): void {
  typeWhereEmpty(
    port,
    (stageId, jurorId, entryIds) => syntheticScores(c, stageId, jurorId, entryIds, SEED),
    '2026-11-29',
  );
}

/** Setup written, tabs generated, every score typed, the ranking computed once. */
export function scoredBook(c: Competition = smallCompetition()): Book {
  const book = newBook();
  writeSheet(book.port(), renderSetup(c, c.lang), { create: true });
  const generated = workflow.generateTabs(book.port());
  if (!generated.ok)
    throw new Error(`generate failed: ${generated.problems.map((p) => p.message.en).join('; ')}`);
  scoreAll(book.port(), c);
  const ranked = workflow.computeRankingAction(book.port(), { allowIncomplete: false, now: NOW });
  if (!ranked.ok) throw new Error(`rank failed: ${ranked.problems.map((p) => p.message.en).join('; ')}`);
  return book;
}

export interface Outcomes {
  generate: workflow.GenerateOutcome;
  check: workflow.CheckOutcome;
  rank: workflow.RankOutcome;
}

/**
 * Check, rank (going on with incomplete scores), then generate, each through
 * its own port: check first, as a secretariat would after a juror's mistake,
 * sees the damage as it is; generate then rewrites what it may.
 */
export function runActions(book: Book): Outcomes {
  const check = workflow.checkScores(book.port());
  const rank = workflow.computeRankingAction(book.port(), { allowIncomplete: true, now: NOW });
  const generate = workflow.generateTabs(book.port());
  return { generate, check, rank };
}

// ---- what the jurors typed ---------------------------------------------------

const FIRST_ROW = 6;
const IDS_ROW = 4;
const FIRST_CRITERION_COL = 4;
const label = (key: 'tab.stageId' | 'col.id' | 'tab.archive') => [
  sheetMessages.id[key],
  sheetMessages.en[key],
];

function stored(sheet: SheetData, row: number, col: number): { value?: Stored; formula?: string } {
  return sheet.cell(row, col) ?? {};
}

function shown(v: { value?: Stored; formula?: string }): string {
  if (v.formula) return `=${v.formula.replace(/^=/, '')}`;
  if (v.value === undefined || v.value === '') return '';
  if (v.value instanceof Date) return `date:${v.value.toISOString()}`;
  return `${typeof v.value}:${String(v.value)}`;
}

/** A sheet laid out as a juror tab: its row 2 starts with the stage id label. */
export function isJurorTab(sheet: SheetData): boolean {
  const a2 = stored(sheet, 2, 1).value;
  return typeof a2 === 'string' && label('tab.stageId').includes(a2.trim());
}

/**
 * Every non-empty cell a juror may type in, in every juror tab, active and
 * archive rows alike: from the first criterion column to the last column,
 * keyed by tab name, the row's entry id and the column's criterion id (row 4)
 * or, where row 4 is blank, its header (row 5). Rows move between active and
 * archive and may be reordered; what they hold may not change. Header rows of
 * the archive and the live totals are Juri's own, not the juror's.
 */
export function jurorCells(fake: FakeApps): string[] {
  const out: string[] = [];
  for (const sheet of fake.inspect().sheets) {
    if (!isJurorTab(sheet)) continue;
    const { lastRow, lastCol } = sheet.extent();
    const keyOf = (col: number) =>
      shown(stored(sheet, IDS_ROW, col)) || shown(stored(sheet, IDS_ROW + 1, col)) || `column ${col}`;
    for (let row = FIRST_ROW; row <= lastRow; row++) {
      const first = stored(sheet, row, 1).value;
      const a = typeof first === 'string' ? first.trim() : String(first ?? '');
      if (label('col.id').includes(a) || label('tab.archive').includes(a)) continue;
      for (let col = FIRST_CRITERION_COL; col <= lastCol; col++) {
        // Juri's record of the row as submitted is Juri's own, like the live total.
        const heading = stored(sheet, IDS_ROW + 1, col).value;
        if (typeof heading === 'string' && SUBMITTED.includes(heading)) continue;
        const v = stored(sheet, row, col);
        if (v.formula && LIVE_TOTAL.test(v.formula)) continue;
        const cell = shown(v);
        if (cell !== '') out.push(`${sheet.name}\u0001${a}\u0001${keyOf(col)}\u0001${cell}`);
      }
    }
  }
  return out.sort();
}

const SUBMITTED = [integrityMessages.id['col.submitted'], integrityMessages.en['col.submitted']];

/** The total Juri writes on each row of a tab (src/workbook/jurorTab.ts). */
const LIVE_TOTAL = /^=?IF\(COUNT\(/;

export function checksum(cells: string[]): string {
  return bytesToHex(sha256(utf8ToBytes(cells.join('\n'))));
}
