/**
 * The .xlsx file as a package Juri edits: what Juri does not own comes out of
 * generate, check and rank byte for byte; files written by LibreOffice and in
 * openpyxl's style are read; protection survives a LibreOffice round trip.
 */
import { execFile } from 'node:child_process';
import { copyFile, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { promisify } from 'node:util';
import type ExcelJS from 'exceljs';
import {
  newWorkbook,
  openPackage,
  openWorkbook,
  savePackage,
  saveWorkbookAtomic,
} from '../../src/cli/xlsxFile';
import { validationModel } from '../../src/cli/xlsxInternals';
import { packagePort } from '../../src/cli/xlsxPackagePort';
import { xlsxPort } from '../../src/cli/xlsxPort';
import { readSheet } from '../../src/cli/xlsxRead';
import * as workflow from '../../src/workflow/actions';
import { readWorkbook } from '../../src/workflow/workbook';
import { editFile, juri, removeTempDirs, tempDir } from './cliRun';
import { libreOfficeAvailable, sofficePath } from './libreoffice';
import {
  absoluteTargets,
  addForeignParts,
  FOREIGN,
  readParts,
  scoredWorkbook,
  sheetNames,
  sheetParts,
  text,
  setText,
  writeParts,
  type Parts,
} from './packageFixtures';

afterEach(removeTempDirs);
jest.setTimeout(180_000);

/** Renames a criterion in the Setup's shared strings, so that generate must rewrite the tabs of its stage. */
function renameCriterion(parts: Parts, from: string, to: string): void {
  const sst = text(parts, 'xl/sharedStrings.xml');
  const exact = new RegExp(`(<t(?: [^>]*)?>)${from}</t>`, 'g');
  expect(sst.match(exact)).toHaveLength(1);
  setText(parts, 'xl/sharedStrings.xml', sst.replace(exact, `$1${to}</t>`));
}

/** The sheet the defined name local to each index belongs to, by name. */
function localNames(parts: Parts): Record<string, string> {
  const names = sheetNames(parts);
  const out: Record<string, string> = {};
  for (const m of text(parts, 'xl/workbook.xml').matchAll(
    /<definedName name="([^"]+)" localSheetId="(\d+)"/g,
  ))
    out[m[1]] = names[Number(m[2])];
  return out;
}

async function rankJson(path: string): Promise<unknown> {
  const ran = await juri(['rank', path, '--json']);
  expect(ran.code).toBe(0);
  const json = JSON.parse(ran.out) as { categories: unknown; fingerprint: string };
  return json.categories;
}

