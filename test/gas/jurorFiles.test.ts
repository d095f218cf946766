/**
 * One spreadsheet per juror (issue 14), end to end on the built bundle over
 * the fake: Generate creates and shares one file per juror, jurors type in
 * their own file only, Check and Compute ranking read the files back, and
 * the ranking is the tabs flow's on the same scores, before and after a
 * Setup change. The fake's files keep their creator and permissions as
 * Drive does: a juror cannot open another juror's file, and a second
 * secretariat account cannot read the files back (drive.file).
 */
import { demoTyping } from '../../src/cli/demo';
import type { Competition } from '../../src/core/model';
import { jurorFilesMessages } from '../../src/i18n/jurorFiles';
import { a1 } from '../../src/workbook/a1';
import { identifyTab, isTicked, parseJurorTab } from '../../src/workbook/jurorTab';
import type { CellValue, SpreadsheetPort } from '../../src/workbook/port';
import { RANKING_NAMES } from '../../src/workbook/rankingSheet';
import { writeSheet } from '../../src/workbook/render';
import { renderSetup } from '../../src/workbook/setupSheet';
import type { ActionReply } from '../../src/workflow/summary';
import { readWorkbook } from '../../src/workflow/workbook';
import type { FileSheet, PublishedFile } from '../fakes/advanced';
import { scoreEverything } from '../workflow/helpers';
import { loadBundle, portOf, type Loaded } from './bundle';

const SECOND = 'sekretariat2@situbondokab.go.id';
/** The account that runs every action unless a test says otherwise: the spreadsheet's owner. */
let SECRETARIAT = '';

function setUp(files: boolean): { b: Loaded; port: SpreadsheetPort } {
  const b = loadBundle({ collaborators: [SECOND] });
  SECRETARIAT = b.fake.currentUser();
  const port = portOf(b.fake);
  expect(b.call<ActionReply>('newCompetition', true, 'id').ok).toBe(true);
  editSetup(port, (c) => {
    c.secretariatEmails = [SECRETARIAT, SECOND];
    if (files) c.scoringPlace = 'files';
  });
  return { b, port };
}

function editSetup(port: SpreadsheetPort, change: (c: Competition) => void): Competition {
  const wb = readWorkbook(port);
  const c = structuredClone(wb.setup!.competition);
  change(c);
  writeSheet(port, { ...renderSetup(c, c.lang), name: wb.setupName! }, { create: false });
  return c;
}

function snapshotOf(s: FileSheet) {
  const width = Math.max(0, ...s.values.map((r) => r.length), ...s.formulas.map((r) => r.length));
  const values: CellValue[][] = s.values.map((r) =>
    Array.from({ length: width }, (_, c) => (r[c] ?? null) as CellValue),
  );
  const formulas = s.formulas.map((r) => Array.from({ length: width }, (_, c) => r[c] ?? ''));
  while (formulas.length < values.length) formulas.push([]);
  return { name: s.title, values, formulas };
}

/** Each juror opens their own file in the browser and types the demo's scores where a cell is empty. */
function jurorsType(b: Loaded, c: Competition): void {
  for (const f of b.advanced.files.values()) {
    const juror = c.jurors.find((j) => f.permissions.some((p) => p.emailAddress === j.email));
    if (!juror) continue;
    for (const s of f.sheets) {
      const snap = snapshotOf(s);
      const id = identifyTab(snap);
      if (!id) continue;
      const tab = parseJurorTab(snap, id);
      // The pakta integritas first, with its date, as every juror signs it.
      if (!isTicked(tab.controls.pakta)) {
        b.advanced.typeAs(juror.email, f.id, s.title, 'D3', 'TRUE');
        b.advanced.typeAs(juror.email, f.id, s.title, 'F3', '2026-11-29');
      }
      const typing = demoTyping(
        c,
        id.stageId,
        id.jurorId,
        tab.rows.map((r) => r.entryId),
      );
      for (const r of tab.rows)
        for (const cid of tab.criterionIds) {
          if (r.scores[cid] !== null) continue;
          const v = typing[r.entryId]?.[cid];
          if (typeof v === 'number')
            b.advanced.typeAs(juror.email, f.id, s.title, a1(r.row, tab.colOf[cid]), v);
        }
    }
  }
}

