/**
 * A juror tab whose rows move (an entry inserted in the middle of the Setup,
 * another removed to the archive): every cell the juror typed arrives at its
 * new place as the file stored it: a date with its date format, a formula
 * with its cached result (an error included), a number format of the juror's
 * own, a link, a note (comment); the scores read back the same and Check says
 * what it said.
 */
import { openPackage } from '../../src/cli/xlsxFile';
import { packagePort } from '../../src/cli/xlsxPackagePort';
import { columnLetter, columnNumber } from '../../src/workbook/a1';
import { readWorkbook } from '../../src/workflow/workbook';
import { editSetup } from '../workflow/helpers';
import { editFile, juri, removeTempDirs } from './cliRun';
import { libreOfficeAvailable, resaveWithLibreOffice } from './libreoffice';
import {
  readParts,
  scoredWorkbook,
  setText,
  sheetParts,
  text,
  writeParts,
  type Parts,
} from './packageFixtures';

afterEach(removeTempDirs);
jest.setTimeout(240_000);

/** A number format of the juror's own: one decimal and a word. */
const POINTS = '<numFmt numFmtId="190" formatCode="0.0&quot; poin&quot;"/>';
const NEW_ENTRY = '901';
const NS_R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** Each cell's XML by reference ('D8'): its attributes but r and s, and its content. */
function cellsOf(xml: string): Map<string, { attrs: string; inner: string; style: number }> {
  const out = new Map<string, { attrs: string; inner: string; style: number }>();
  for (const m of xml.matchAll(/<c r="([A-Z]+\d+)"([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
    const style = Number(/\ss="(\d+)"/.exec(m[2])?.[1] ?? 0);
    out.set(m[1], { attrs: m[2].replace(/\s[rs]="[^"]*"/g, ''), inner: m[3] ?? '', style });
  }
  return out;
}

/** Built-in formats a program may also write as a format of the workbook's own (LibreOffice does). */
const BUILT_IN: Record<string, string> = { '0': 'General', '1': '0', '2': '0.00', '49': '@' };

/** The number format of each cell format of the styles part: a built-in id, or a workbook format's code. */
function formatsOf(parts: Parts): string[] {
  const styles = text(parts, 'xl/styles.xml');
  const codes = new Map<string, string>();
  for (const m of styles.matchAll(/<numFmt numFmtId="(\d+)" formatCode="([^"]*)"/g)) codes.set(m[1], m[2]);
  const xfs = /<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles)![1];
  return [...xfs.matchAll(/<xf\b[^>]*>/g)].map((m) => {
    const id = /numFmtId="(\d+)"/.exec(m[0])?.[1] ?? '0';
    return codes.get(id) ?? BUILT_IN[id] ?? `#${id}`;
  });
}

/** The sheet's notes (comments) by cell: their text, runs joined. */
function notesOf(parts: Parts, part: string): Map<string, string> {
  const relsPart = part.replace(/([^/]+)$/, '_rels/$1.rels');
  const rels = parts.has(relsPart) ? text(parts, relsPart) : '';
  const target = [...rels.matchAll(/<Relationship\b[^>]*>/g)]
    .map((m) => m[0])
    .find((r) => /\/comments"/.test(r));
  const out = new Map<string, string>();
  if (!target) return out;
  const file = /Target="([^"]+)"/
    .exec(target)![1]
    .replace(/^\.\.\//, 'xl/')
    .replace(/^\//, '');
  for (const m of text(parts, file).matchAll(/<comment ref="([A-Z]+\d+)"[^>]*>([\s\S]*?)<\/comment>/g))
    out.set(m[1], unescape([...m[2].matchAll(/<t[^>]*>([^<]*)<\/t>/g)].map((t) => t[1]).join('')));
  return out;
}

/** XML's escapes undone: programs choose among them freely. */
function unescape(xml: string): string {
  const named: Record<string, string> = { amp: '&', apos: "'", quot: '"', lt: '<', gt: '>' };
  return xml.replace(/&(amp|apos|quot|lt|gt);/g, (_, name: string) => named[name]);
}

/** The sheet's links by cell: where each points (an address, or a place in the workbook). */
function linksOf(parts: Parts, part: string): Map<string, string> {
  const xml = text(parts, part);
  const relsPart = part.replace(/([^/]+)$/, '_rels/$1.rels');
  const rels = parts.has(relsPart) ? text(parts, relsPart) : '';
  const target = new Map(
    [...rels.matchAll(/<Relationship\b[^>]*>/g)].map((m) => [
      /Id="([^"]+)"/.exec(m[0])![1],
      /Target="([^"]+)"/.exec(m[0])![1],
    ]),
  );
  const out = new Map<string, string>();
  for (const m of xml.matchAll(/<hyperlink\b[^>]*>/g)) {
    const ref = /ref="([^"]+)"/.exec(m[0])![1];
    const id = /r:id="([^"]+)"/.exec(m[0])?.[1];
    const location = /location="([^"]+)"/.exec(m[0])?.[1];
    out.set(ref, unescape(id ? `url:${target.get(id)}` : `location:${location}`));
  }
  return out;
}

