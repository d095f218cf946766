/**
 * What the command line says when the input is odd or wrong: no crash, no
 * stack trace, no Node English, the add-on's menu never named, the place and
 * the fix in the user's language. Each case is one thing a secretariat did.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Competition } from '../../src/core/model';
import { readWorkbook } from '../../src/workflow/workbook';
import { editSetup } from '../workflow/helpers';
import { editFile, fileState, juri, removeTempDirs, tempDir, type Ran } from './cliRun';

afterEach(removeTempDirs);
jest.setTimeout(60_000);

/** Nothing a user sees may look like a Node stack trace or a Node error. */
function expectNoTrace(ran: Ran): void {
  for (const text of [ran.out, ran.err]) {
    expect(text).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
    expect(text).not.toMatch(/\b(TypeError|RangeError|ReferenceError|ERR_[A-Z_]+)\b/);
  }
}

async function example(change?: (c: Competition) => void, lang: 'id' | 'en' = 'id'): Promise<string> {
  const path = join(tempDir(), 'kompetisi.xlsx');
  expect((await juri(['init', path, '--example', '--lang', lang])).code).toBe(0);
  if (change) await editFile(path, (port) => editSetup(port, change));
  return path;
}

/** Excel's rules for a sheet name, counted in UTF-16 units as Excel counts them. */
function excelAccepts(name: string): boolean {
  const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
  return (
    name.length >= 1 &&
    name.length <= 31 &&
    !/[[\]:*?/\\]/.test(name) &&
    !name.startsWith("'") &&
    !name.endsWith("'") &&
    !loneSurrogate.test(name)
  );
}

/** Generates the workbook's tabs (without a trace, exit 0) and gives their names, each one Excel accepts. */
async function generatedTabs(path: string): Promise<string[]> {
  const generated = await juri(['generate', path]);
  expectNoTrace(generated);
  expect(generated.code).toBe(0);
  const tabs = await editFile(path, (port) => readWorkbook(port).tabs.map((t) => t.sheet));
  expect(tabs).toHaveLength(6);
  for (const name of tabs) expect(excelAccepts(name)).toBe(true);
  return tabs;
}

describe('names Excel would refuse become tab names it accepts', () => {
  it('a juror name ending with an apostrophe and a stage name starting with one', async () => {
    const path = await example((c) => {
      c.jurors[0].name = "Dr. Ratna O'";
      c.stages[0].name = "'Presentasi'";
    });
    const tabs = await generatedTabs(path);
    expect(tabs).toContain("Presentasi' – Dr. Ratna O");
    const check = await juri(['check', path]);
    expectNoTrace(check);
    expect(check.code).toBe(1);
    // The juror's own name is shown whole wherever it is not a tab name.
    expect(check.out).toContain("Dr. Ratna O' – 'Presentasi'");
  });

  it('a name whose emoji push the tab past 31 UTF-16 units is cut between emoji, never inside one', async () => {
    const path = await example((c) => {
      c.jurors[0].name = `Budi ${'😀'.repeat(20)}`;
      c.jurors[1].name = `${'🇮🇩'.repeat(3)} Sri`;
    });
    const tabs = await generatedTabs(path);
    const budi = tabs.find((n) => n.startsWith('Presentasi – Budi'))!;
    expect(budi).toMatch(/^Presentasi – Budi (😀)+…$/u);
    expect(budi.length).toBeLessThanOrEqual(31);
    expect((await juri(['rank', path, '--allow-incomplete'])).code).toBe(0);
  });
});

describe('a hand-made Ranking or Recap in another case', () => {
  it.each(['peringkat', 'REKAP'])(
    '"%s" is reported, never overwritten, and nothing is saved',
    async (name) => {
      const path = await example();
      expect((await juri(['generate', path])).code).toBe(0);
      await editFile(path, (port) => {
        port.insertSheet(name);
        port.writeBlock(name, { row: 1, col: 1, values: [['Catatan sekretariat']] });
      });
      const before = fileState(path);
      const ranked = await juri(['rank', path, '--allow-incomplete']);
      expectNoTrace(ranked);
      expect(ranked.code).toBe(1);
      expect(ranked.out).toContain(`Lembar "${name}"`);
      expect(ranked.out).toContain('huruf besar');
      expect(fileState(path)).toEqual(before);
      const json = JSON.parse((await juri(['rank', path, '--allow-incomplete', '--json'])).out) as {
        ok: boolean;
        message: string;
      };
      expect(json.ok).toBe(false);
      expect(json.message).toContain(name);
    },
  );
});

