/**
 * An experiment, not production: a hidden template tab per stage, copied
 * with insertSheet(name, { template }) for each juror, against Generate as
 * it is. It measures the calls of each way on the fake and checks that the
 * copies come out like the tabs Generate writes. Production keeps Generate
 * as it is until a real spreadsheet has shown (the "Check environment"
 * action) that a copy keeps validation, column widths and frozen panes.
 */
import { cellsToWrite } from '../../src/gas/sheetsPort';
import { FIRST_ROW } from '../../src/workbook/jurorTab';
import { writeSheet } from '../../src/workbook/render';
import { renderSetup } from '../../src/workbook/setupSheet';
import * as workflow from '../../src/workflow/actions';
import { readWorkbook } from '../../src/workflow/workbook';
import type { SheetData } from '../fakes/model';
import { sharedBook, sharedCompetition, type Book } from './book';

const figures: string[] = [];
afterAll(() => figures.forEach((line) => console.log(`template experiment: ${line}`)));

function setupBook(): Book {
  const c = sharedCompetition();
  const book = sharedBook(c);
  writeSheet(book.port(), renderSetup(c, c.lang), { create: true });
  return book;
}

/** What a tab looks like without its protection: every cell's value and format, rules, widths, panes, grid. */
function look(sheet: SheetData): string {
  const cells = [...sheet.cells.entries()]
    .map(([k, x]) => [k, x.value, x.formula, x.numberFormat, x.background, x.bold, x.validation?.criteria])
    .filter((row) => row.slice(1).some((v) => v !== undefined && v !== false))
    .sort((a, b) => Number(a[0]) - Number(b[0]));
  return JSON.stringify({
    cells,
    widths: [...sheet.widths.entries()].filter(([, w]) => w !== 100).sort((a, b) => a[0] - b[0]),
    frozen: [sheet.frozenRows, sheet.frozenCols],
    grid: [sheet.maxRows, sheet.maxCols],
  });
}

it('measures a template tab per stage against Generate as it is', () => {
  // Generate as it is: calls per tab, protection included.
  const normal = setupBook();
  normal.fake.calls.reset();
  const generated = workflow.generateTabs(normal.port());
  const normalCalls = normal.fake.calls.total();
  const tabs = generated.created.length;

  // The protection of one new tab, as Generate makes it: the second one, once who runs it and the
  // spreadsheet's editors are known.
  const probe = setupBook();
  const read = readWorkbook(probe.port());
  const plan = workflow.planTabs(read, read.setup!.competition);
  const port = probe.port();
  const [one, two] = plan.actions.map((a) => a.rendered);
  port.insertSheet(one.name);
  port.insertSheet(two.name);
  port.setProtection(one.name, one.protection!);
  probe.fake.calls.reset();
  port.setProtection(two.name, two.protection!);
  const protectionCalls = probe.fake.calls.total();

  // The experiment: per stage, the tab with the most rows becomes a hidden template; each tab is a copy.
  const book = setupBook();
  const ss = book.fake.spreadsheet;
  const wb = readWorkbook(book.port());
  const { actions } = workflow.planTabs(wb, wb.setup!.competition);
  book.fake.calls.reset();
  const stages = [...new Set(actions.map((a) => a.plan.stage.id))];
  let copyCalls = 0;
  for (const stage of stages) {
    const group = actions.filter((a) => a.plan.stage.id === stage);
    const biggest = group.reduce((a, b) => (b.plan.entries.length > a.plan.entries.length ? b : a));
    const name = `Template ${stage}`;
    writeSheet(book.port(), { ...biggest.rendered, name, protection: null }, { create: true });
    const template = ss.getSheetByName(name)!;
    template.hideSheet();
    for (const a of group) {
      const before = book.fake.calls.total();
      const block = a.rendered.block;
      const width = Math.max(...block.values.map((r) => r.length));
      const sheet = ss.insertSheet(a.sheet, { template });
      sheet
        .getRange(1, 1, block.values.length, width)
        .setValues(cellsToWrite(block, block.values.length, width, a.rendered.formats!.numberFormats!));
      const extra = biggest.plan.entries.length - a.plan.entries.length;
      if (extra > 0) sheet.deleteRows(FIRST_ROW + a.plan.entries.length, extra);
      copyCalls += book.fake.calls.total() - before;
    }
  }
  const templateCalls = book.fake.calls.total();

  // The copies look like the tabs Generate writes (their protection aside, which is the same calls either way).
  for (const a of actions) {
    const mine = book.fake.inspect().sheets.find((s) => s.name === a.sheet)!;
    const theirs = normal.fake.inspect().sheets.find((s) => s.name === a.sheet)!;
    expect(look(mine)).toBe(look(theirs));
  }

  const perTabNow = normalCalls / tabs;
  const perTabCopy = copyCalls / tabs + protectionCalls;
  const perTabWithTemplates = (templateCalls + protectionCalls * tabs) / tabs;
  figures.push(
    `${tabs} tabs in ${stages.length} stages: Generate as it is ${normalCalls} calls (${perTabNow.toFixed(1)} per tab); ` +
      `copies ${(copyCalls / tabs).toFixed(1)} calls per tab + protection ${protectionCalls} = ${perTabCopy.toFixed(1)}; ` +
      `with the templates themselves ${perTabWithTemplates.toFixed(1)} per tab (before reading the Setup)`,
  );
  expect(perTabCopy).toBeLessThan(perTabNow);
});
