import {
  differs,
  identifyTab,
  jurorTabName,
  MAX_TAB_NAME,
  parseJurorTab,
  renderJurorTab,
  type TabPlan,
} from '../../src/workbook/jurorTab';
import type { CellValue, SheetSnapshot } from '../../src/workbook/port';
import type { RenderedSheet } from '../../src/workbook/render';
import { regencyExample } from '../../src/core/example';
import type { Juror, Stage } from '../../src/core/model';

/** The sheet as the port would read it back after writing the rendered block. */
function asRead(r: RenderedSheet, edit?: (values: CellValue[][]) => void): SheetSnapshot {
  const values = r.block.values.map((row) => [...row]);
  const formulas = r.block.values.map((row, i) => row.map((_, j) => r.block.formulas?.[i]?.[j] ?? ''));
  values.forEach((row, i) => row.forEach((_, j) => formulas[i][j] && (row[j] = null)));
  edit?.(values);
  return { name: r.name, values, formulas };
}

function plan(overrides: Partial<TabPlan> = {}): TabPlan {
  const c = regencyExample();
  return {
    sheet: 'Presentasi – Juri',
    competition: c,
    stage: c.stages[0],
    juror: c.jurors[0],
    entries: c.entries,
    previous: null,
    lang: 'id',
    ...overrides,
  };
}

describe('juror tab names', () => {
  const stage = { name: 'Presentasi' } as Stage;
  const juror = (name: string) => ({ name }) as Juror;
  it('read "<stage> – <juror>"', () => {
    expect(jurorTabName(stage, juror('Juri 1'), new Set())).toBe('Presentasi – Juri 1');
  });
  it('fit the 31 characters both Sheets and Excel accept, and avoid characters Excel forbids', () => {
    const name = jurorTabName(
      { name: 'Kunjungan lapangan dan verifikasi' } as Stage,
      juror('Prof. Dr. Ir. Bambang Sutrisno, M.Si. [UGM]'),
      new Set(),
    );
    expect(name.length).toBeLessThanOrEqual(MAX_TAB_NAME);
    expect(name).not.toMatch(/[[\]:*?/\\]/);
  });
  it('stay unique when two jurors share a name', () => {
    const taken = new Set(['Presentasi – Budi']);
    expect(jurorTabName(stage, juror('Budi'), taken)).toBe('Presentasi – Budi (2)');
    taken.add('presentasi – budi (2)');
    expect(jurorTabName(stage, juror('Budi'), taken)).toBe('Presentasi – Budi (3)');
  });
});

