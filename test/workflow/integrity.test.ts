/**
 * The juror's integrity cells, on Google Sheets (the in-memory SpreadsheetApp
 * behind the Apps Script port) and on an .xlsx file (saved and opened again
 * between steps, as between two runs of `juri`): the pakta blocks the ranking
 * unless confirmed, a recused row is averaged out, a declared conflict is never
 * assigned, a submitted tab is recorded, narrowed and watched for changes until
 * the secretariat reopens it with a reason.
 */
import { join } from 'node:path';
import type ExcelJS from 'exceljs';
import { newWorkbook, openWorkbook, saveWorkbookAtomic } from '../../src/cli/xlsxFile';
import { xlsxPort } from '../../src/cli/xlsxPort';
import type { SpreadsheetPort } from '../../src/workbook/port';
import * as workflow from '../../src/workflow/actions';
import { demoTyping } from '../../src/cli/demo';
import {
  recuse,
  reopen,
  signPakta,
  tickSubmitted,
  typeScores,
  typeWhereEmpty,
} from '../../src/workflow/typeScores';
import { readWorkbook } from '../../src/workflow/workbook';
import { removeTempDirs, tempDir } from '../cli/cliRun';
import { writeSheet } from '../../src/workbook/render';
import { renderSetup } from '../../src/workbook/setupSheet';
import { MEMBER, scoreAll, sharedBook, sharedCompetition } from '../robustness/book';
import { wholeProblems } from '../robustness/whole';
import { editSetup, fakeWorkbook, scoreEverything } from './helpers';

afterEach(removeTempDirs);
jest.setTimeout(60_000);

const now = '2026-11-29 10:00';

interface Bench {
  /** Runs one step; on .xlsx the file is saved and opened again afterwards. */
  step<T>(action: (port: SpreadsheetPort) => T): Promise<T>;
}

function sheetsBench(): Bench {
  const { port } = fakeWorkbook();
  return { step: async (action) => action(port) };
}

function xlsxBench(): Bench {
  const path = join(tempDir(), 'juri.xlsx');
  let workbook: ExcelJS.Workbook | null = null;
  return {
    async step(action) {
      workbook ??= newWorkbook();
      const result = action(xlsxPort(workbook, { locale: 'id_ID' }));
      const problem = await saveWorkbookAtomic(workbook, path);
      if (problem) throw new Error(problem.message.en);
      const opened = await openWorkbook(path);
      if ('error' in opened) throw new Error(opened.error.message.en);
      workbook = opened.workbook;
      return result;
    },
  };
}

const benches: [string, () => Bench][] = [
  ['Google Sheets (fake)', sheetsBench],
  ['.xlsx', xlsxBench],
];

function tabOf(port: SpreadsheetPort, stageId: string, jurorId: string) {
  return readWorkbook(port).tabs.find((t) => t.stageId === stageId && t.jurorId === jurorId)!;
}

function codes(problems: readonly { code: string; sheet: string; cell: string }[], code: string): string[] {
  return problems.filter((p) => p.code === code).map((p) => `${p.sheet}!${p.cell}`);
}

