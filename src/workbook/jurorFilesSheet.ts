/**
 * The list of juror files in the master spreadsheet (one spreadsheet per
 * juror): which juror's file is where, who created it (the only account that
 * can read it back), the tabs it holds, and its status. Juri writes it after
 * every Generate and reads it to find the files again; it is protected for
 * the secretariat, like the Ranking.
 *
 *   row 1  title
 *   row 2  the drive.file limit, in words
 *   row 4  Juror ID | Juror | Shared with | Link | File ID | Created by | Tabs | Status | Seal
 *   row 5… one row per juror file
 */
import type { Competition, Lang } from '../core/model';
import { fill } from '../i18n';
import { jurorFilesMessages } from '../i18n/jurorFiles';
import { grid } from './grid';
import type { CellValue, SheetSnapshot } from './port';
import type { RenderedSheet } from './render';

export const HEADER_ROW = 4;

export interface JurorFileRecord {
  jurorId: string;
  juror: string;
  /** The email the file is shared with (writer). */
  email: string;
  url: string;
  fileId: string;
  /** The account that created the file: drive.file lets only it read the file back. */
  creator: string;
  /** The tabs the file holds, as Juri left them. */
  tabs: string[];
  status: string;
  /** Digest of every cell of the file's tabs but the juror's own, as Juri left them. */
  seal: string;
  /** 1-based row in the list sheet; 0 for a record not written yet. */
  row: number;
}

const COLUMNS = [
  'col.jurorId',
  'col.juror',
  'col.email',
  'col.link',
  'col.fileId',
  'col.creator',
  'col.tabs',
  'col.status',
  'col.seal',
] as const;

function text(v: CellValue | undefined): string {
  return v === null || v === undefined ? '' : String(v).trim();
}

/** The records of the list sheet; rows without a file ID are not records. */
export function parseJurorFiles(snapshot: SheetSnapshot): JurorFileRecord[] {
  const heads = [jurorFilesMessages.id['col.jurorId'], jurorFilesMessages.en['col.jurorId']].map((s) =>
    s.toLowerCase(),
  );
  const header = snapshot.values.findIndex((r) => heads.includes(text(r[0]).toLowerCase()));
  if (header < 0) return [];
  const out: JurorFileRecord[] = [];
  for (let r = header + 1; r < snapshot.values.length; r++) {
    const v = snapshot.values[r];
    if (!text(v[0]) || !text(v[4])) continue;
    out.push({
      jurorId: text(v[0]),
      juror: text(v[1]),
      email: text(v[2]),
      url: text(v[3]),
      fileId: text(v[4]),
      creator: text(v[5]),
      tabs: text(v[6])
        .split('\n')
        .map((s) => s.trim())
        .filter(Boolean),
      status: text(v[7]),
      seal: text(v[8]),
      row: r + 1,
    });
  }
  return out;
}

export function renderJurorFiles(
  name: string,
  records: readonly JurorFileRecord[],
  c: Competition,
  lang: Lang,
): RenderedSheet {
  const t = jurorFilesMessages[lang];
  const creator = records[0]?.creator ?? '';
  const g = grid();
  g.add([fill(t.title, { name: c.name })], { bold: true });
  g.add([fill(t.limit, { creator })]);
  g.blank();
  const all = COLUMNS.map((_, i) => i);
  g.add(
    COLUMNS.map((k) => t[k]),
    { bold: true, background: '#e8eaed' },
  );
  for (const r of records) {
    g.add([r.jurorId, r.juror, r.email, r.url, r.fileId, r.creator, r.tabs.join('\n'), r.status, r.seal], {
      textCols: all,
    });
  }
  const sheet = g.build(name, {
    frozenRows: HEADER_ROW,
    frozenCols: 0,
    columnWidths: [100, 200, 220, 320, 120, 220, 240, 240, 100],
  });
  sheet.protection = {
    description: t.sheet,
    editors: c.secretariatEmails.filter((e) => e.trim() !== ''),
    editableRanges: [],
  };
  return sheet;
}
