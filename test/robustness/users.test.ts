/**
 * Several people in one spreadsheet, as Sheets enforces it: a second
 * secretariat member runs every action after the first; a juror or a
 * stranger is refused before anything is written; a juror typing while
 * Generate runs keeps what they typed; a protection the secretariat made by
 * hand is never adopted; score cells keep the automatic format; new tabs are
 * trimmed.
 */
import type { Competition } from '../../src/core/model';
import { writeSheet } from '../../src/workbook/render';
import { renderSetup } from '../../src/workbook/setupSheet';
import { FIRST_CRITERION_COL, FIRST_ROW } from '../../src/workbook/jurorTab';
import * as workflow from '../../src/workflow/actions';
import { readWorkbook } from '../../src/workflow/workbook';
import { UNTOUCHED_FORMAT } from '../fakes/range';
import type { SheetData } from '../fakes/model';
import {
  checksum,
  isJurorTab,
  jurorCells,
  MEMBER,
  NOW,
  scoreAll,
  sharedBook,
  sharedCompetition,
  type Book,
} from './book';
import { wholeProblems } from './whole';

const STRANGER = 'tamu@contoh.com';

function generatedBook(c: Competition = sharedCompetition()): Book {
  const book = sharedBook(c);
  book.fake.fakes.spreadsheet.addEditor(STRANGER);
  writeSheet(book.port(), renderSetup(c, c.lang), { create: true });
  expect(workflow.generateTabs(book.port()).ok).toBe(true);
  return book;
}

function editSetup(book: Book, c: Competition): void {
  writeSheet(book.port(), { ...renderSetup(c, c.lang), name: 'Pengaturan' }, { create: false });
}

const rank = (book: Book) => workflow.computeRankingAction(book.port(), { allowIncomplete: false, now: NOW });

/** Everything the spreadsheet holds, as text: to prove that nothing was written. */
function everything(book: Book): string {
  const data = book.fake.inspect();
  return JSON.stringify({
    sheets: data.sheets.map((s) => [
      s.name,
      s.maxRows,
      s.maxCols,
      [...s.cells.entries()].map(([k, x]) => [
        k,
        x.value,
        x.formula,
        x.numberFormat,
        x.background,
        x.note,
        x.validation?.criteria,
      ]),
    ]),
    protections: data.protections.map((p) => [p.sheet.name, p.kind, p.description, [...p.editors], p.rect]),
  });
}

describe('a second secretariat member', () => {
  it('runs every action after the first one did, and the workbook stays whole', () => {
    const c = sharedCompetition();
    const book = generatedBook(c);
    scoreAll(book.port(), c);
    expect(rank(book).ok).toBe(true);
    book.fake.runAs(MEMBER);
    expect(workflow.checkScores(book.port()).ok).toBe(true);
    expect(rank(book).ok).toBe(true);
    const edited = structuredClone(c);
    edited.criteria[0].name += ' (revisi)';
    book.fake.runAs(book.fake.fakes.spreadsheet.data.world.options.owner);
    editSetup(book, edited);
    book.fake.runAs(MEMBER);
    const again = workflow.generateTabs(book.port());
    expect(again.problems).toEqual([]);
    expect(again.updated.length).toBeGreaterThan(0);
    expect(rank(book).ok).toBe(true);
    expect(wholeProblems(book.fake, edited, 6, [MEMBER])).toEqual([]);
    // The Ranking too is open to the whole secretariat.
    const ranking = book.fake
      .inspect()
      .protections.find((p) => p.sheet.name === 'Peringkat' && p.kind === 'SHEET');
    expect([...ranking!.editors].sort()).toEqual([MEMBER, 'sekretariat@example.go.id']);
  });
});

describe('someone outside the secretariat', () => {
  it.each([
    ['a juror', () => sharedCompetition().jurors[0].email],
    ['a stranger the spreadsheet is shared with', () => STRANGER],
  ])('(%s) is refused with a message in both languages before anything is written', (_who, email) => {
    const c = sharedCompetition();
    const book = generatedBook(c);
    scoreAll(book.port(), c);
    expect(rank(book).ok).toBe(true);
    const edited = structuredClone(c);
    edited.criteria[0].name += ' (revisi)';
    editSetup(book, edited);
    const before = everything(book);
    book.fake.runAs(email());
    for (const outcome of [workflow.generateTabs(book.port()), rank(book)]) {
      expect(outcome.ok).toBe(false);
      expect(outcome.message.id).toContain(
        `Anda (${email()}) tidak tercantum sebagai sekretariat di Pengaturan!`,
      );
      expect(outcome.message.en).toContain(`You (${email()}) are not listed as secretariat in Pengaturan!`);
    }
    expect(everything(book)).toBe(before);
  });
});

