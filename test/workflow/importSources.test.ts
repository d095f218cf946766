/**
 * The sheets the sidebar offers to import from, and an import into a Setup
 * fresh from a template (no entries yet: the error importing fixes).
 */
import * as workflow from '../../src/workflow/actions';
import { importEntries, importSources } from '../../src/workflow/importEntries';
import { readWorkbook } from '../../src/workflow/workbook';
import { editSetup, fakeWorkbook } from './helpers';

function withList() {
  const bench = fakeWorkbook();
  workflow.newCompetition(bench.port, { example: false, lang: 'id', preset: 'province' });
  bench.port.insertSheet('Daftar');
  bench.port.writeBlock('Daftar', {
    row: 1,
    col: 1,
    values: [
      ['No', 'Nama inovasi', 'Instansi', 'Kategori', 'Catatan'],
      [1, 'Lapor Cepat', 'Dinas Kominfo', 'kolaborasi', 'x'],
      [2, 'Antar Obat', 'Dinkes', 'transparansi', ''],
      [null, null, null, null, null],
    ],
  });
  return bench;
}

describe('importing into a new competition', () => {
  it('offers every sheet but Juri’s own, with the columns found by their headings', () => {
    const { port } = withList();
    const sources = importSources(port);
    expect(sources).toEqual([
      {
        sheet: 'Daftar',
        headers: ['No', 'Nama inovasi', 'Instansi', 'Kategori', 'Catatan'],
        rows: 2,
        mapping: { title: 2, agency: 3, category: 4 },
      },
    ]);
  });

  it('prefers the columns chosen last, and leaves out a field chosen as none', () => {
    const { port } = withList();
    const [source] = importSources(port, () => ({ title: 2, agency: 0, category: 4, region: 5 }));
    expect(source.mapping).toEqual({ title: 2, category: 4, region: 5 });
  });

  it('imports into a Setup that has no entries yet, and only once', () => {
    const { port } = withList();
    const first = importEntries(port, 'Daftar', { title: 2, agency: 3, category: 4, group: 0, region: 0 });
    expect(first.ok).toBe(true);
    expect(first.added).toBe(2);
    const entries = readWorkbook(port).setup!.competition.entries;
    expect(entries.map((e) => [e.id, e.title, e.categoryId, e.region])).toEqual([
      ['001', 'Lapor Cepat', 'kolaborasi', undefined],
      ['002', 'Antar Obat', 'transparansi', undefined],
    ]);
    expect(importEntries(port, 'Daftar').added).toBe(0);
  });

  it('generates only the first stage’s tabs while its scores decide the later stages', () => {
    const { port } = withList();
    importEntries(port, 'Daftar');
    editSetup(port, (c) => {
      c.secretariatEmails = ['sekretariat@example.go.id'];
      for (let j = 1; j <= 3; j++)
        c.jurors.push({
          id: `j${j}`,
          name: `Juri ${j}`,
          email: `j${j}@example.ac.id`,
          agency: `U${j}`,
          stages: [],
        });
    });
    const generated = workflow.generateTabs(port);
    expect(readWorkbook(port).tabs.map((t) => t.stageId)).toEqual(['proposal', 'proposal', 'proposal']);
    expect(generated.problems.filter((p) => p.code === 'stage-waiting').length).toBeGreaterThan(0);
  });
});