describe('exit codes and --json', () => {
  it('every exit code the command can return is in the README, and --json reports exit 2 as JSON', async () => {
    const readme = readFileSync(join(__dirname, '..', '..', 'README.md'), 'utf8');
    for (const code of [0, 1, 2, 3]) expect(readme).toMatch(new RegExp(`^\\| ${code} \\|`, 'm'));
    const dir = tempDir();
    const missing = await juri(['check', join(dir, 'tidak-ada.xlsx'), '--json']);
    expect(missing.code).toBe(2);
    expect(missing.err).toBe('');
    const report = JSON.parse(missing.out) as { ok: boolean; exitCode: number; error: { code: string } };
    expect(report).toMatchObject({ ok: false, exitCode: 2, error: { code: 'file-missing' } });
    const usage = await juri(['rank', join(dir, 'x.xlsx'), '--json', '--bogus']);
    expect(usage.code).toBe(2);
    expect(JSON.parse(usage.out)).toMatchObject({ ok: false, exitCode: 2, error: { code: 'usage' } });
  });

  it('a failure of Juri itself is one line, exit 3, never a stack trace', async () => {
    const path = await example();
    const stringify = JSON.stringify;
    // The report of check is the one thing made to fail: everything before it runs as usual.
    const spy = jest
      .spyOn(JSON, 'stringify')
      .mockImplementation(
        (value: unknown, replacer?: (string | number)[] | null, space?: string | number) => {
          if (typeof value === 'object' && value !== null && 'progress' in value)
            throw new TypeError('simulated failure');
          return stringify(value, replacer, space);
        },
      );
    try {
      const ran = await juri(['check', path, '--json']);
      expect(ran.code).toBe(3);
      const report = JSON.parse(ran.out) as { ok: boolean; error: { code: string; message: string } };
      expect(report.error.code).toBe('unexpected');
      expect(report.error.message).toContain('simulated failure');
      expect(report.error.message).toContain('Berkas tidak diubah');
      expect(ran.out).not.toMatch(/^\s+at /m);
    } finally {
      spy.mockRestore();
      expect(JSON.stringify).toBe(stringify);
    }
  });
});

