/**
 * The same jury on Google Sheets (the in-memory SpreadsheetApp behind the Apps
 * Script port) and on an .xlsx file (the exceljs port, saved and opened again
 * between steps as the command line does): every sheet must read back the
 * same and the ranking must be the same.
 */
import { join } from 'node:path';
import { rankingJson } from '../../src/cli/main';
import {
  newWorkbook,
  openPackage,
  openWorkbook,
  savePackage,
  saveWorkbookAtomic,
} from '../../src/cli/xlsxFile';
import { packagePort, type PackageEdit } from '../../src/cli/xlsxPackagePort';
import { xlsxPort } from '../../src/cli/xlsxPort';
import type { SpreadsheetPort } from '../../src/workbook/port';
import * as workflow from '../../src/workflow/actions';
import { typeScores, type Typing } from '../../src/workflow/typeScores';
import { readWorkbook } from '../../src/workflow/workbook';
import { editSetup, fakeWorkbook, scoreEverything } from '../workflow/helpers';
import { removeTempDirs, tempDir } from './cliRun';

afterEach(removeTempDirs);
// Each step saves and opens an .xlsx file; the limit only stops a hang.
jest.setTimeout(60_000);

const now = '2026-11-28 10:00';

/**
 * An .xlsx workbook that goes to disk and comes back after every step, as
 * between two runs of `juri`. Juri's own actions run as `juri` runs them: on the
 * file as a package, read part by part, saved with only its own sheets
 * rewritten. The user's typing goes through exceljs, as another program would
 * write the file. Every read after a step is the package reader's.
 */
function xlsxBench(): {
  step<T>(action: (port: SpreadsheetPort) => T, how: 'juri' | 'user'): Promise<T>;
  port(): SpreadsheetPort;
} {
  const path = join(tempDir(), 'juri.xlsx');
  let edit: PackageEdit | null = null;
  return {
    async step(action, how) {
      let result;
      if (how === 'juri') {
        result = action(edit!.port);
        const problem = edit!.changed() ? await savePackage(edit!, path) : null;
        if (problem) throw new Error(problem.message.en);
      } else {
        let workbook = newWorkbook();
        if (edit) {
          const opened = await openWorkbook(path);
          if ('error' in opened) throw new Error(opened.error.message.en);
          workbook = opened.workbook;
        }
        result = action(xlsxPort(workbook, { locale: 'id_ID' }));
        const problem = await saveWorkbookAtomic(workbook, path);
        if (problem) throw new Error(problem.message.en);
      }
      const opened = await openPackage(path);
      if ('error' in opened) throw new Error(opened.error.message.en);
      edit = packagePort(opened.pkg, { locale: 'id_ID' });
      return result;
    },
    port: () => edit!.port,
  };
}

/**
 * Every sheet as the port reads it: names in tab order, values and formulas.
 * An .xlsx cell cannot hold -0 (the Recap writes one for a juror offset that
 * rounds to zero from below), so -0 reads as 0 on both sides.
 */
function everySheet(port: SpreadsheetPort) {
  return port.sheetNames().map((name) => {
    const s = port.read(name);
    return s && { ...s, values: s.values.map((row) => row.map((v) => (Object.is(v, -0) ? 0 : v))) };
  });
}

/** Where each problem is, and what kind it is. */
function placed(problems: readonly { sheet: string; cell: string; code: string }[]): string[] {
  return problems.map((p) => `${p.code} ${p.sheet}!${p.cell}`).sort();
}

/** The juror of the first tab mistypes three scores. */
function mistakes(port: SpreadsheetPort): void {
  const tab = readWorkbook(port).tabs[0];
  const [e1, e2, e3] = tab.rows.map((r) => r.entryId);
  const [k1, k2] = tab.criterionIds;
  const typing: Typing = { [e1]: { [k1]: 850 }, [e2]: { [k2]: 'delapan puluh' }, [e3]: { [k1]: null } };
  typeScores(port, tab.sheet, typing);
}

function fixes(port: SpreadsheetPort): void {
  const tab = readWorkbook(port).tabs[0];
  const [e1, e2, e3] = tab.rows.map((r) => r.entryId);
  const [k1, k2] = tab.criterionIds;
  typeScores(port, tab.sheet, { [e1]: { [k1]: 85 }, [e2]: { [k2]: 80 }, [e3]: { [k1]: 75 } });
}

