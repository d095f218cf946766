import { regencyExample } from '../../src/core/example';
import { fingerprint } from '../../src/core/fingerprint';
import type { CellValue, SheetSnapshot } from '../../src/workbook/port';
import type { RenderedSheet } from '../../src/workbook/render';
import { parseSetup, renderSetup } from '../../src/workbook/setupSheet';

/*
 * The regency example as rendered: the jurors at rows 46-48 (role in F, NIP/NIDN in G), the documents
 * section at A78 with B79 numbers, B80 place, B81 date, B82 letterhead, B83-B85 "Mengetahui", B86 paper,
 * B87 plenary margin.
 */
function snapshot(sheet: RenderedSheet): SheetSnapshot {
  const values = sheet.block.values.map((row) => [...row]);
  return { name: sheet.name, values, formulas: values.map((row) => row.map(() => '')) };
}

function set(s: SheetSnapshot, a1: string, value: CellValue): void {
  const m = /^([A-Z])(\d+)$/.exec(a1)!;
  s.values[Number(m[2]) - 1][m[1].charCodeAt(0) - 65] = value;
}

const codes = (s: SheetSnapshot) => parseSetup(s).problems.map((p) => `${p.code}@${p.cell}`);

describe('the Setup of the official documents', () => {
  it.each(['id', 'en'] as const)('reads back every field of the %s sheet', (lang) => {
    const read = parseSetup(snapshot(renderSetup(regencyExample(), lang)));
    expect(read.problems).toEqual([]);
    expect(read.competition.documents).toEqual(regencyExample().documents);
    expect(read.competition.jurors.map((j) => [j.role, j.nip])).toEqual([
      ['chair', '0012047801'],
      ['member', '197803122005011003'],
      ['secretary', '198205142009022001'],
    ]);
  });

  it('reads a letterhead typed on several lines, numbers on several lines, and a date as Indonesians type it', () => {
    const s = snapshot(renderSetup(regencyExample(), 'id'));
    set(s, 'B82', 'PEMERINTAH PROVINSI JAWA TIMUR\nBIRO ORGANISASI');
    set(s, 'B79', '001/BA/2026\n002/BA/2026');
    set(s, 'B81', '29/11/2026');
    const read = parseSetup(s);
    expect(read.problems).toEqual([]);
    expect(read.competition.documents).toMatchObject({
      letterhead: ['PEMERINTAH PROVINSI JAWA TIMUR', 'BIRO ORGANISASI'],
      numbers: ['001/BA/2026', '002/BA/2026'],
      date: '29/11/2026',
    });
  });

  it('says at its cell when the date is no date, in both languages', () => {
    const s = snapshot(renderSetup(regencyExample(), 'id'));
    set(s, 'B81', '31/11/2026');
    const [p] = parseSetup(s).problems;
    expect(`${p.code}@${p.cell}`).toBe('doc-date@B81');
    expect(p.severity).toBe('warning');
    expect(p.message.id).toBe(
      'Pengaturan!B81: Tanggal penilaian "31/11/2026" tidak dapat dibaca sebagai tanggal. Tulis misalnya 29/11/2026 atau 2026-11-29, atau kosongkan untuk memakai tanggal hari ini.',
    );
    expect(p.message.en).toMatch(/^Pengaturan!B81: The date of the assessment "31\/11\/2026" cannot be read/);
  });

  it('reports a NIP of the wrong length, a second Ketua, an unknown role, paper and margin at their cells', () => {
    const s = snapshot(renderSetup(regencyExample(), 'id'));
    set(s, 'G46', '12345');
    set(s, 'F47', 'ketua');
    set(s, 'F48', 'Bendahara');
    set(s, 'B85', '1968 0517 1994 03 1 007');
    set(s, 'B86', 'Letter');
    set(s, 'B87', 'dua');
    expect(codes(s).sort()).toEqual(
      [
        'juror-nip@G46',
        'juror-second-chair@F47',
        'setup-unknown-value@F48',
        'setup-unknown-value@B86',
        'setup-not-a-number@B87',
      ].sort(),
    );
    const second = parseSetup(s).problems.find((p) => p.code === 'juror-second-chair')!;
    expect(second.message.id).toContain(
      'Bambang Hermawan juga berperan Ketua, padahal Dr. Ratna Wulandari sudah Ketua',
    );
  });

  it('reads a Setup made before the documents existed, with their defaults', () => {
    const s = snapshot(renderSetup(regencyExample(), 'id'));
    s.values.splice(77, 11);
    // The Jurors table (header row 45, rows 46-52) without its role and NIP/NIDN columns.
    for (const row of s.values.slice(44, 52)) row.splice(5, 2, null, null);
    const read = parseSetup(s);
    expect(read.problems).toEqual([]);
    expect(read.competition.documents).toBeUndefined();
    expect(read.competition.jurors.every((j) => j.role === 'member' && j.nip === '')).toBe(true);
  });

  it('leaves the fingerprint of a ranking alone when only what prints on paper changes', () => {
    const c = regencyExample();
    const before = fingerprint(c, []);
    c.jurors[0].role = 'member';
    c.jurors[1].nip = '';
    c.documents = { ...c.documents!, place: 'Aula', date: '2026-11-30', paper: 'A4' };
    expect(fingerprint(c, [])).toBe(before);
    c.jurors[0].name = 'Dr. Ratna W.';
    expect(fingerprint(c, [])).not.toBe(before);
  });
});