/** What the engine reads of a juror tab: each entry's row, the archived entries, the typed cells as values. */
async function tabOf(
  path: string,
  sheet: string,
): Promise<{
  rows: Record<string, number>;
  archived: string[];
  read: Record<string, unknown>;
  notesCol: string;
}> {
  const opened = await openPackage(path);
  if ('error' in opened) throw new Error(opened.error.message.en);
  const wb = readWorkbook(packagePort(opened.pkg, { locale: 'id_ID' }).port);
  const tab = wb.tabs.find((t) => t.sheet === sheet)!;
  const rows: Record<string, number> = {};
  const read: Record<string, unknown> = {};
  for (const r of [...tab.rows, ...tab.archive]) {
    rows[r.entryId] = r.row;
    read[r.entryId] = { scores: r.scores, notes: r.notes };
  }
  return { rows, archived: tab.archive.map((r) => r.entryId), read, notesCol: columnLetter(tab.notesCol) };
}

/** Check's problems at the cells of these entries in the sheet, each with the entry instead of the cell. */
async function checkedAt(path: string, sheet: string, rows: Record<string, number>): Promise<string[]> {
  const checked = await juri(['check', path, '--json']);
  const { problems } = JSON.parse(checked.out) as {
    problems: { sheet?: string; cell?: string; severity: string; message: string }[];
  };
  const entryAt = new Map(Object.entries(rows).map(([id, row]) => [row, id]));
  return problems
    .filter((p) => p.sheet === sheet && p.cell && entryAt.has(Number(/\d+/.exec(p.cell)![0])))
    .map((p) => {
      const row = Number(/\d+/.exec(p.cell!)![0]);
      const col = /[A-Z]+/.exec(p.cell!)![0];
      return `${entryAt.get(row)}:${col}:${p.severity}:${p.message.replace(/[A-Z]+\d+/g, '…')}`;
    })
    .sort();
}

interface Scene {
  path: string;
  sheet: string;
  part: string;
  /** Entry id -> its row in the tab before generate. */
  rowsBefore: Record<string, number>;
  /** The entry whose row goes to the archive. */
  archived: string;
  /** The cells the juror typed in ways the engine does not write: reference before generate. */
  typed: string[];
}

/**
 * The example competition scored; then the Setup changes (an entry inserted
 * in the middle, another removed) and, in the first tab, the juror types the
 * cells as Excel stores them: a date in a score cell, a score with a number
 * format of their own, a formula (whose cached result is an error) in one
 * notes cell and a link in another, a formula score in a row that stays.
 */
