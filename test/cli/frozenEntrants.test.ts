/**
 * The entrants of a later stage, frozen when its tabs were generated, in an
 * .xlsx file: the record is a hidden sheet of the file, `juri check` reports
 * a new cut at its Setup cell, `juri rank` keeps the frozen entrants and
 * `juri generate --confirm-cut` applies the cut, archiving the scores of the
 * entries that leave.
 */
import { join } from 'node:path';
import { openWorkbook } from '../../src/cli/xlsxFile';
import { ENTRANTS_NAMES } from '../../src/workbook/entrantsSheet';
import { readWorkbook } from '../../src/workflow/workbook';
import { editSetup, scoreCells, scoreEverything } from '../workflow/helpers';
import { editFile, juri, removeTempDirs, tempDir } from './cliRun';

afterEach(removeTempDirs);
jest.setTimeout(60_000);

interface RankJson {
  categories: { entries: { id: string; lastStage: string }[] }[];
}

describe('juri on a stage whose entrants are frozen', () => {
  it('reports a new cut, ranks with the frozen entrants, and applies it with --confirm-cut', async () => {
    const path = join(tempDir(), 'kompetisi.xlsx');
    expect((await juri(['init', path, '--example'])).code).toBe(0);
    // The best two of each category go on to the field visit.
    await editFile(path, (port) =>
      editSetup(port, (c) => {
        c.stages[1].entry = { kind: 'topN', n: 2 };
      }),
    );
    expect((await juri(['generate', path])).code).toBe(0);
    await editFile(path, scoreEverything);
    expect((await juri(['generate', path])).code).toBe(0);
    await editFile(path, scoreEverything);
    const typed = await editFile(path, scoreCells);
    const all = await editFile(path, (port) =>
      readWorkbook(port).setup!.competition.entries.map((e) => e.id),
    );

    // The record is a hidden sheet of the file itself.
    const opened = await openWorkbook(path);
    if ('error' in opened) throw new Error(opened.error.message.en);
    const record = opened.workbook.worksheets.find((w) => ENTRANTS_NAMES.includes(w.name))!;
    expect(record.state).toBe('hidden');

    // The cut changes after the field-visit tabs exist.
    await editFile(path, (port) =>
      editSetup(port, (c) => {
        c.stages[1].entry = { kind: 'topN', n: 1 };
      }),
    );
    const check = await juri(['check', path, '--json', '--lang', 'en']);
    const problems = (
      JSON.parse(check.out) as { problems: { code: string; sheet: string; cell: string; message: string }[] }
    ).problems;
    const cut = problems.filter((p) => p.code === 'stage-cut-changed');
    expect(cut).toHaveLength(1);
    const at = await editFile(path, (port) =>
      readWorkbook(port).setup!.locate({ kind: 'table', table: 'stages', index: 1, field: 'entryNumber' }),
    );
    expect([cut[0].sheet, cut[0].cell]).toEqual([at.sheet, at.cell]);
    const leaving = (cut[0].message.match(/leaving: (.*?)\. Until/) ?? [])[1] ?? '';
    const leave = all.filter((id) => leaving.includes(`${id} (`));
    expect(leave.length).toBeGreaterThan(0);

    // The ranking keeps every entry's field-visit score until the cut is confirmed.
    const ranked = await juri(['rank', path, '--json']);
    expect(ranked.code).toBe(0);
    const stageOf = (json: RankJson, id: string) =>
      json.categories.flatMap((k) => k.entries).find((e) => e.id === id)?.lastStage;
    for (const id of leave) expect(stageOf(JSON.parse(ranked.out) as RankJson, id)).toBe('lapangan');

    const confirmed = await juri(['generate', path, '--confirm-cut']);
    expect(confirmed.code).toBe(0);
    expect(confirmed.out).toContain('Batas baru dikonfirmasi: Kunjungan lapangan');
    const after = await editFile(path, (port) => {
      const wb = readWorkbook(port);
      return { wb, cells: scoreCells(port) };
    });
    for (const id of leave) expect(after.wb.frozen.lapangan.entrants).not.toContain(id);
    for (const tab of after.wb.tabs.filter((t) => t.stageId === 'lapangan'))
      expect(tab.archive.map((r) => r.entryId).sort()).toEqual([...leave].sort());
    for (const [key, cells] of typed) expect(after.cells.get(key)).toBe(cells);
    const again = await juri(['rank', path, '--json']);
    expect(again.code).toBe(0);
    for (const id of leave) expect(stageOf(JSON.parse(again.out) as RankJson, id)).toBe('presentasi');
  });
});
