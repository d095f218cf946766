/**
 * Hostile text in every user field of the Setup: formula prefixes, HTML and
 * script, right-to-left text, emoji, text Sheets would convert, and text
 * longer than a cell holds. It stays text in every sheet Juri writes, never
 * becomes a formula, and text over Sheets' limit is cut with a message at
 * its cell.
 */
import type { Competition } from '../../src/core/model';
import { fitCell, MAX_CELL_CHARS } from '../../src/gas/sheetsPort';
import { writeSheet } from '../../src/workbook/render';
import { renderSetup } from '../../src/workbook/setupSheet';
import * as workflow from '../../src/workflow/actions';
import { readWorkbook } from '../../src/workflow/workbook';
import { NOW, newBook, scoreAll, smallCompetition } from './book';

const LONG = 'A'.repeat(MAX_CELL_CHARS);
const TOO_LONG = 'B'.repeat(MAX_CELL_CHARS + 10_000);

/** Each is a whole field; the model trims fields, so none starts or ends with a space. */
const HOSTILE = [
  '=HYPERLINK("http://evil.example","klik")',
  '+SUM(1,2)',
  '-2+3',
  '@SUM(A1)',
  "'kutip",
  '=IMPORTXML("http://evil.example","//a")',
  '<script>alert("x")</script>',
  '<img src=x onerror=alert(1)>',
  '&amp; &lt;b&gt;',
  'ابتكار الخدمة العامة',
  '\u202Ekiri ke kanan\u202C',
  '🏆 Inovasi 👩🏽‍⚕️',
  'baris satu\nbaris dua',
  '1/2',
  '12:30',
  'TRUE',
  '#REF!',
  LONG,
];

const figures = { fields: 0, cellsChecked: 0, formulasFromUserText: 0, cellsOverLimit: 0 };

afterAll(() => {
  console.log(
    `robustness (hostile text): ${figures.fields} user fields, ${figures.cellsChecked} cells checked, ` +
      `${figures.formulasFromUserText} became formulas, ${figures.cellsOverLimit} over ${MAX_CELL_CHARS} characters`,
  );
});

/** The small competition with a hostile text in every user text field, cycling through the list. */
function hostileCompetition(): { c: Competition; fields: number } {
  const c = smallCompetition();
  let i = 0;
  const next = () => HOSTILE[i++ % HOSTILE.length];
  c.name = next();
  for (const k of c.categories) k.name = next();
  for (const s of c.stages) s.name = next();
  for (const k of c.criteria) k.name = next();
  for (const j of c.jurors) {
    j.name = next();
    j.agency = next();
  }
  for (const e of c.entries) {
    e.title = next();
    e.agency = next();
  }
  c.entries[c.entries.length - 1].excludedReason = next();
  c.adjustments = [{ kind: 'advance', entryId: c.entries[0].id, advances: true, reason: next() }];
  // Juri composes cells from these: the Ranking's title from the name, each tab's title from stage and juror.
  c.name = LONG;
  c.jurors[0].name = LONG;
  return { c, fields: i };
}

describe('hostile text in every user field', () => {
  it('stays text in every sheet, and text over the limit of a cell is cut with a message at its cell', () => {
    const { c, fields } = hostileCompetition();
    figures.fields += fields;
    const book = newBook();
    writeSheet(book.port(), renderSetup(c, c.lang), { create: true });

    // One title longer than a cell holds, as a file made elsewhere may have it.
    const setup = readWorkbook(book.port()).setup!;
    expect(setup.problems.filter((p) => p.severity === 'error')).toEqual([]);
    const titleCell = setup.locate({ kind: 'table', table: 'entries', index: 1, field: 'title' });
    book.fake.spreadsheet.getSheetByName(titleCell.sheet)!.getRange(titleCell.cell).setValue(TOO_LONG);
    const reread = readWorkbook(book.port()).setup!;
    const cut = reread.problems.filter((p) => p.code === 'setup-text-too-long');
    expect(cut.map((p) => `${p.sheet}!${p.cell} ${p.severity}`)).toEqual([
      `${titleCell.sheet}!${titleCell.cell} warning`,
    ]);
    expect(cut[0].message.id).toContain(String(TOO_LONG.length));
    expect(reread.competition.entries[1].title).toHaveLength(MAX_CELL_CHARS);

    const generated = workflow.generateTabs(book.port());
    expect(generated.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(generated.created.length).toBe(6);
    scoreAll(book.port(), reread.competition);
    const ranked = workflow.computeRankingAction(book.port(), { allowIncomplete: false, now: NOW });
    expect(ranked.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(ranked.ok).toBe(true);

    const shortOnes = HOSTILE.filter((h) => h.length < 100);
    const seenIn = new Map<string, number>();
    for (const sheet of book.fake.inspect().sheets) {
      for (const cell of sheet.cells.values()) {
        figures.cellsChecked++;
        const text = typeof cell.value === 'string' ? cell.value : '';
        // The over-long title typed into the Setup is the user's; every cell Juri wrote must fit.
        if (
          text !== TOO_LONG &&
          (text.length > MAX_CELL_CHARS || (cell.formula ?? '').length > MAX_CELL_CHARS)
        ) {
          figures.cellsOverLimit++;
        }
        if (shortOnes.includes(text)) seenIn.set(sheet.name, (seenIn.get(sheet.name) ?? 0) + 1);
        // Juri's own formulas (totals, progress) name cells, never user text.
        if (cell.formula && /evil|SUM\(1|SUM\(A1|2\+3/.test(cell.formula)) figures.formulasFromUserText++;
      }
    }
    expect(figures.formulasFromUserText).toBe(0);
    expect(figures.cellsOverLimit).toBe(0);
    // The Setup, every juror tab, the Ranking and the Recap show the hostile texts as typed.
    const names = book.fake.inspect().sheets.map((s) => s.name);
    const expected = names.filter((n) => n !== 'Sheet1');
    expect(expected.filter((n) => !seenIn.has(n))).toEqual([]);
    expect(expected.length).toBe(1 + 6 + 2);
  });
});

describe('fitCell', () => {
  it('leaves text that fits, and cuts longer text to the limit with an ellipsis, never inside an emoji', () => {
    expect(fitCell('Ojek ASI')).toBe('Ojek ASI');
    expect(fitCell(LONG)).toBe(LONG);
    const cut = fitCell(`${LONG}x`);
    expect(cut).toHaveLength(MAX_CELL_CHARS);
    expect(cut.endsWith('A…')).toBe(true);
    // An emoji (two UTF-16 units) straddling the cut is dropped whole.
    const emoji = fitCell(`${'A'.repeat(MAX_CELL_CHARS - 2)}😀tail`);
    expect(emoji).toBe(`${'A'.repeat(MAX_CELL_CHARS - 2)}…`);
  });
});