async function scene(): Promise<Scene> {
  const path = await scoredWorkbook();
  await editFile(path, (port) =>
    editSetup(port, (c) => {
      const [first] = c.entries;
      c.entries.splice(2, 0, {
        id: NEW_ENTRY,
        title: 'Layanan baru di tengah',
        agency: 'Dinas Baru',
        categoryId: first.categoryId,
        excludedReason: '',
      });
      c.entries.splice(5, 1);
    }),
  );
  const parts = await readParts(path);
  const [sheet, part] = [...sheetParts(parts)].find(([name]) => name.startsWith('Presentasi'))!;
  let xml = text(parts, part);
  const { rows: rowsBefore, notesCol } = await tabOf(path, sheet);
  const ids = Object.keys(rowsBefore).sort((a, b) => rowsBefore[a] - rowsBefore[b]);
  // 6 entries at rows 6 to 11: the third and fourth move down, the fifth goes to the archive, the sixth stays.
  expect(ids).toHaveLength(6);
  const [, , third, fourth, fifth, sixth] = ids;

  const styles = text(parts, 'xl/styles.xml');
  const count = Number(/<cellXfs count="(\d+)"/.exec(styles)![1]);
  setText(
    parts,
    'xl/styles.xml',
    styles
      .replace(/<numFmts count="(\d+)">|(<fonts\b)/, (_, n: string | undefined, fonts: string | undefined) =>
        fonts
          ? `<numFmts count="1">${POINTS}</numFmts>${fonts}`
          : `<numFmts count="${Number(n) + 1}">${POINTS}`,
      )
      .replace(/<cellXfs count="\d+"/, `<cellXfs count="${count + 2}"`)
      .replace(
        '</cellXfs>',
        '<xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>' +
          '<xf numFmtId="190" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>',
      ),
  );
  expect(text(parts, 'xl/styles.xml')).toContain('numFmtId="190" formatCode');
  const [dateStyle, pointStyle] = [count, count + 1];
  const cellAt = (ref: string) => new RegExp(`<c r="${ref}"[^>]*?(?:/>|>[\\s\\S]*?</c>)`);
  const retype = (ref: string, style: number | null, attrs: string, inner: string) => {
    const old = cellAt(ref).exec(xml)?.[0];
    const s = style ?? Number(/\ss="(\d+)"/.exec(old ?? '')?.[1] ?? 0);
    const cell = `<c r="${ref}" s="${s}"${attrs}>${inner}</c>`;
    if (old) xml = xml.replace(old, cell);
    else xml = xml.replace(new RegExp(`(<row r="${/\d+/.exec(ref)![0]}"[^>]*>)`), `$1${cell}`);
  };
  const r3 = rowsBefore[third];
  const r4 = rowsBefore[fourth];
  const r5 = rowsBefore[fifth];
  const r6 = rowsBefore[sixth];
  retype(`D${r3}`, dateStyle, '', '<v>46000</v>');
  retype(`E${r3}`, pointStyle, '', '<v>77.5</v>');
  retype(`${notesCol}${r3}`, null, ' t="e"', '<f>1/0</f><v>#DIV/0!</v>');
  retype(`${notesCol}${r4}`, null, ' t="inlineStr"', '<is><t>Lihat dokumen</t></is>');
  retype(`D${r5}`, dateStyle, '', '<v>46001</v>');
  retype(`${notesCol}${r5}`, null, ' t="str"', '<f>"Catatan "&amp;A1</f><v>Catatan x</v>');
  retype(`D${r6}`, null, '', '<f>40+40</f><v>80</v>');
  retype(`${notesCol}${r6}`, null, ' t="inlineStr"', '<is><t>Ke Setup</t></is>');
  const links =
    `<hyperlinks><hyperlink ref="${notesCol}${r4}" r:id="rIdTyped1" display="Lihat dokumen"/>` +
    `<hyperlink ref="${notesCol}${r6}" location="'Pengaturan'!A1" display="Ke Setup"/></hyperlinks>`;
  expect(xml).not.toContain('<hyperlinks>');
  xml = xml.replace(/(<\/dataValidations>|<\/sheetProtection>|<sheetProtection[^>]*\/>)/, `$1${links}`);
  expect(xml).toContain(links);
  if (!/xmlns:r=/.test(xml)) xml = xml.replace('<worksheet ', `<worksheet xmlns:r="${NS_R}" `);
  setText(parts, part, xml);
  const relsPart = part.replace(/([^/]+)$/, '_rels/$1.rels');
  // Notes the juror left on two cells, as Excel stores them: a comments part of the sheet.
  expect(parts.has('xl/comments99.xml')).toBe(false);
  setText(
    parts,
    'xl/comments99.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<comments xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><authors><author>Juri 1</author></authors><commentList>` +
      `<comment ref="E${r4}" authorId="0"><text><r><t xml:space="preserve">Dinilai ulang: </t></r><r><t>video baru</t></r></text></comment>` +
      `<comment ref="D${r5}" authorId="0"><text><t>Tanggal kunjungan</t></text></comment></commentList></comments>`,
  );
  setText(
    parts,
    '[Content_Types].xml',
    text(parts, '[Content_Types].xml').replace(
      '</Types>',
      '<Override PartName="/xl/comments99.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml"/></Types>',
    ),
  );
  const rel =
    `<Relationship Id="rIdTyped1" Type="${NS_R}/hyperlink" Target="https://example.go.id/dokumen?id=7&amp;v=2" TargetMode="External"/>` +
    `<Relationship Id="rIdTyped2" Type="${NS_R}/comments" Target="../comments99.xml"/>`;
  setText(
    parts,
    relsPart,
    parts.has(relsPart)
      ? text(parts, relsPart).replace('</Relationships>', `${rel}</Relationships>`)
      : `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rel}</Relationships>`,
  );
  await writeParts(path, parts);
  const typed = [`D${r3}`, `E${r3}`, `${notesCol}${r3}`, `${notesCol}${r4}`, `D${r5}`, `${notesCol}${r5}`];
  return {
    path,
    sheet,
    part,
    rowsBefore,
    archived: fifth,
    typed: [...typed, `D${r6}`, `${notesCol}${r6}`, `E${r4}`],
  };
}