describe('a juror typing while Generate runs', () => {
  /** Each juror types a new value in the first score cell of their tab; returns where, by tab and entry. */
  function typeInEveryTab(book: Book, c: Competition): Map<string, { entry: string; value: number }> {
    const typed = new Map<string, { entry: string; value: number }>();
    for (const sheet of book.fake.inspect().sheets.filter(isJurorTab)) {
      const email = String(sheet.cell(2, 6)?.value ?? '');
      const entry = String(sheet.cell(FIRST_ROW, 1)?.value ?? '');
      const now = sheet.cell(FIRST_ROW, FIRST_CRITERION_COL)?.value;
      const value = now === 1 ? 2 : 1;
      book.fake.asUser(email, () =>
        book.fake.spreadsheet
          .getSheetByName(sheet.name)!
          .getRange(FIRST_ROW, FIRST_CRITERION_COL)
          .setValue(value),
      );
      typed.set(sheet.name, { entry, value });
    }
    expect(typed.size).toBe(c.jurors.length * c.stages.length);
    return typed;
  }

  function kept(book: Book, c: Competition, typed: Map<string, { entry: string; value: number }>): string[] {
    const lost: string[] = [];
    const wb = readWorkbook(book.port());
    for (const [sheet, { entry, value }] of typed) {
      const tab = wb.tabs.find((t) => t.sheet === sheet)!;
      const row = [...tab.rows, ...tab.archive].find((r) => r.entryId === entry);
      const first = c.criteria.find((k) => k.stageId === tab.stageId)!.id;
      if (row?.scores[first] !== value) lost.push(`${sheet}: ${entry} holds ${String(row?.scores[first])}`);
    }
    return lost;
  }

  it('keeps what they typed just before Juri writes a tab whose rows stay', () => {
    const c = sharedCompetition();
    const book = generatedBook(c);
    scoreAll(book.port(), c);
    const edited = structuredClone(c);
    edited.criteria[0].name += ' (revisi)';
    editSetup(book, edited);
    let typed = new Map<string, { entry: string; value: number }>();
    book.fake.before(
      (method) => method === 'Range.setValues',
      () => (typed = typeInEveryTab(book, c)),
    );
    expect(workflow.generateTabs(book.port()).updated.length).toBeGreaterThan(0);
    expect(typed.size).toBeGreaterThan(0);
    expect(kept(book, edited, typed)).toEqual([]);
  });

  it('keeps what they typed after Juri read the workbook, when rows move to the archive', () => {
    const c = sharedCompetition();
    const book = generatedBook(c);
    scoreAll(book.port(), c);
    const edited = structuredClone(c);
    edited.entries = edited.entries.slice(1);
    editSetup(book, edited);
    let typed = new Map<string, { entry: string; value: number }>();
    // After the whole workbook was read, before the first tab is looked at again.
    book.fake.before(
      (method) => method === 'Sheet.getProtections',
      () => (typed = typeInEveryTab(book, c)),
    );
    const out = workflow.generateTabs(book.port());
    expect(out.updated.length).toBeGreaterThan(0);
    expect(kept(book, edited, typed)).toEqual([]);
  });
});

describe('a protection Juri did not make', () => {
  it('is never adopted, changed or removed; the tab is reported instead', () => {
    const c = sharedCompetition();
    const book = generatedBook(c);
    const data = book.fake.inspect();
    const tab = data.sheets.find(isJurorTab)!;
    const sheet = book.fake.fakes.spreadsheet.getSheetByName(tab.name)!;
    // The secretariat replaces Juri's protection of one tab with its own.
    const { SHEET, RANGE } = book.fake.fakes.SpreadsheetApp.ProtectionType;
    for (const p of [...sheet.getProtections(SHEET), ...sheet.getProtections(RANGE)]) p.remove();
    sheet.protect().setDescription('Kunci sekretariat').removeEditors([MEMBER]);
    const theirs = () =>
      data.protections.filter((p) => p.sheet === tab).map((p) => [p.description, [...p.editors]]);
    const before = theirs();
    const typedBefore = checksum(jurorCells(book.fake));
    const edited = structuredClone(c);
    edited.criteria[0].name += ' (revisi)';
    editSetup(book, edited);
    const out = workflow.generateTabs(book.port());
    expect(theirs()).toEqual(before);
    expect(out.problems.map((p) => [p.code, p.sheet])).toEqual([['tab-protection-foreign', tab.name]]);
    expect(out.problems[0].message.en).toContain('Juri did not make');
    expect(checksum(jurorCells(book.fake))).toBe(typedBefore);
  });
});

describe('a new juror tab', () => {
  function firstTab(book: Book): SheetData {
    return book.fake.inspect().sheets.find(isJurorTab)!;
  }

  it('gives score cells the automatic number format, not the one Sheets reports for an untouched cell', () => {
    const book = generatedBook();
    const sheet = book.fake.fakes.spreadsheet.getSheetByName(firstTab(book).name)!;
    const formats = sheet.getRange(FIRST_ROW, FIRST_CRITERION_COL, 3, 3).getNumberFormats().flat();
    expect(formats).not.toContain(UNTOUCHED_FORMAT);
    expect(new Set(formats)).toEqual(new Set(['General']));
  });

  it('keeps what it uses plus a margin, not the 1000 x 26 of a new sheet', () => {
    const book = generatedBook();
    const tab = firstTab(book);
    const { lastRow, lastCol } = tab.extent();
    expect(tab.maxRows).toBe(lastRow + 20);
    expect(tab.maxCols).toBe(lastCol + 2);
  });
});