describe.each(benches)('integrity on %s', (_, bench) => {
  /** Every score typed; the pakta left unsigned. */
  async function scoredCompetition(b: Bench) {
    await b.step((port) => workflow.newCompetition(port, { example: true, lang: 'id' }));
    for (let round = 0; round < 2; round++) {
      await b.step((port) => workflow.generateTabs(port));
      await b.step((port) => {
        const c = readWorkbook(port).setup!.competition;
        typeWhereEmpty(port, (stageId, jurorId, ids) => demoTyping(c, stageId, jurorId, ids));
      });
    }
  }

  it('an unticked pakta blocks the ranking unless the secretariat confirms, at its cell', async () => {
    const b = bench();
    await scoredCompetition(b);
    const check = await b.step((port) => workflow.checkScores(port));
    const tabs = await b.step((port) => readWorkbook(port).tabs.map((t) => t.sheet));
    expect(codes(check.problems, 'pakta-missing')).toEqual(tabs.map((t) => `${t}!D3`));
    expect(check.ok).toBe(false);
    const refused = await b.step((port) =>
      workflow.computeRankingAction(port, { allowIncomplete: false, now }),
    );
    expect(refused.ok).toBe(false);
    expect(refused.needsConfirmation).toBe(true);
    const confirmed = await b.step((port) =>
      workflow.computeRankingAction(port, { allowIncomplete: true, now }),
    );
    expect(confirmed.ok).toBe(true);
    // A tick without its date is still reported, at the date's cell; with the date it is not.
    await b.step((port) => {
      for (const t of tabs) port.writeBlock(t, { row: 3, col: 4, values: [[true]] });
    });
    const dated = await b.step((port) => workflow.checkScores(port));
    expect(codes(dated.problems, 'pakta-no-date')).toEqual(tabs.map((t) => `${t}!F3`));
    await b.step((port) => tabs.forEach((t) => signPakta(port, t, '2026-11-29')));
    const signed = await b.step((port) => workflow.checkScores(port));
    expect(signed.problems.filter((p) => p.severity === 'error')).toEqual([]);
    const ranked = await b.step((port) =>
      workflow.computeRankingAction(port, { allowIncomplete: false, now }),
    );
    expect(ranked.ok).toBe(true);
  });

  it('a recused row is not missing: the entry is averaged over the other jurors, and the Recap lists it', async () => {
    const b = bench();
    await b.step((port) => workflow.newCompetition(port, { example: true, lang: 'id' }));
    await b.step((port) => workflow.generateTabs(port));
    const sheet = await b.step((port) => tabOf(port, 'presentasi', 'j3').sheet);
    await b.step((port) => recuse(port, sheet, '004', 'Pernah mendampingi tim ini'));
    await b.step((port) => workflow.generateTabs(port));
    await b.step((port) => scoreEverything(port));
    await b.step((port) => readWorkbook(port).tabs.forEach((t) => signPakta(port, t.sheet, '2026-11-29')));
    const check = await b.step((port) => workflow.checkScores(port));
    expect(check.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(check.progress.find((p) => p.sheet === sheet)).toMatchObject({ scored: 5, total: 5, recused: 1 });
    const ranked = await b.step((port) =>
      workflow.computeRankingAction(port, { allowIncomplete: false, now }),
    );
    expect(ranked.ok).toBe(true);
    const totals = ranked.result!.jurorTotals.filter(
      (t) => t.stageId === 'presentasi' && t.entryId === '004',
    );
    expect(totals.map((t) => t.jurorId).sort()).toEqual(['j1', 'j2']);
    const entry = ranked.result!.categories.flatMap((k) => k.entries).find((e) => e.entryId === '004')!;
    expect(entry.stageScores.presentasi).toBeCloseTo((totals[0].total + totals[1].total) / 2, 9);
    // A score typed into the recused row is reported at its cell and still not counted.
    const cell = await b.step((port) => {
      const tab = tabOf(port, 'presentasi', 'j3');
      typeScores(port, sheet, { '004': { [tab.criterionIds[0]]: 90 } });
      const row = tab.rows.find((r) => r.entryId === '004')!.row;
      return `${sheet}!D${row}`;
    });
    const filled = await b.step((port) => workflow.checkScores(port));
    expect(codes(filled.problems, 'recusal-scores-ignored')).toEqual([cell]);
    const recap = await b.step((port) => port.read('Rekap')!.values.flat().map(String));
    expect(recap.some((v) => v.includes('004') && v.includes('Pernah mendampingi tim ini'))).toBe(true);
  });

  it('a declared conflict is never assigned', async () => {
    const b = bench();
    await b.step((port) => workflow.newCompetition(port, { example: true, lang: 'id' }));
    await b.step((port) =>
      editSetup(port, (c) => {
        c.conflicts = [{ jurorId: 'j1', entryId: '002', reason: 'Adik bekerja di Puskesmas Kendit' }];
      }),
    );
    const generated = await b.step((port) => workflow.generateTabs(port));
    expect(generated.problems.filter((p) => p.severity === 'error')).toEqual([]);
    const listed = await b.step((port) =>
      readWorkbook(port)
        .tabs.filter((t) => t.jurorId === 'j1')
        .map((t) => t.rows.map((r) => r.entryId)),
    );
    for (const ids of listed) expect(ids).not.toContain('002');
    const others = await b.step((port) => tabOf(port, 'presentasi', 'j2').rows.map((r) => r.entryId));
    expect(others).toContain('002');
  });

  it('records a submission, narrows nothing the juror typed, reports a later change at its cell until a reopen', async () => {
    const b = bench();
    await scoredCompetition(b);
    await b.step((port) => readWorkbook(port).tabs.forEach((t) => signPakta(port, t.sheet, '2026-11-29')));
    const sheet = await b.step((port) => tabOf(port, 'presentasi', 'j1').sheet);
    await b.step((port) => tickSubmitted(port, sheet));
    const before = await b.step((port) =>
      port
        .read(sheet)!
        .values.slice(5)
        .map((r) => r.slice(0, 9)),
    );
    const first = await b.step((port) => workflow.checkScores(port, { now }));
    expect(first.recorded).toBe(1);
    expect(first.progress.find((p) => p.sheet === sheet)?.state).toBe('submitted');
    expect(first.progress.filter((p) => p.sheet !== sheet).map((p) => p.state)).toEqual(
      new Array(5).fill('complete'),
    );
    const tab = await b.step((port) => tabOf(port, 'presentasi', 'j1'));
    expect(tab.controls.submittedAt).toBe(now);
    expect(String(tab.controls.fingerprint)).toMatch(/^[0-9a-f]{64}$/);
    // Recording touched no score, note or recusal cell.
    expect(
      await b.step((port) =>
        port
          .read(sheet)!
          .values.slice(5)
          .map((r) => r.slice(0, 9)),
      ),
    ).toEqual(before);
    const again = await b.step((port) => workflow.checkScores(port, { now: '2026-11-29 11:00' }));
    expect(again.recorded).toBe(0);
    expect(again.problems.filter((p) => p.severity === 'error')).toEqual([]);

    // Someone changes a submitted score: reported at its cell, with the old and the new value.
    const [k] = tab.criterionIds;
    const row = tab.rows[2];
    await b.step((port) => typeScores(port, sheet, { [row.entryId]: { [k]: 11 } }));
    const tampered = await b.step((port) => workflow.checkScores(port, { now }));
    expect(codes(tampered.problems, 'tab-tampered')).toEqual([`${sheet}!D${row.row}`]);
    expect(tampered.problems.find((p) => p.code === 'tab-tampered')!.message.en).toContain(
      `changed from "${String(row.scores[k])}" to "11"`,
    );
    expect(tampered.ok).toBe(false);
    const rank = await b.step((port) => workflow.computeRankingAction(port, { allowIncomplete: false, now }));
    expect(rank.needsConfirmation).toBe(true);

    // The secretariat reopens it with a reason: no longer reported, the reason recorded, the juror may submit again.
    await b.step((port) => reopen(port, sheet, 'Juri salah ketik, dikoreksi atas persetujuan ketua'));
    const reopened = await b.step((port) => workflow.checkScores(port, { now: '2026-11-29 12:00' }));
    expect(codes(reopened.problems, 'tab-tampered')).toEqual([]);
    expect(reopened.progress.find((p) => p.sheet === sheet)?.state).toBe('complete');
    const after = await b.step((port) => tabOf(port, 'presentasi', 'j1'));
    expect(after.controls.reopened).toBe(
      '2026-11-29 12:00 — Juri salah ketik, dikoreksi atas persetujuan ketua',
    );
    expect([after.controls.submit, after.controls.submittedAt, after.controls.reopen]).toEqual([
      false,
      null,
      null,
    ]);
    expect(after.rows[2].scores[k]).toBe(11);
    const later = await b.step((port) => workflow.checkScores(port, { now }));
    expect(codes(later.problems, 'tab-tampered')).toEqual([]);
  });
  it('adds a substitute juror where jurors per entry is set, without moving any typed score', async () => {
    const b = bench();
    await b.step((port) => workflow.newCompetition(port, { example: true, lang: 'id' }));
    await b.step((port) =>
      editSetup(port, (c) => {
        c.stages[0].jurorsPerEntry = 2;
      }),
    );
    await b.step((port) => workflow.generateTabs(port));
    await b.step((port) => scoreEverything(port));
    const withdrawing = await b.step(
      (port) =>
        readWorkbook(port).tabs.find(
          (t) => t.stageId === 'presentasi' && t.rows.some((r) => r.entryId === '001'),
        )!.sheet,
    );
    await b.step((port) => recuse(port, withdrawing, '001', 'Mantan atasan pengusul'));
    const before = await b.step(
      (port) => new Map(readWorkbook(port).tabs.map((t) => [t.sheet, port.read(t.sheet)!.values])),
    );
    const check = await b.step((port) => workflow.checkScores(port));
    const said = check.problems.filter((p) => p.code === 'recusal-substitute');
    expect(said).toHaveLength(1);
    expect(said[0].sheet).toBe('Pengaturan');
    const generated = await b.step((port) => workflow.generateTabs(port));
    expect(generated.updated).toHaveLength(1);
    // Every typed score stays where it was: same tab, same entry, same criterion.
    const tabs = await b.step((port) => readWorkbook(port).tabs);
    for (const tab of tabs) {
      const old = before.get(tab.sheet)!;
      for (const r of tab.rows) {
        const was = old.find((row) => row[0] === r.entryId);
        if (!was) continue;
        for (const cid of tab.criterionIds) expect(r.scores[cid]).toEqual(was[tab.colOf[cid] - 1] ?? null);
      }
    }
    const substitute = tabs.find((t) => t.sheet === generated.updated[0])!;
    expect(substitute.rows.map((r) => r.entryId)).toContain('001');
    const after = await b.step((port) => workflow.checkScores(port));
    expect(after.problems.filter((p) => p.code === 'recusal-substitute')).toEqual([]);
  });
});

describe('the submitted tab in Sheets', () => {
  it('narrows the score and submit cells to the secretariat, and opens them again on reopening', () => {
    const { fake, port } = fakeWorkbook();
    workflow.newCompetition(port, { example: true, lang: 'id' });
    workflow.generateTabs(port);
    scoreEverything(port);
    const tab = readWorkbook(port).tabs[0];
    signPakta(port, tab.sheet, '2026-11-29');
    tickSubmitted(port, tab.sheet);
    const editorsOf = () =>
      fake.spreadsheet
        .getSheetByName(tab.sheet)!
        .getProtections(fake.SpreadsheetApp.ProtectionType.RANGE)
        .map((p) => [
          p.getRange().getA1Notation(),
          p
            .getEditors()
            .map((u) => u.getEmail())
            .sort(),
        ]);
    const c = readWorkbook(port).setup!.competition;
    const juror = c.jurors.find((j) => j.id === tab.jurorId)!;
    expect(editorsOf()[0][1]).toContain(juror.email);
    workflow.checkScores(port, { now });
    const narrowed = editorsOf();
    expect(narrowed.every(([, editors]) => !(editors as string[]).includes(juror.email))).toBe(true);
    expect(narrowed.map(([range]) => range)).toContain('D6:J11');
    reopen(port, tab.sheet, 'Dibuka untuk koreksi');
    workflow.checkScores(port, { now });
    expect(editorsOf()[0][1]).toContain(juror.email);
  });
});

describe('a submitted tab under the sealed protections (Sheets, shared as a jury shares it)', () => {
  it('is recorded by the secretariat only, kept from its juror, left alone by Generate, and opened again on reopening', () => {
    const c = sharedCompetition();
    const book = sharedBook(c);
    const owner = book.fake.fakes.spreadsheet.data.world.options.owner;
    writeSheet(book.port(), renderSetup(c, c.lang), { create: true });
    expect(workflow.generateTabs(book.port()).ok).toBe(true);
    scoreAll(book.port(), c);
    const tab = readWorkbook(book.port()).tabs[0];
    const juror = c.jurors.find((j) => j.id === tab.jurorId)!;
    const [k] = tab.criterionIds;
    const first = tab.rows[0];
    const stateOf = (outcome: workflow.CheckOutcome) =>
      outcome.progress.find((p) => p.sheet === tab.sheet)?.state;

    // The juror ticks Submitted; their own Check reports the tab complete and records nothing.
    book.fake.runAs(juror.email);
    tickSubmitted(book.port(), tab.sheet);
    const theirs = workflow.checkScores(book.port(), { now });
    expect(theirs.recorded).toBe(0);
    expect(stateOf(theirs)).toBe('complete');
    expect(tabOf(book.port(), tab.stageId, tab.jurorId).controls.submittedAt).toBeNull();

    // A second secretariat member's Check records it and narrows the juror's cells.
    book.fake.runAs(MEMBER);
    const recorded = workflow.checkScores(book.port(), { now });
    expect(recorded.recorded).toBe(1);
    expect(stateOf(recorded)).toBe('submitted');
    expect(wholeProblems(book.fake, c, 6, [MEMBER])).toEqual([]);
    book.fake.runAs(juror.email);
    expect(() => typeScores(book.port(), tab.sheet, { [first.entryId]: { [k]: 1 } })).toThrow(/protected/);
    expect(() => tickSubmitted(book.port(), tab.sheet, false)).toThrow(/protected/);

    // The narrowed tab is up to date: Generate rewrites nothing, the seal matches.
    book.fake.runAs(MEMBER);
    const generated = workflow.generateTabs(book.port());
    expect(generated.updated).toEqual([]);
    expect(generated.unchanged).toContain(tab.sheet);
    expect(wholeProblems(book.fake, c, 6, [MEMBER])).toEqual([]);

    // Reopened with a reason: the juror may type again, and Generate still has nothing to do.
    reopen(book.port(), tab.sheet, 'Koreksi atas permintaan juri');
    expect(workflow.checkScores(book.port(), { now }).recorded).toBe(1);
    book.fake.runAs(juror.email);
    typeScores(book.port(), tab.sheet, { [first.entryId]: { [k]: 1 } });
    expect(tabOf(book.port(), tab.stageId, tab.jurorId).rows[0].scores[k]).toBe(1);
    book.fake.runAs(owner);
    expect(workflow.generateTabs(book.port()).updated).toEqual([]);
    expect(wholeProblems(book.fake, c, 6, [MEMBER])).toEqual([]);
  });
});