/** Generates, then finds every typed cell at its entry's new row, as stored, with its format and link. */
async function generateAndCompare(s: Scene): Promise<void> {
  const before = await readParts(s.path);
  const { rows: rowsBefore, read: readBefore } = await tabOf(s.path, s.sheet);
  expect(rowsBefore).toEqual(s.rowsBefore);
  // The rows of the entries assigned before and after; the new entry is empty, the removed one's row unknown.
  const kept = (rows: Record<string, number>) =>
    Object.fromEntries(Object.entries(rows).filter(([id]) => id !== s.archived));
  const checkedBefore = await checkedAt(s.path, s.sheet, kept(rowsBefore));

  const generated = await juri(['generate', s.path]);
  expect(generated.code).toBe(0);
  const after = await readParts(s.path);
  const { rows: rowsAfter, read: readAfter, archived } = await tabOf(s.path, s.sheet);
  expect(archived).toEqual([s.archived]);
  // The rows did move: the test is about cells that change place.
  const entryOf = new Map(Object.entries(rowsBefore).map(([id, row]) => [row, id]));
  const moved = s.typed.filter((ref) => {
    const id = entryOf.get(Number(/\d+/.exec(ref)![0]))!;
    return rowsAfter[id] !== rowsBefore[id];
  });
  expect(moved.length).toBe(7);

  const cellsBefore = cellsOf(text(before, s.part));
  const cellsAfter = cellsOf(text(after, s.part));
  const formatsBefore = formatsOf(before);
  const formatsAfter = formatsOf(after);
  const linksBefore = linksOf(before, s.part);
  const linksAfter = linksOf(after, s.part);
  for (const ref of s.typed) {
    const col = /[A-Z]+/.exec(ref)![0];
    const id = entryOf.get(Number(/\d+/.exec(ref)![0]))!;
    const to = `${col}${rowsAfter[id]}`;
    const was = cellsBefore.get(ref)!;
    const now = cellsAfter.get(to);
    expect({ ref, to, attrs: now?.attrs, inner: now?.inner }).toEqual({
      ref,
      to,
      attrs: was.attrs,
      inner: was.inner,
    });
    expect({ ref, to, format: formatsAfter[now!.style] }).toEqual({
      ref,
      to,
      format: formatsBefore[was.style],
    });
    expect({ ref, to, link: linksAfter.get(to) }).toEqual({ ref, to, link: linksBefore.get(ref) });
  }
  expect([...linksAfter.values()].sort()).toEqual([...linksBefore.values()].sort());
  // The juror's notes moved with their cells.
  const notesBefore = notesOf(before, s.part);
  expect([...notesBefore.values()].sort()).toEqual(['Dinilai ulang: video baru', 'Tanggal kunjungan']);
  const notesAfter = notesOf(after, s.part);
  const movedNotes = new Map(
    [...notesBefore].map(([ref, note]) => {
      const id = entryOf.get(Number(/\d+/.exec(ref)![0]))!;
      return [`${/[A-Z]+/.exec(ref)![0]}${rowsAfter[id]}`, note];
    }),
  );
  expect(notesAfter).toEqual(movedNotes);

  // The engine reads the same scores and notes for every entry, and Check says the same of them.
  for (const id of Object.keys(readBefore))
    expect({ id, read: readAfter[id] }).toEqual({ id, read: readBefore[id] });
  expect(checkedBefore.length).toBeGreaterThanOrEqual(3);
  expect(await checkedAt(s.path, s.sheet, kept(rowsAfter))).toEqual(expect.arrayContaining(checkedBefore));
  const newOnes = (await checkedAt(s.path, s.sheet, kept(rowsAfter))).filter(
    (p) => !checkedBefore.includes(p),
  );
  expect(newOnes.every((p) => p.startsWith(`${NEW_ENTRY}:`))).toBe(true);
  // Run again, nothing changes.
  const again = await juri(['generate', s.path]);
  expect(again.code).toBe(0);
  expect((await readParts(s.path)).get(s.part)!.equals(after.get(s.part)!)).toBe(true);
}