describe('a workbook with parts Juri does not own', () => {
  it('keeps a chart, a picture, an extra sheet, notes, threaded comments and defined names byte for byte through generate, check and rank', async () => {
    const path = await scoredWorkbook();
    const parts = await readParts(path);
    addForeignParts(parts);
    // A note of the secretariat on the Setup sheet's drawing: the Setup is read, never written here.
    renameCriterion(parts, 'Video', 'Video profil');
    await writeParts(path, parts);
    const before = await readParts(path);
    const setupPart = sheetParts(before).get('Pengaturan')!;

    const generated = await juri(['generate', path]);
    expect(generated.code).toBe(0);
    expect(generated.out).toMatch(/3 diperbarui|diperbarui/);
    expect((await juri(['check', path])).code).toBe(0);
    expect((await juri(['rank', path])).code).toBe(0);
    // A second ranking replaces the first: the sheets are renamed, added and deleted again.
    expect((await juri(['rank', path])).code).toBe(0);

    const after = await readParts(path);
    for (const part of [...FOREIGN, setupPart, 'xl/sharedStrings.xml', 'docProps/core.xml'])
      expect({ part, same: after.get(part)?.equals(before.get(part)!) }).toEqual({ part, same: true });
    expect(sheetNames(after)).toEqual([...sheetNames(before), 'Peringkat', 'Rekap']);
    expect(sheetParts(after).get('Data')).toBe('xl/custom/Data.xml');
    expect(localNames(after)).toEqual(localNames(before));
    expect(localNames(after)).toEqual({ '_xlnm.Print_Area': 'Data', '_xlnm.Print_Titles': 'Pengaturan' });
    expect(text(after, 'xl/workbook.xml')).toContain('<definedName name="Anggaran">Data!$B$1</definedName>');
    // The rewritten juror tabs show the new criterion name; the ranking is there.
    const tab = sheetParts(after).get(sheetNames(after).find((n) => n.startsWith('Presentasi'))!)!;
    expect(text(after, tab)).toContain('Video profil');
    expect(after.get(tab)!.equals(before.get(tab)!)).toBe(false);
    // Nothing left behind: every part the content types name exists.
    const types = text(after, '[Content_Types].xml');
    for (const m of types.matchAll(/PartName="\/([^"]+)"/g))
      expect({ part: m[1], there: after.has(m[1]) }).toEqual({ part: m[1], there: true });
  });

  it('keeps every cell a juror typed, as the file stores it, when generate rewrites the tab around them after a Setup change', async () => {
    const path = await scoredWorkbook();
    const parts = await readParts(path);
    const tabs = [...sheetParts(parts)].filter(([name]) => name.startsWith('Presentasi'));
    expect(tabs.length).toBeGreaterThan(1);
    // Typed the ways Excel and LibreOffice store them: a formula with its result, a formula shared down a
    // column, a date, a note as an inline string and one with an Office escape; the rest as the fixture typed them.
    const [, first] = tabs[0];
    let xml = text(parts, first);
    const cellAt = (ref: string) => new RegExp(`<c r="${ref}"[^>]*?(?:/>|>[\\s\\S]*?</c>)`);
    const style = (ref: string) => /\ss="(\d+)"/.exec(cellAt(ref).exec(xml)![0])?.[1] ?? '0';
    const retype = (ref: string, attrs: string, inner: string) => {
      expect(xml).toMatch(cellAt(ref));
      xml = xml.replace(cellAt(ref), `<c r="${ref}" s="${style(ref)}"${attrs}>${inner}</c>`);
    };
    const styles = text(parts, 'xl/styles.xml');
    const dateStyle = Number(/<cellXfs count="(\d+)"/.exec(styles)![1]);
    setText(
      parts,
      'xl/styles.xml',
      styles
        .replace(/<cellXfs count="\d+"/, `<cellXfs count="${dateStyle + 1}"`)
        .replace(
          '</cellXfs>',
          '<xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>',
        ),
    );
    retype('D6', '', '<f>40+40</f><v>80</v>');
    retype('D7', '', '<f t="shared" ref="D7:D8" si="7">35*2</f><v>70</v>');
    retype('D8', '', '<f t="shared" si="7"/><v>70</v>');
    xml = xml.replace(cellAt('E6'), (c) => c.replace(/\ss="\d+"/, ` s="${dateStyle}"`));
    retype('H6', ' t="inlineStr"', '<is><t xml:space="preserve">Baik_x000D_\nsekali</t></is>');
    setText(parts, first, xml);
    renameCriterion(parts, 'Video', 'Video profil');
    await writeParts(path, parts);
    const before = await readParts(path);
    const errorCells = async () => {
      const checked = await juri(['check', path, '--json']);
      expect(checked.code).toBe(1);
      const { problems } = JSON.parse(checked.out) as { problems: { cell?: string; severity: string }[] };
      return problems.filter((p) => p.severity === 'error').map((p) => p.cell);
    };
    const checkedBefore = await errorCells();

    const generated = await juri(['generate', path]);
    expect(generated.code).toBe(0);
    expect(generated.out).toMatch(/diperbarui/);

    const after = await readParts(path);
    const typedCells = (p: Parts, part: string) => {
      const out: Record<string, string> = {};
      for (const m of text(p, part).matchAll(/<c r="([A-Z]+)(\d+)"([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
        if (Number(m[2]) < 6 || m[1] < 'D' || m[1].length > 1) continue;
        out[`${m[1]}${m[2]}`] = `${m[3].replace(/\ss="\d+"/, '')}|${m[4] ?? ''}`;
      }
      return out;
    };
    for (const [name, part] of tabs) {
      const was = typedCells(before, part);
      const now = typedCells(after, part);
      // The tab was rewritten (the new criterion name), and every score and note is what the juror left.
      expect(text(after, part)).toContain('Video profil');
      // A shared formula is written out whole in each cell, so the cell stands without its master.
      const whole = (cell: string | undefined) =>
        cell?.replace(/<f t="shared"[^>]*?(?:\/>|>[^<]*<\/f>)/, '<f>35*2</f>');
      for (const ref of Object.keys(was))
        if (!/<f>IF\(/.test(was[ref]))
          expect({ name, ref, cell: now[ref] }).toEqual({ name, ref, cell: whole(was[ref]) });
    }
    const shown = typedCells(after, first);
    expect(shown).toMatchObject({
      D6: '|<f>40+40</f><v>80</v>',
      D7: '|<f>35*2</f><v>70</v>',
      D8: '|<f>35*2</f><v>70</v>',
      E6: '|<v>86</v>',
      H6: ' t="inlineStr"|<is><t xml:space="preserve">Baik_x000D_\nsekali</t></is>',
    });
    // The date keeps its date format: the juror's cell shows what they typed.
    const e6 = /<c r="E6" s="(\d+)"/.exec(text(after, first))![1];
    const xf = [...text(after, 'xl/styles.xml').matchAll(/<xf [^>]*?\/?>/g)].filter((m) =>
      /<cellXfs/.test(text(after, 'xl/styles.xml').slice(0, m.index)),
    )[Number(e6)];
    expect(xf?.[0]).toMatch(/numFmtId="14"/);
    // Check sees what it saw before: the juror's own formulas and the date where they typed them (a score
    // must be a number), and nothing else.
    expect(await errorCells()).toEqual(checkedBefore);
    expect(checkedBefore).toEqual(['D6', 'E6', 'D7', 'D8']);
  });

  it('import writes the new entry rows into the Setup and changes no other cell or part', async () => {
    const path = await scoredWorkbook();
    const parts = await readParts(path);
    addForeignParts(parts);
    await writeParts(path, parts);
    const before = await readParts(path);
    const setupPart = sheetParts(before).get('Pengaturan')!;
    const list = join(tempDir(), 'pendaftaran.csv');
    await writeFile(
      list,
      'Judul Inovasi;Nama Instansi;Kategori\nLayanan <Jemput> & Antar;Disdukcapil;Kolaborasi\n',
    );

    const imported = await juri(['import', path, list]);
    expect(imported.code).toBe(0);
    const after = await readParts(path);
    // Every part but the Setup's worksheet keeps its bytes: no format merged, no sheet rewritten.
    for (const part of new Set([...before.keys(), ...after.keys()]))
      if (part !== setupPart && part !== 'xl/workbook.xml')
        expect({ part, same: after.get(part)?.equals(before.get(part)!) }).toEqual({ part, same: true });
    // The workbook part only asks for a recalculation on opening (the Setup's counts changed).
    const calc = (p: Parts) => text(p, 'xl/workbook.xml').replace(/<calcPr\b[^>]*\/>/, '');
    expect(calc(after)).toBe(calc(before));
    expect(text(after, 'xl/workbook.xml')).toMatch(/<calcPr\b[^>]*fullCalcOnLoad="1"/);
    // In the Setup, only the new entry's row changed, and every other row keeps its XML.
    const rows = (p: Parts) =>
      new Map([...text(p, setupPart).matchAll(/<row r="(\d+)"[\s\S]*?<\/row>/g)].map((m) => [m[1], m[0]]));
    const was = rows(before);
    const now = rows(after);
    const changed = [...now.keys()].filter((r) => now.get(r) !== was.get(r));
    expect(changed).toHaveLength(1);
    expect(now.get(changed[0])).toContain('Layanan &lt;Jemput&gt; &amp; Antar');
    const outside = (p: Parts) =>
      text(p, setupPart)
        .replace(/<sheetData>[\s\S]*<\/sheetData>/, '')
        .replace(/<dimension[^>]*>/, '');
    expect(outside(after)).toBe(outside(before));
    await editFile(path, (port) => {
      const entries = readWorkbook(port).setup!.competition.entries;
      expect(entries.at(-1)).toMatchObject({
        id: '007',
        title: 'Layanan <Jemput> & Antar',
        categoryId: 'kolaborasi',
      });
    });
    // The entry is a row like the others: generate gives it to the jurors of its category.
    expect((await juri(['generate', path])).code).toBe(0);
    expect((await juri(['check', path, '--json'])).out).toContain('Layanan <Jemput> & Antar');
  });

  it('minutes adds the official documents, laid out for paper, and keeps every other part byte for byte', async () => {
    const path = await scoredWorkbook();
    const parts = await readParts(path);
    addForeignParts(parts);
    await writeParts(path, parts);
    expect((await juri(['rank', path])).code).toBe(0);
    const before = await readParts(path);

    const made = await juri(['minutes', path]);
    expect(made.code).toBe(0);
    expect(made.out).toContain('9 dokumen resmi dibuat');
    const after = await readParts(path);
    for (const part of [...FOREIGN, 'xl/sharedStrings.xml', 'docProps/core.xml'])
      expect({ part, same: after.get(part)?.equals(before.get(part)!) }).toEqual({ part, same: true });
    // Every sheet that was there keeps its bytes; the documents come after them.
    for (const [name, part] of sheetParts(before))
      expect({ name, same: after.get(part)?.equals(before.get(part)!) }).toEqual({ name, same: true });
    const names = sheetNames(after);
    expect(names.slice(0, sheetNames(before).length)).toEqual(sheetNames(before));
    expect(names).toContain('BA Hasil Akhir');
    // Names local to a sheet stay with it; each document prints its own area, the recaps repeat their titles.
    const local = [
      ...text(after, 'xl/workbook.xml').matchAll(
        /<definedName name="([^"]+)" localSheetId="(\d+)">([^<]*)</g,
      ),
    ].map((m) => [m[1], names[Number(m[2])], m[3].replace(/&apos;/g, "'")]);
    expect(local).toContainEqual(['_xlnm.Print_Area', 'Data', 'Data!$A$1:$B$2']);
    expect(local).toContainEqual(['_xlnm.Print_Titles', 'Pengaturan', 'Pengaturan!$1:$1']);
    for (const [, sheet, ref] of local)
      if (sheet !== 'Data' && sheet !== 'Pengaturan') expect(ref.startsWith(`'${sheet}'!`)).toBe(true);
    expect(local.filter(([name]) => name === '_xlnm.Print_Area')).toHaveLength(10);
    const ba = text(after, sheetParts(after).get('BA Hasil Akhir')!);
    expect(ba).toMatch(/<pageSetup paperSize="14" orientation="portrait" fitToWidth="1" fitToHeight="0"\/>/);
    expect(ba).toContain('<pageSetUpPr fitToPage="1"/>');
    expect(ba).toMatch(/<mergeCells count="\d+">/);

    // Again: the documents are replaced, not added twice, and their print names with them.
    expect((await juri(['minutes', path])).code).toBe(0);
    const again = await readParts(path);
    expect(sheetNames(again)).toEqual(names);
    expect(text(again, 'xl/workbook.xml').match(/_xlnm.Print_Area/g)).toHaveLength(10);
    for (const part of FOREIGN) expect(again.get(part)!.equals(before.get(part)!)).toBe(true);
    if (!libreOfficeAvailable('the documents read back by LibreOffice')) return;
    const { convertToCsv } = await import('./libreoffice');
    expect(await convertToCsv(path, 'BA Hasil Akhir')).toContain('BERITA ACARA');
  });

  it('is still a workbook LibreOffice opens, with the extra sheet and its formula', async () => {
    if (!libreOfficeAvailable('the package read back by LibreOffice')) return;
    const path = await scoredWorkbook();
    const parts = await readParts(path);
    addForeignParts(parts);
    await writeParts(path, parts);
    expect((await juri(['rank', path])).code).toBe(0);
    const { convertToCsv } = await import('./libreoffice');
    expect(await convertToCsv(path, 'Data')).toMatch(/Anggaran,120\s+Realisasi,96/);
    expect(await convertToCsv(path, 'Peringkat')).toMatch(/^Peringkat/);
  });
});

const run = promisify(execFile);

/** The file as LibreOffice saves it again (as .xlsx, or through .ods and back). */
async function throughLibreOffice(path: string, via: 'xlsx' | 'ods'): Promise<string> {
  const profile = await mkdtemp(join(tmpdir(), 'lo-profile-'));
  const out = await mkdtemp(join(tmpdir(), 'lo-out-'));
  try {
    const convert = async (file: string, to: string) => {
      await run(
        sofficePath()!,
        [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', to, '--outdir', out, file],
        { timeout: 120_000 },
      );
      return join(out, basename(file).replace(/\.\w+$/, `.${to.split(':')[0]}`));
    };
    let file = path;
    if (via === 'ods') {
      file = await convert(file, 'ods');
      await rm(path);
    }
    file = await convert(file, 'xlsx:Calc MS Excel 2007 XML');
    const target = join(tempDir(), `lo-${via}.xlsx`);
    await copyFile(file, target);
    return target;
  } finally {
    await rm(profile, { recursive: true, force: true });
    await rm(out, { recursive: true, force: true });
  }
}

/** Whether a cell's format locks it, read from the sheet and the styles as Excel would. */
function locked(parts: Parts, sheetPart: string, cell: string): boolean {
  const sheet = text(parts, sheetPart);
  const c = new RegExp(`<c r="${cell}"[^>]*>`).exec(sheet)?.[0] ?? '';
  const s = Number(/\ss="(\d+)"/.exec(c)?.[1] ?? 0);
  const xfs = /<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(text(parts, 'xl/styles.xml'))![1];
  const xf = xfs.match(/<xf\b[^>]*?(?:\/>|>[\s\S]*?<\/xf>)/g)![s];
  const flag = /<protection[^>]*locked="(\w+)"/.exec(xf)?.[1];
  return !(flag === '0' || flag === 'false');
}

function protectedSheet(parts: Parts, sheetPart: string): boolean {
  return /<sheetProtection[^>]*\ssheet="(1|true)"/.test(text(parts, sheetPart));
}

describe('workbooks saved by other programs', () => {
  it('LibreOffice: protection and unlocked score cells survive its round trip, then rank and generate', async () => {
    if (!libreOfficeAvailable('a workbook saved again by LibreOffice')) return;
    const original = await scoredWorkbook();
    const expected = await rankJson(original);
    const path = await throughLibreOffice(original, 'xlsx');
    const saved = await readParts(path);
    // LibreOffice's dialect: booleans written as words.
    expect(text(saved, 'xl/styles.xml')).toMatch(/locked="false"/);
    const tabs = [...sheetParts(saved)].filter(([name]) => / – /.test(name));
    expect(tabs.length).toBeGreaterThan(0);
    for (const [, part] of tabs) {
      expect(protectedSheet(saved, part)).toBe(true);
      expect(locked(saved, part, 'D6')).toBe(false);
      expect(locked(saved, part, 'A6')).toBe(true);
    }

    expect(await rankJson(path)).toEqual(expected);
    expect((await juri(['generate', path])).code).toBe(0);
    // A rewritten tab is protected by Juri again.
    const parts = await readParts(path);
    renameCriterion(parts, 'Video', 'Video profil');
    await writeParts(path, parts);
    expect((await juri(['generate', path])).code).toBe(0);
    const after = await readParts(path);
    for (const [name] of tabs) {
      const part = sheetParts(after).get(name)!;
      if (name.startsWith('Presentasi')) expect(text(after, part)).toContain('Video profil (10 %)');
      expect({
        name,
        protected: protectedSheet(after, part),
        scoreLocked: locked(after, part, 'D6'),
        idLocked: locked(after, part, 'A6'),
      }).toEqual({
        name,
        protected: true,
        scoreLocked: false,
        idLocked: true,
      });
    }
    expect(await rankJson(path)).toEqual(expected);
  });

  it('LibreOffice: an .ods converted to .xlsx is read the same', async () => {
    if (!libreOfficeAvailable('an .ods converted to .xlsx')) return;
    const original = await scoredWorkbook();
    const expected = await rankJson(original);
    const path = await throughLibreOffice(original, 'ods');
    expect(await rankJson(path)).toEqual(expected);
  });

  it('openpyxl: relationships with absolute part names (the Setup notes included) are read and kept', async () => {
    const path = await scoredWorkbook();
    const expected = await rankJson(path);
    const fresh = await scoredWorkbook('openpyxl.xlsx');
    const parts = await readParts(fresh);
    absoluteTargets(parts);
    const setupRels = [...parts.keys()].find(
      (n) => n.includes('_rels/') && n.endsWith('.rels') && text(parts, n).includes('/comments'),
    );
    expect(setupRels).toBeDefined();
    expect(text(parts, setupRels!)).toMatch(/Target="\/xl\//);
    await writeParts(fresh, parts);
    expect((await juri(['check', fresh])).code).toBe(0);
    expect(await rankJson(fresh)).toEqual(expected);
    const after = await readParts(fresh);
    expect(after.get(setupRels!)!.equals(parts.get(setupRels!)!)).toBe(true);
  });
});

describe('the sheets Juri writes into a package', () => {
  it('carry values, formulas, notes, validations, protection and look as the exceljs port writes them', async () => {
    // The same Setup, written once through exceljs and once into a package, then both read by exceljs.
    const viaExceljs = join(tempDir(), 'exceljs.xlsx');
    const made = newWorkbook();
    workflow.newCompetition(xlsxPort(made, { locale: 'id_ID' }), { example: true, lang: 'id' });
    expect(await saveWorkbookAtomic(made, viaExceljs)).toBeNull();

    const viaPackage = await scoredWorkbook('paket.xlsx');
    const parts = await readParts(viaPackage);
    await writeParts(viaPackage, parts);
    const opened = await openPackage(viaPackage);
    if ('error' in opened) throw new Error(opened.error.message.en);
    const edit = packagePort(opened.pkg, { locale: 'id_ID' });
    edit.port.renameSheet('Pengaturan', 'Pengaturan lama');
    workflow.newCompetition(edit.port, { example: true, lang: 'id' });
    expect(await savePackage(edit, viaPackage)).toBeNull();

    const a = await openWorkbook(viaExceljs);
    const b = await openWorkbook(viaPackage);
    if ('error' in a || 'error' in b) throw new Error('not opened');
    const sa = a.workbook.getWorksheet('Pengaturan')!;
    const sb = b.workbook.getWorksheet('Pengaturan')!;
    expect(readSheet(sb).values).toEqual(readSheet(sa).values);
    // Every cell that shows something beyond a plain empty cell.
    const cells = (sheet: ExcelJS.Worksheet) => {
      const out: Record<string, unknown> = {};
      sheet.eachRow({ includeEmpty: true }, (row) =>
        row.eachCell({ includeEmpty: true }, (cell) => {
          const note = cell.note;
          const shown = {
            note: typeof note === 'string' ? note : (note?.texts ?? []).map((t) => t.text).join(''),
            bold: cell.font?.bold === true,
            fill: cell.fill && 'fgColor' in cell.fill ? cell.fill.fgColor?.argb : undefined,
            numFmt: cell.numFmt || undefined,
            locked: cell.protection?.locked !== false,
          };
          if (shown.note || shown.bold || shown.fill || shown.numFmt || !shown.locked)
            out[cell.address] = shown;
        }),
      );
      return out;
    };
    expect(cells(sb)).toEqual(cells(sa));
    const rules = (sheet: ExcelJS.Worksheet) => validationModel(sheet);
    expect(rules(sb)).toEqual(rules(sa));
    const pane = (sheet: ExcelJS.Worksheet) => {
      const view = sheet.views[0] as Partial<ExcelJS.WorksheetViewFrozen>;
      return { state: view.state, xSplit: view.xSplit, ySplit: view.ySplit };
    };
    expect(pane(sb)).toEqual(pane(sa));
    expect(sb.columns.map((c) => c.width)).toEqual(sa.columns.map((c) => c.width));
  });
});