describe('files, folders and options', () => {
  it('a folder given as the file is called a folder, for every verb', async () => {
    const dir = tempDir();
    const folder = join(dir, 'kompetisi.xlsx');
    mkdirSync(folder);
    for (const verb of ['generate', 'check', 'rank', 'init']) {
      const ran = await juri([verb, folder]);
      expectNoTrace(ran);
      expect(ran.code).toBe(2);
      expect(ran.err).toContain(`${folder} adalah folder`);
      expect(ran.err).not.toContain('izin');
    }
    const demo = await juri(['demo', '--out', folder, '--lang', 'en']);
    expect(demo.code).toBe(2);
    expect(demo.err).toContain(`${folder} is a folder`);
  });

  it('init into a folder that cannot be made does not speak of previous content', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'berkas'), 'not a folder');
    for (const lang of ['id', 'en']) {
      const ran = await juri(['init', join(dir, 'berkas', 'baru.xlsx'), '--lang', lang]);
      expect(ran.code).toBe(2);
      expect(ran.err).toMatch(lang === 'id' ? /tidak dapat dibuat/ : /could not be created/);
      expect(ran.err).not.toMatch(/sebelumnya|previous/);
    }
  });

  it.each([
    [['check', 'k.xlsx', '--bogus'], 'Pilihan "--bogus" tidak dikenal', 'Unknown option "--bogus"'],
    [['check', 'k.xlsx', '-x'], 'Pilihan "-x" tidak dikenal', 'Unknown option "-x"'],
    [['check', 'k.xlsx', '--lang', 'xx'], 'Bahasa "xx" tidak dikenal', 'Unknown language "xx"'],
    [['check', 'k.xlsx', '--lang'], 'Pilihan --lang memerlukan nilai', 'Option --lang needs a value'],
    [['check', 'k.xlsx', '--json=yes'], 'tidak menerima nilai', 'takes no value'],
    [
      ['check', 'k.xlsx', '--allow-incomplete'],
      'tidak berlaku untuk "juri check"',
      'does not apply to "juri check"',
    ],
    [['demo', '--example'], 'tidak berlaku untuk "juri demo"', 'does not apply to "juri demo"'],
    [['check', 'a.xlsx', 'b.xlsx'], 'Argumen "b.xlsx" berlebih', 'Extra argument "b.xlsx"'],
  ])('%j is refused in the chosen language', async (argv, id, en) => {
    for (const [lang, expected] of [
      ['id_ID.UTF-8', id],
      ['en_US.UTF-8', en],
    ]) {
      const ran = await juri(argv, { locale: { LC_ALL: lang } });
      expectNoTrace(ran);
      expect(ran.code).toBe(2);
      expect(ran.err).toContain(expected);
      // Node's own words ("To specify a positional argument...") never show.
      expect(ran.err).not.toMatch(/positional|ERR_PARSE_ARGS/);
    }
    // --lang en chooses English whatever the environment says.
    if (!argv.includes('--lang')) expect((await juri([...argv, '--lang', 'en'])).err).toContain(en);
  });

  it('demo --out never replaces a workbook, only its own earlier output', async () => {
    const dir = tempDir();
    const scored = await example();
    expect((await juri(['generate', scored])).code).toBe(0);
    const before = fileState(scored);
    const refused = await juri(['demo', '--out', scored]);
    expect(refused.code).toBe(1);
    expect(refused.err).toContain(`${scored} sudah ada`);
    expect(refused.out).toBe('');
    expect(fileState(scored)).toEqual(before);
    // npm start runs the demo again and again: its own output is replaced.
    const out = join(dir, 'demo.xlsx');
    expect((await juri(['demo', '--out', out])).code).toBe(0);
    const again = await juri(['demo', '--out', out]);
    expect(again.code).toBe(0);
    expect(existsSync(out)).toBe(true);
    // Once a juror's score is changed in it, it is no longer the demo's own.
    await editFile(out, (port) => {
      const tab = readWorkbook(port).tabs[0];
      port.writeBlock(tab.sheet, { row: tab.rows[0].row, col: 4, values: [[1]] });
    });
    const kept = fileState(out);
    expect((await juri(['demo', '--out', out])).code).toBe(1);
    expect(fileState(out)).toEqual(kept);
  });
});

describe('the add-on is not the command line', () => {
  it('messages name juri verbs, never menu items', async () => {
    const path = await example();
    expect((await juri(['generate', path])).code).toBe(0);
    const tab = (await editFile(path, (port) => readWorkbook(port).tabs[0].sheet)) as string;
    await editFile(path, (port) => port.deleteSheet(tab));
    for (const argv of [
      ['check', path],
      ['rank', path],
      ['check', path, '--lang', 'en'],
      ['rank', path, '--json'],
    ]) {
      const ran = await juri(argv);
      const text = argv.includes('--json')
        ? (JSON.parse(ran.out) as { problems: { message: string }[] }).problems
            .map((p) => p.message)
            .join('\n')
        : ran.out + ran.err;
      expect(text).toContain(`"juri generate ${path}"`);
      expect(text).not.toMatch(
        /Buat tab juri|Generate juror tabs|Hitung peringkat"|Compute ranking"|menu Juri|Juri menu/,
      );
      expect(text).not.toMatch(/\{@\w+\}/);
    }
    const refused = await juri(['rank', path]);
    expect(refused.out).toContain(`jalankan "juri rank ${path} --allow-incomplete"`);
  });
});