describe('a juror tab whose rows move', () => {
  it('carries each typed cell whole to its new row or the archive: date, number format, formula, link, note', async () => {
    const s = await scene();
    await generateAndCompare(s);
  });

  it('keeps a carried formula pointing at the cells it pointed at: its own row, another moved row, the Setup', async () => {
    const s = await scene();
    const parts = await readParts(s.path);
    const { notesCol } = await tabOf(s.path, s.sheet);
    const ids = Object.keys(s.rowsBefore).sort((a, b) => s.rowsBefore[a] - s.rowsBefore[b]);
    const [, , third, fourth, fifth] = ids;
    const [r3, r4, r5] = [third, fourth, fifth].map((id) => s.rowsBefore[id]);
    // The reason cell, two columns right of the notes: the juror's own formula over scores of three rows.
    const reasonCol = columnLetter(columnNumber(notesCol) + 2);
    const typed = `D${r4}+$D$${r3}+D${r5}+Pengaturan!D${r4}+D5`;
    const empty = new RegExp(`<c r="${reasonCol}${r4}"( s="\\d+")?/>`);
    const xml = text(parts, s.part);
    expect(xml).toMatch(empty);
    setText(
      parts,
      s.part,
      xml.replace(
        empty,
        (_, style = '') => `<c r="${reasonCol}${r4}"${style} t="str"><f>${typed}</f><v>cached</v></c>`,
      ),
    );
    await writeParts(s.path, parts);

    expect((await juri(['generate', s.path])).code).toBe(0);
    const { rows: after } = await tabOf(s.path, s.sheet);
    const now = cellsOf(text(await readParts(s.path), s.part)).get(`${reasonCol}${after[fourth]}`);
    // Rows 3 and 4 moved down, row 5 went to the archive; the Setup's cell and the header stayed.
    expect([after[third], after[fourth]]).toEqual([r3 + 1, r4 + 1]);
    expect(after[fifth]).toBeGreaterThan(r5 + 1);
    const followed = `D${r4 + 1}+$D$${r3 + 1}+D${after[fifth]}+Pengaturan!D${r4}+D5`;
    expect(now?.inner).toBe(`<f>${followed}</f><v>cached</v>`);
  });

  const available = libreOfficeAvailable('a juror tab saved by LibreOffice, its rows moved');
  (available ? it : it.skip)('does the same in a file LibreOffice saved', async () => {
    const s = await scene();
    await resaveWithLibreOffice(s.path);
    const parts = await readParts(s.path);
    const part = sheetParts(parts).get(s.sheet)!;
    await generateAndCompare({ ...s, part });
  });
});
