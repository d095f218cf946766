/**
 * Generate by copies of a template per stage (workflow/generate.ts,
 * workbook/jurorTab/template.ts): only where the Check environment confirmed,
 * in that spreadsheet, that a copy keeps rules, widths and frozen panes; the
 * tabs come out as Generate writes them one by one, protections included;
 * and a failure at any call leaves a workbook the next Generate finishes.
 */
import type { Competition } from '../../src/core/model';
import { COPIES_KEY } from '../../src/gas/sheetsCopies';
import { TEMPLATE_MARK } from '../../src/workbook/jurorTab';
import { recordPort } from '../../src/workbook/recorded';
import { writeSheet } from '../../src/workbook/render';
import { renderSetup } from '../../src/workbook/setupSheet';
import * as workflow from '../../src/workflow/actions';
import type { FakeApps } from '../fakes';
import { SheetData } from '../fakes/model';
import { MEMBER, sharedBook, sharedCompetition, type Book } from './book';
import { wholeProblems } from './whole';

const FACTS: workflow.EnvironmentFacts = {
  scopes: [],
  advancedServices: { sheets: true, drive: true },
  timeZone: 'Asia/Jakarta',
};

function setupBook(c: Competition, properties: boolean): Book {
  const book = sharedBook(c, { properties });
  writeSheet(book.port(), renderSetup(c, c.lang), { create: true });
  return book;
}

/** Everything of a sheet a user sees or Juri relies on: cells with their formats and rules, widths, heights, panes, grid, protections. */
function look(fake: FakeApps, sheet: SheetData): string {
  const cells = [...sheet.cells.entries()]
    .map(([k, x]) => [k, x.value, x.formula, x.numberFormat, x.background, x.bold, x.note, x.validation])
    .filter((row) => row.slice(1).some((v) => v !== undefined && v !== false))
    .sort((a, b) => Number(a[0]) - Number(b[0]));
  const protections = fake
    .inspect()
    .protections.filter((p) => p.sheet === sheet && !p.removed)
    .map((p) => [p.kind, p.description, [...p.editors].sort(), p.rect, p.unprotected, p.domainEdit]);
  return JSON.stringify(
    {
      name: sheet.name,
      cells,
      widths: [...sheet.widths.entries()].sort((a, b) => a[0] - b[0]),
      heights: [...sheet.heights.entries()].sort((a, b) => a[0] - b[0]),
      frozen: [sheet.frozenRows, sheet.frozenCols],
      grid: [sheet.maxRows, sheet.maxCols],
      hidden: sheet.hidden,
      protections,
    },
    // A rule that names a range holds its sheet: name it rather than walk the whole book.
    (_key, value: unknown) => (value instanceof SheetData ? `sheet:${value.name}` : value),
  );
}

function workbookLook(fake: FakeApps): string[] {
  return fake.inspect().sheets.map((s) => look(fake, s));
}

/** Sheets holding a template's mark: a template or a copy not yet written. */
function templatesLeft(fake: FakeApps): string[] {
  return fake
    .inspect()
    .sheets.filter((s) => s.cell(1, 1)?.value === TEMPLATE_MARK)
    .map((s) => s.name);
}