function rankingValues(port: SpreadsheetPort): CellValue[][] {
  const name = port.sheetNames().find((n) => RANKING_NAMES.includes(n))!;
  // The first rows carry the time of the computation.
  return port.read(name)!.values.slice(3);
}

function jurorFiles(b: Loaded): PublishedFile[] {
  return [...b.advanced.files.values()];
}

describe('one spreadsheet per juror', () => {
  it('creates, shares, reads back and ranks as the tabs flow does, before and after a Setup change', () => {
    const { b, port } = setUp(true);
    const c = readWorkbook(port).setup!.competition;
    expect(c.scoringPlace).toBe('files');

    const generated = b.call<ActionReply>('generateTabs', 'id');
    expect(generated.ok).toBe(true);
    // No juror tab in the master: the list of juror files instead, with every link.
    const master = readWorkbook(port);
    expect(master.tabs).toEqual([]);
    expect(port.sheetNames()).toContain(jurorFilesMessages.id.sheet);
    const files = jurorFiles(b);
    expect(files).toHaveLength(c.jurors.length);
    const list = port.read(jurorFilesMessages.id.sheet)!.values;
    for (const f of files) expect(list.some((r) => r.includes(f.url))).toBe(true);
    expect(list[1][0]).toContain(SECRETARIAT);

    for (const juror of c.jurors) {
      const own = files.filter((f) => f.permissions.some((p) => p.emailAddress === juror.email));
      expect(own).toHaveLength(1);
      const [file] = own;
      // Shared with that juror alone, as a writer, with a message in the competition's language.
      expect(file.permissions.map((p) => [p.type, p.role, p.emailAddress])).toEqual([
        ['user', 'writer', juror.email],
      ]);
      expect(file.permissions[0].emailMessage).toContain(juror.name);
      expect(file.creator).toBe(SECRETARIAT);
      expect(
        file.sheets.map((s) => snapshotOf(s)).filter((s) => identifyTab(s)?.jurorId === juror.id),
      ).toHaveLength(c.stages.length);
      for (const other of files.filter((f) => f !== file)) {
        expect(() => b.advanced.openAs(juror.email, other.id)).toThrow(/access/);
      }
      expect(b.advanced.openAs(juror.email, file.id)).toBe(file);
      // A juror types into their score cells only: the rest of the tab is protected, the scale enforced.
      const tabSheet = file.sheets[0];
      expect(() => b.advanced.typeAs(juror.email, file.id, tabSheet.title, 'B6', 'judul lain')).toThrow(
        /protected/,
      );
      expect(() => b.advanced.typeAs(juror.email, file.id, tabSheet.title, 'D6', 850)).toThrow(/violates/);
    }

    // Before the jurors type: check says what is missing, at each juror's file.
    const early = b.call<ActionReply>('checkScores', 'id');
    expect(early.ok).toBe(false);

    jurorsType(b, c);
    const checked = b.call<ActionReply>('checkScores', 'id');
    // Every score is in; the one warning is the optional category the example does not run.
    expect(checked.message).toBe(
      'Ditemukan 0 kesalahan dan 1 peringatan; 36 dari 36 baris sudah dinilai lengkap.',
    );
    expect(checked.ok).toBe(true);
    const ranked = b.call<ActionReply>('computeRanking', false, 'id');
    expect(ranked.ok).toBe(true);

    // The same competition run in tabs, with the same scores.
    const tabs = setUp(false);
    expect(tabs.b.call<ActionReply>('generateTabs', 'id').ok).toBe(true);
    scoreEverything(tabs.port);
    expect(tabs.b.call<ActionReply>('computeRanking', false, 'id').ok).toBe(true);
    expect(rankingValues(port)).toEqual(rankingValues(tabs.port));

    // A Setup change: a new entry. Generating again updates each file and keeps every typed score.
    const typedBefore = files.map((f) => JSON.stringify(f.sheets.map((s) => s.values)));
    const add = (x: Competition) => {
      x.entries.push({ ...x.entries[0], id: '007', title: 'Inovasi baru', agency: 'Dinas Baru' });
    };
    const c2 = editSetup(port, add);
    editSetup(tabs.port, add);
    const again = b.call<ActionReply>('generateTabs', 'id');
    expect(again.ok).toBe(true);
    expect(jurorFiles(b)).toHaveLength(c.jurors.length);
    files.forEach((f, i) => {
      const before = JSON.parse(typedBefore[i]) as unknown[][][];
      f.sheets.forEach((s, k) => {
        before[k].forEach((row, r) =>
          row.forEach((v, col) => {
            if (typeof v === 'number') expect(s.values[r][col]).toBe(v);
          }),
        );
      });
    });
    expect(tabs.b.call<ActionReply>('generateTabs', 'id').ok).toBe(true);
    jurorsType(b, c2);
    scoreEverything(tabs.port);
    expect(b.call<ActionReply>('computeRanking', false, 'id').ok).toBe(true);
    expect(tabs.b.call<ActionReply>('computeRanking', false, 'id').ok).toBe(true);
    expect(rankingValues(port)).toEqual(rankingValues(tabs.port));
    expect(JSON.stringify(rankingValues(port))).toContain('Inovasi baru');
  });

  it('refuses a second secretariat account with the drive.file limit, before anything is written', () => {
    const { b, port } = setUp(true);
    expect(b.call<ActionReply>('generateTabs', 'id').ok).toBe(true);
    const before = JSON.stringify(port.sheetNames().map((n) => port.read(n)!.values));
    for (const [fn, args] of [
      ['generateTabs', ['en']],
      ['checkScores', ['en']],
      ['computeRanking', [true, 'en']],
    ] as const) {
      const reply = b.fake.asUser(SECOND, () => b.call<ActionReply>(fn, ...args));
      expect(reply.ok).toBe(false);
      expect(reply.message).toContain(`created by ${SECRETARIAT}`);
      expect(reply.message).toContain('drive.file');
      expect(reply.message).toContain(SECOND);
    }
    // The sidebar, opened by that account, says it too.
    const summary = b.fake.asUser(SECOND, () => b.call<unknown>('getSummary', 'en'));
    expect(JSON.stringify(summary)).toContain(`created by ${SECRETARIAT}`);
    expect(JSON.stringify(port.sheetNames().map((n) => port.read(n)!.values))).toBe(before);
    expect(jurorFiles(b)).toHaveLength(3);
  });

  it('reports a juror file deleted, unshared or edited outside its score cells, at the juror', () => {
    const { b, port } = setUp(true);
    expect(b.call<ActionReply>('generateTabs', 'en').ok).toBe(true);
    const c = readWorkbook(port).setup!.competition;
    jurorsType(b, c);
    const [gone, unshared, edited] = jurorFiles(b);
    // The secretariat may type anywhere in a file it made: a title changed by hand is outside the score cells.
    const typedBy = jurorFiles(b)[1];
    b.advanced.typeAs(SECRETARIAT, typedBy.id, typedBy.sheets[1].title, 'B6', 'Judul diubah');
    expect(b.call<ActionReply>('checkScores', 'en').summary.check.problems.map((p) => p.code)).toContain(
      'juror-file-edited',
    );
    gone.trashed = true;
    unshared.permissions = [];
    edited.sheets[0].title = 'Renamed by hand';
    const reply = b.call<ActionReply>('checkScores', 'en');
    expect(reply.ok).toBe(false);
    const problems = JSON.stringify(reply.summary);
    const who = (f: PublishedFile) => c.jurors.find((j) => f.title.endsWith(j.name))!.name;
    expect(problems).toContain(`${who(gone)}'s juror file (${gone.url}) cannot be opened`);
    expect(problems).toContain(`${who(unshared)}'s juror file (${unshared.url}) is no longer shared`);
    expect(problems).toContain(
      `${who(edited)}'s juror file (${edited.url}) was edited outside its score cells`,
    );
    // Generating again shares the file again; nothing typed is lost.
    expect(b.call<ActionReply>('generateTabs', 'en').message).toBeTruthy();
    expect(unshared.permissions.map((p) => p.role)).toEqual(['writer']);
    // A juror's email changed in the Setup: the file is shared with the new one, and only with it.
    const juror = c.jurors.find((j) => unshared.title.endsWith(j.name))!;
    editSetup(port, (x) => {
      x.jurors.find((j) => j.id === juror.id)!.email = 'baru@example.org';
    });
    b.call<ActionReply>('generateTabs', 'en');
    expect(unshared.permissions.map((p) => p.emailAddress)).toEqual(['baru@example.org']);
    expect(() => b.advanced.openAs(juror.email, unshared.id)).toThrow(/access/);
  });
});