describe('a juror tab', () => {
  it('is identified by its stage and juror ids, and read back as rendered', () => {
    const { sheet } = renderJurorTab(plan());
    const read = asRead(sheet!);
    expect(identifyTab(read)).toEqual({ stageId: 'presentasi', jurorId: plan().juror.id });
    const tab = parseJurorTab(read, { stageId: 'presentasi', jurorId: plan().juror.id });
    expect(tab.rows.map((r) => r.entryId)).toEqual(plan().entries.map((e) => e.id));
    expect(tab.criterionIds).toEqual(
      plan()
        .competition.criteria.filter((k) => k.stageId === 'presentasi')
        .map((k) => k.id),
    );
    expect(tab.rows[0].row).toBe(6);
    expect(differs(sheet!, read)).toBe(false);
  });

  it('protects the sheet for the secretariat and opens the score, notes, recusal, pakta and submit cells to the juror', () => {
    const p = plan();
    const { sheet } = renderJurorTab(p);
    const criteria = p.competition.criteria.filter((k) => k.stageId === p.stage.id).length;
    const open = { row: 6, col: 4, numRows: p.entries.length, numCols: criteria + 3 };
    expect(sheet!.protection!.editors).toEqual(p.competition.secretariatEmails);
    expect(sheet!.protection!.editableRanges).toEqual([
      { range: open, editors: [p.juror.email] },
      { range: { row: 3, col: 4, numRows: 1, numCols: 5 }, editors: [p.juror.email] },
    ]);
    const box = (row: number, col: number, numRows = 1) => ({
      range: { row, col, numRows, numCols: 1 },
      rule: { kind: 'checkbox', helpText: 'Centang kotak ini.' },
    });
    // The rules cover the juror's whole range: notes and reasons take anything.
    expect(sheet!.validations).toEqual([
      box(3, 4),
      box(3, 8),
      ...Array.from({ length: criteria }, (_, i) => ({
        range: { ...open, col: 4 + i, numCols: 1 },
        rule: { kind: 'number', min: 0, max: 100, helpText: 'Isi angka dari 0 sampai 100, kelipatan 1.' },
      })),
      { range: { ...open, col: 4 + criteria, numCols: 1 }, rule: { kind: 'any' } },
      box(6, 4 + criteria + 1, p.entries.length),
      { range: { ...open, col: 4 + criteria + 2, numCols: 1 }, rule: { kind: 'any' } },
    ]);
  });

  it('narrows the juror ranges to the secretariat once the tab is submitted, keeping every integrity cell', () => {
    const first = renderJurorTab(plan()).sheet!;
    const submitted = asRead(first, (v) => {
      v[2][3] = true;
      v[2][5] = '2026-11-29';
      v[2][7] = true;
      v[1][9] = '2026-11-29 10:00';
      v[1][11] = 'abc';
    });
    const id = { stageId: 'presentasi', jurorId: plan().juror.id };
    const again = renderJurorTab(plan({ previous: parseJurorTab(submitted, id) })).sheet!;
    expect([again.block.values[2][3], again.block.values[2][5], again.block.values[2][7]]).toEqual([
      true,
      '2026-11-29',
      true,
    ]);
    expect([again.block.values[1][9], again.block.values[1][11]]).toEqual(['2026-11-29 10:00', 'abc']);
    // The same ranges, so the same cells stay out of the seal; only the secretariat may edit them now.
    expect(again.protection!.editors).toEqual(plan().competition.secretariatEmails);
    expect(again.protection!.editableRanges.map((r) => r.range)).toEqual(
      first.protection!.editableRanges.map((r) => r.range),
    );
    expect(again.protection!.editableRanges.map((r) => r.editors)).toEqual([[], []]);
  });

  it('keeps what the juror typed, and moves rows of entries no longer assigned to the archive', () => {
    const first = renderJurorTab(plan()).sheet!;
    const typed = asRead(first, (v) => {
      v[5][3] = 85;
      v[6][3] = 'delapan';
      v[6][7] = 'catatan';
    });
    const previous = parseJurorTab(typed, { stageId: 'presentasi', jurorId: plan().juror.id });
    const second = renderJurorTab(plan({ entries: plan().entries.slice(1), previous })).sheet!;
    const tab = parseJurorTab(asRead(second), { stageId: 'presentasi', jurorId: plan().juror.id });
    expect(tab.rows.map((r) => r.entryId)).toEqual(
      plan()
        .entries.slice(1)
        .map((e) => e.id),
    );
    expect(tab.rows[0].scores.penyampaian).toBe('delapan');
    expect(tab.rows[0].notes).toBe('catatan');
    expect(tab.archive.map((r) => [r.entryId, r.scores.penyampaian])).toEqual([[plan().entries[0].id, 85]]);
  });

  it('is left alone when a criterion that holds scores was removed from the Setup', () => {
    const typed = asRead(renderJurorTab(plan()).sheet!, (v) => (v[5][5] = 70));
    const previous = parseJurorTab(typed, { stageId: 'presentasi', jurorId: plan().juror.id });
    const c = regencyExample();
    c.criteria = c.criteria.filter((k) => k.id !== 'video');
    const out = renderJurorTab(plan({ competition: c, previous }));
    expect(out.sheet).toBeNull();
    expect(out.problems.map((p) => [p.code, p.cell])).toEqual([['tab-criterion-removed', 'F5']]);
  });

  it('is left alone, with the reason at the cell, when a criterion id in row 4 was cleared', () => {
    const typed = asRead(renderJurorTab(plan()).sheet!, (v) => {
      v[5][5] = 70;
      v[3][4] = null; // the id of column E
    });
    const previous = parseJurorTab(typed, { stageId: 'presentasi', jurorId: plan().juror.id });
    // The columns after it are still read as criteria, not as notes.
    expect(previous.criterionIds).toEqual(['penyampaian', 'video', 'kehadiran']);
    expect(previous.rows[0].scores.video).toBe(70);
    expect(previous.notesCol).toBe(8);
    const out = renderJurorTab(plan({ previous }));
    expect(out.sheet).toBeNull();
    expect(out.problems.map((p) => [p.code, p.cell])).toEqual([['tab-column-unknown', 'E4']]);
  });

  it('archives a row whose ID was mistyped, with a word at its cell, and takes it back once corrected', () => {
    const id = { stageId: 'presentasi', jurorId: plan().juror.id };
    const typed = asRead(renderJurorTab(plan()).sheet!, (v) => {
      v[5][0] = '00l'; // 001 mistyped
      v[5][3] = 85;
    });
    const first = renderJurorTab(plan({ previous: parseJurorTab(typed, id) }));
    const archived = parseJurorTab(asRead(first.sheet!), id);
    expect(archived.archive.map((r) => [r.entryId, r.scores.penyampaian])).toEqual([['00l', 85]]);
    // The word names the row where it now is, in the archive: A6 holds entry 001 after the rewrite.
    const now = `A${archived.archive[0].row}`;
    expect(first.problems.map((p) => [p.code, p.cell, p.severity])).toEqual([
      ['tab-row-archived', now, 'warning'],
    ]);
    expect(first.problems[0].message.en).toContain(`!${now}:`);
    expect(archived.rows.find((r) => r.entryId === '001')!.row).toBe(6);
    expect(archived.rows.find((r) => r.entryId === '001')!.scores.penyampaian).toBeNull();
    // The secretariat corrects the ID in the archive: the scores come back to the entry's row.
    const fixed = asRead(first.sheet!, (v) => {
      const at = v.findIndex((row) => row[0] === '00l');
      v[at][0] = '001';
    });
    const second = renderJurorTab(plan({ previous: parseJurorTab(fixed, id) }));
    const back = parseJurorTab(asRead(second.sheet!), id);
    expect(back.rows.find((r) => r.entryId === '001')!.scores.penyampaian).toBe(85);
    expect(back.archive).toEqual([]);
  });

  it('is left alone when something is typed beside the table', () => {
    // The table ends at column L (the submission record); M and N stay empty, O holds text.
    const typed = asRead(renderJurorTab(plan()).sheet!, (v) => v[6].push(null, null, 'catatan pribadi'));
    const previous = parseJurorTab(typed, { stageId: 'presentasi', jurorId: plan().juror.id });
    const out = renderJurorTab(plan({ previous }));
    expect(out.sheet).toBeNull();
    expect(out.problems.map((p) => [p.code, p.cell])).toEqual([['tab-extra-content', 'O7']]);
  });
});