describe('Google Sheets and .xlsx give the same jury', () => {
  it('reads every sheet back the same and ranks the same, through mistakes and a changed Setup', async () => {
    const sheets = fakeWorkbook().port;
    const xlsx = xlsxBench();
    // Runs one action on both, returning both outcomes.
    const both = async <T>(
      action: (port: SpreadsheetPort) => T,
      how: 'juri' | 'user' = 'juri',
    ): Promise<[T, T]> => [action(sheets), await xlsx.step(action, how)];
    const sameSheets = () => {
      const [a, b] = [everySheet(sheets), everySheet(xlsx.port())];
      expect(b.map((s) => s?.name)).toEqual(a.map((s) => s?.name));
      for (let i = 0; i < a.length; i++)
        expect({ sheet: a[i]?.name, ...b[i] }).toEqual({ sheet: a[i]?.name, ...a[i] });
    };

    await both((port) => workflow.newCompetition(port, { example: true, lang: 'id' }), 'user');
    // A new Google spreadsheet starts with an empty 'Sheet1'; a new .xlsx file has no sheet.
    sheets.deleteSheet(sheets.sheetNames()[0]);
    sameSheets();
    const [g1, g2] = await both(workflow.generateTabs);
    expect(g2.created).toEqual(g1.created);
    expect(g1.created).toHaveLength(6);
    await both((port) => {
      scoreEverything(port);
      mistakes(port);
    }, 'user');
    sameSheets();

    const [c1, c2] = await both(workflow.checkScores);
    expect(placed(c2.problems)).toEqual(placed(c1.problems));
    expect(c1.problems.map((p) => p.code).sort()).toEqual([
      'category-dropped',
      'score-missing',
      'score-not-number',
      'score-out-of-scale',
    ]);
    expect(c2.progress).toEqual(c1.progress);

    const [r1, r2] = await both((port) =>
      workflow.computeRankingAction(port, { allowIncomplete: false, now }),
    );
    expect([r1.ok, r2.ok]).toEqual([false, false]);
    const [p1, p2] = await both((port) =>
      workflow.computeRankingAction(port, { allowIncomplete: true, now }),
    );
    expect(p2.ok).toBe(true);
    expect(rankingJson(p2, 'en')).toEqual(rankingJson(p1, 'en'));
    sameSheets();

    await both(fixes, 'user');
    const [f1, f2] = await both((port) =>
      workflow.computeRankingAction(port, { allowIncomplete: false, now }),
    );
    expect(f1.result!.complete).toBe(true);
    expect(rankingJson(f2, 'id')).toEqual(rankingJson(f1, 'id'));
    expect(f2.result).toEqual(f1.result);
    sameSheets();

    // The secretariat adds an entry and a juror, generates again, the new rows are scored.
    await both(
      (port) =>
        editSetup(port, (m) => {
          m.entries.push({
            id: '007',
            title: 'Layanan baru',
            agency: 'Dinas Baru',
            categoryId: m.entries[0].categoryId,
            excludedReason: '',
          });
          m.jurors.push({
            id: 'j4',
            name: 'Juri Keempat',
            email: 'juri4@example.go.id',
            agency: 'Universitas',
            stages: [],
          });
        }),
      'user',
    );
    const [n1, n2] = await both(workflow.generateTabs);
    expect([n2.created, n2.updated]).toEqual([n1.created, n1.updated]);
    expect(n1.created).toHaveLength(2);
    await both(scoreEverything, 'user');
    const [l1, l2] = await both((port) =>
      workflow.computeRankingAction(port, { allowIncomplete: false, now }),
    );
    expect(l1.ok).toBe(true);
    expect(rankingJson(l2, 'id')).toEqual(rankingJson(l1, 'id'));
    expect(l1.result!.categories.flatMap((k) => k.entries.map((e) => e.entryId))).toContain('007');
    sameSheets();
    // The Ranking and Recap were among the sheets compared.
    expect(sheets.sheetNames()).toEqual(expect.arrayContaining(['Pengaturan', 'Peringkat', 'Rekap']));
  });
});
