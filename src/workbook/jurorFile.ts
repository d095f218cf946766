/**
 * The identity sheet of a juror file (one .xlsx per juror, made by
 * `juri generate --split`): which competition, which juror, which version of
 * the Setup it was made from, and which tabs it carries. Reading and
 * rendering side by side.
 *
 *   row 1  title
 *   row 2  Kompetisi | <competition name>
 *   row 3  Juri | <juror name>
 *   row 4  ID juri | <juror id>
 *   row 5  Sidik jari Pengaturan | <SHA-256 of the Setup>
 *   row 6  Dibuat | <local time>
 *   row 7… Tab | <stage id> | <sheet name>      one row per tab
 *   then   a blank row and what the juror is asked to do
 *
 * Labels are recognised in both languages, so a file reads back whatever the
 * language of the competition became.
 */
import type { Lang } from '../core/model';
import { fill } from '../i18n';
import { splitMessages } from '../i18n/split';
import { grid } from './grid';
import { norm, text } from './jurorTab';
import type { SheetSnapshot } from './port';
import type { RenderedSheet } from './render';

export interface JurorFileInfo {
  competition: string;
  jurorName: string;
  jurorId: string;
  setupFingerprint: string;
  made: string;
  /** The tabs the file was made with: stage id and sheet name. */
  tabs: { stageId: string; sheet: string }[];
}

type Key = keyof typeof splitMessages.id;

function both(key: Key): string[] {
  return [splitMessages.id[key], splitMessages.en[key]].map(norm);
}

/** The name of the identity sheet in each language. */
export function jurorFileSheetNames(): string[] {
  return [splitMessages.id['file.sheet'], splitMessages.en['file.sheet']];
}

export function renderJurorFileSheet(info: JurorFileInfo, lang: Lang): RenderedSheet {
  const t = splitMessages[lang];
  const g = grid();
  g.add([t['file.title']], { bold: true });
  const text2 = { textCols: [0, 1, 2] };
  g.add([t['file.competition'], info.competition], text2);
  g.add([t['file.juror'], info.jurorName], text2);
  g.add([t['file.jurorId'], info.jurorId], text2);
  g.add([t['file.setup'], info.setupFingerprint], text2);
  g.add([t['file.made'], info.made], text2);
  for (const tab of info.tabs) g.add([t['file.tab'], tab.stageId, tab.sheet], text2);
  g.blank();
  g.add([fill(t['file.help'])]);
  const sheet = g.build(t['file.sheet'], { frozenRows: 0, frozenCols: 0, columnWidths: [180, 480, 240] });
  sheet.protection = { description: t['file.protection'], editableRanges: [] };
  return sheet;
}

/** The identity of a juror file from its sheet, or null when the sheet is not one (or was damaged). */
export function parseJurorFileSheet(snapshot: SheetSnapshot): JurorFileInfo | null {
  const cell = (r: number, c: number) => snapshot.values[r - 1]?.[c - 1] ?? null;
  const labelled = (r: number, key: Key) => both(key).includes(norm(cell(r, 1)));
  const keys: Key[] = ['file.competition', 'file.juror', 'file.jurorId', 'file.setup', 'file.made'];
  if (!keys.every((key, i) => labelled(i + 2, key))) return null;
  const tabs: JurorFileInfo['tabs'] = [];
  for (let r = 7; labelled(r, 'file.tab'); r++)
    tabs.push({ stageId: text(cell(r, 2)), sheet: text(cell(r, 3)) });
  const info = {
    competition: text(cell(2, 2)),
    jurorName: text(cell(3, 2)),
    jurorId: text(cell(4, 2)),
    setupFingerprint: text(cell(5, 2)),
    made: text(cell(6, 2)),
    tabs,
  };
  return info.jurorId && /^[0-9a-f]{64}$/.test(info.setupFingerprint) ? info : null;
}