describe('criteria of one stage on different scales', () => {
  it('validate each column on its own scale and show it in the heading', () => {
    const c = regencyExample();
    const video = c.criteria.find((k) => k.id === 'video')!;
    video.scale = { min: 1, max: 10, step: 0.5 };
    const { sheet } = renderJurorTab(plan({ competition: c }));
    const col = 4 + c.criteria.filter((k) => k.stageId === 'presentasi').indexOf(video);
    const rule = sheet!.validations!.find((v) => v.range.col === col)!.rule;
    expect(rule).toEqual({
      kind: 'number',
      min: 1,
      max: 10,
      helpText: 'Isi angka dari 1 sampai 10, kelipatan 0,5.',
    });
    expect(sheet!.block.values[4][col - 1]).toBe('Video (10 %; 1–10, kelipatan 0,5)');
    expect(sheet!.block.values[1][7]).toBe('lihat judul setiap kolom');
  });
});

describe('long names', () => {
  it('cut a stage alike in all its tabs, which sit side by side', () => {
    const stage = { name: 'Kunjungan lapangan' } as Stage;
    const longest = 'Dr. Ratna Wulandari';
    const names = ['Dr. Ratna Wulandari', 'Sri Lestari'].map((n) =>
      jurorTabName(stage, { name: n } as Juror, new Set(), longest),
    );
    expect(names).toEqual(['Kunjungan lap… – Dr. Ratna Wul…', 'Kunjungan lap… – Sri Lestari']);
  });

  it('keep a short stage whole and cut the juror with an ellipsis', () => {
    expect(
      jurorTabName({ name: 'Presentasi' } as Stage, { name: 'Dr. Ratna Wulandari' } as Juror, new Set()),
    ).toBe('Presentasi – Dr. Ratna Wulanda…');
    expect(
      jurorTabName(
        { name: 'Presentasi' } as Stage,
        { name: 'Dr. Ratna Wulandari' } as Juror,
        new Set(['presentasi – dr. ratna wulanda…']),
      ),
    ).toBe('Presentasi – Dr. Ratna Wul… (2)');
  });
});