describe('Generate by copies of a template', () => {
  const c = sharedCompetition();
  const plain = setupBook(c, false);
  plain.fake.calls.reset();
  const plainOut = workflow.generateTabs(plain.port());
  const plainCalls = plain.fake.calls.total();

  it('copies nothing until the Check environment has confirmed copies in this spreadsheet', () => {
    const book = setupBook(c, true);
    book.fake.calls.reset();
    const out = workflow.generateTabs(book.port());
    expect(out.created).toEqual(plainOut.created);
    expect(book.fake.calls.get('Spreadsheet.deleteSheet')).toBe(0);
    expect(book.fake.calls.get('Spreadsheet.insertSheet')).toBe(out.created.length);
    expect(workbookLook(book.fake)).toEqual(workbookLook(plain.fake));
  });

  it('copies nothing on the word of another spreadsheet (a finding that came with a copy of the file)', () => {
    const book = setupBook(c, true);
    book.fake.PropertiesService.getDocumentProperties().setProperty(
      COPIES_KEY,
      JSON.stringify({ id: 'other' }),
    );
    book.fake.calls.reset();
    workflow.generateTabs(book.port());
    expect(book.fake.calls.get('Spreadsheet.deleteSheet')).toBe(0);
  });

  it('copies nothing where the Check environment found that copies lose something', () => {
    const book = setupBook(c, true);
    // A spreadsheet whose copies lose their column widths: the trial sees it and records no.
    const fakeSs = book.fake.spreadsheet as unknown as { insertSheet: (...args: unknown[]) => unknown };
    const insert = fakeSs.insertSheet.bind(fakeSs);
    fakeSs.insertSheet = (...args: unknown[]) => {
      const sheet = insert(...args) as { data: SheetData };
      sheet.data.widths.clear();
      return sheet;
    };
    const report = workflow.checkEnvironment(book.port(), FACTS);
    fakeSs.insertSheet = insert;
    expect(report.message.en).toMatch(/does not keep everything \(widths: 100, 100, 100\)/);
    book.fake.calls.reset();
    workflow.generateTabs(book.port());
    expect(book.fake.calls.get('Spreadsheet.deleteSheet')).toBe(0);
  });

  it('after the Check environment, makes every tab exactly as Generate writes it, in fewer calls', () => {
    const book = setupBook(c, true);
    const report = workflow.checkEnvironment(book.port(), FACTS);
    expect(report.message.en).toMatch(/A copy of a sheet keeps its validation/);
    expect(book.fake.inspect().sheets.map((s) => s.name)).toEqual(['Sheet1', 'Pengaturan']);
    book.fake.calls.reset();
    const out = workflow.generateTabs(book.port());
    const calls = book.fake.calls.total();
    expect(out.ok).toBe(true);
    expect(out.created).toEqual(plainOut.created);
    // One template per stage, written, copied, then removed.
    expect(book.fake.calls.get('Spreadsheet.deleteSheet')).toBe(2);
    expect(templatesLeft(book.fake)).toEqual([]);
    expect(workbookLook(book.fake)).toEqual(workbookLook(plain.fake));
    expect(wholeProblems(book.fake, c, out.created.length)).toEqual([]);
    expect(calls).toBeLessThan(plainCalls);
    // Run again, it changes nothing.
    const again = workflow.generateTabs(book.port());
    expect(again.created).toEqual([]);
    expect(again.updated).toEqual([]);
  });

  it("never touches a user's sheet that bears a template's name: that stage's tabs are written one by one", () => {
    const book = setupBook(c, true);
    workflow.checkEnvironment(book.port(), FACTS);
    const mine = book.fake.spreadsheet.insertSheet('~JURI-TEMPLATE-1~');
    mine.getRange('A1').setValue('catatan saya');
    book.fake.calls.reset();
    const out = workflow.generateTabs(book.port());
    expect(out.ok).toBe(true);
    expect(book.fake.calls.get('Spreadsheet.deleteSheet')).toBe(1);
    expect(mine.getRange('A1').getValue()).toBe('catatan saya');
    const tabs = (fake: FakeApps) => workbookLook(fake).filter((l) => l.includes('–'));
    expect(tabs(book.fake)).toEqual(tabs(plain.fake));
  });

  it('leaves a record of what it wrote that reads as the sheets do, for the reply to the sidebar', () => {
    const book = setupBook(c, true);
    workflow.checkEnvironment(book.port(), FACTS);
    const recorded = recordPort(book.port());
    workflow.generateTabs(recorded.port);
    const view = recorded.view();
    const fresh = book.port();
    book.fake.calls.reset();
    const names = view.sheetNames();
    expect(names).toEqual(fresh.sheetNames());
    for (const name of names)
      expect({ name, read: view.read(name) }).toEqual({ name, read: fresh.read(name) });
  });

  it('a failure at any call is finished by the next Generate, run by another secretariat member', () => {
    const book = setupBook(c, true);
    workflow.checkEnvironment(book.port(), FACTS);
    const state = book.fake.inspect();
    const saved = state.copy();
    const tabs = plainOut.created.length;
    book.fake.calls.reset();
    workflow.generateTabs(book.port());
    const total = book.fake.calls.total();
    book.fake.runAs(MEMBER);
    const left: string[] = [];
    let points = 0;
    for (let k = 1; k <= total; k++) {
      state.restore(saved);
      let seen = 0;
      const stop = book.fake.failWhen(() => ++seen === k);
      try {
        workflow.generateTabs(book.port());
      } catch {
        // The interruption: whatever it left, the next run must finish.
      }
      stop();
      const out = workflow.generateTabs(book.port());
      const problems = [
        ...wholeProblems(book.fake, c, tabs, [MEMBER]),
        ...templatesLeft(book.fake).map((name) => `${name}: a template or blank copy left`),
        ...(out.ok ? [] : out.problems.map((p) => p.message.en)),
      ];
      points++;
      left.push(...problems.map((p) => `call ${k}: ${p}`));
    }
    console.log(
      `robustness (interrupted generate by copies): ${points} interruption points tried, ${left.length} problems left`,
    );
    expect(points).toBe(total);
    expect(left).toEqual([]);
  });
});
