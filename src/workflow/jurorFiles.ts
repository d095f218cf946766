/**
 * One spreadsheet per juror, as the workflow sees it: who may act on the
 * juror files, what is wrong with them (reported at the juror's row of the
 * list), and what Generate does after the tabs are written: share each file
 * with its juror alone, seal what Juri wrote, and write the list.
 */
import type { Competition, Juror, Severity } from '../core/model';
import { fnv1a } from '../core/hash';
import { fill, say } from '../i18n';
import { jurorFilesMessages } from '../i18n/jurorFiles';
import { a1 } from '../workbook/a1';
import { CELL, identifyTab, parseJurorTab, type JurorTab } from '../workbook/jurorTab';
import { renderJurorFiles, type JurorFileRecord } from '../workbook/jurorFilesSheet';
import type { JurorFiles } from '../workbook/panelPort';
import type { SheetSnapshot, SpreadsheetPort } from '../workbook/port';
import { locate, type LocatedProblem } from '../core/location';
import { problem } from '../core/say';
import { writeSheet } from '../workbook/render';
import type { ActionOutcome } from './outcome';

/** The juror files of the port, when the Setup chooses them and the port can make them. */
export function jurorFilesOf(port: SpreadsheetPort, c: Competition): JurorFiles | null {
  return c.scoringPlace === 'files' || port.jurorFiles?.().records.size
    ? (port.jurorFiles?.() ?? null)
    : null;
}

/**
 * Refused before anything is read or written: the Drive permission juror files need was withheld, or
 * the files were made by another account, which alone can read them.
 */
export function refuseOtherAccount(files: JurorFiles | null): ActionOutcome | null {
  const blocked = files?.blocked() ?? null;
  if (blocked) return { ok: false, message: blocked, problems: [] };
  if (!files?.otherCreator) return null;
  return {
    ok: false,
    message: say(jurorFilesMessages, 'otherAccount', {
      creator: files.otherCreator,
      user: files.service.user(),
    }),
    problems: [],
  };
}

/**
 * Every cell of a tab but the juror's own (score, notes, recusal and reason
 * cells of the assigned rows) and the integrity cells (pakta, Submitted,
 * Reopen and Juri's records of them, which Check reviews on their own), as text.
 */
function outside(tab: JurorTab, s: SheetSnapshot): string {
  const openRows = new Set(tab.rows.map((r) => r.row));
  const openCols = new Set([...Object.values(tab.colOf), tab.notesCol]);
  if (tab.recusalCol > 0) openCols.add(tab.recusalCol).add(tab.recusalCol + 1);
  if (tab.submittedCol > 0) openCols.add(tab.submittedCol);
  const integrity = new Set(Object.values(CELL).map(([row, col]) => `${row},${col}`));
  const out: string[] = [tab.sheet];
  s.values.forEach((row, r) =>
    row.forEach((v, c) => {
      if (openRows.has(r + 1) && openCols.has(c + 1)) return;
      if (integrity.has(`${r + 1},${c + 1}`)) return;
      const f = s.formulas[r]?.[c] ?? '';
      const shown = f ? f.replace(/\s+/g, '').toUpperCase() : v === null ? '' : JSON.stringify(v);
      if (shown) out.push(`${a1(r + 1, c + 1)}=${shown}`);
    }),
  );
  return out.join('\n');
}

/** The seal of a juror file: a digest of its tabs outside the juror's cells. */
export function sealOfFile(port: SpreadsheetPort, sheets: readonly string[]): string {
  const parts: string[] = [];
  for (const name of [...sheets].sort()) {
    const s = port.read(name);
    const id = s && identifyTab(s);
    parts.push(s && id ? outside(parseJurorTab(s, id), s) : `${name}:?`);
  }
  // Noticing a change, as a tab's own seal does (workbook/render.ts): two FNV-1a hashes, not a secret.
  const text = parts.join('\n\n');
  return [0x811c9dc5, 0x01000193].map((b) => fnv1a(text, b).toString(16).padStart(8, '0')).join('');
}

function problemAt(
  files: JurorFiles,
  r: JurorFileRecord,
  juror: Juror | undefined,
  code: 'juror-file-gone' | 'juror-file-unshared' | 'juror-file-edited',
  severity: Severity,
  params: Record<string, string>,
): LocatedProblem {
  const sheet = files.listSheet ?? '';
  const cell = r.row > 0 ? a1(r.row, 4) : '';
  const all = { juror: juror?.name ?? r.juror ?? r.jurorId, url: r.url, sheet, ...params };
  return locate(problem(code, severity, { kind: 'scoreSheet', stageId: '', jurorId: r.jurorId }, all), {
    sheet,
    cell,
  });
}

/**
 * What is wrong with the juror files, at the juror: a file that cannot be
 * opened (its scores are missing), one no longer shared with its juror, one
 * edited outside its score cells (a tab renamed, added or deleted, or a cell
 * Juri wrote changed). One Drive call per file, for its sharing.
 */
export function jurorFileProblems(
  port: SpreadsheetPort,
  files: JurorFiles,
  c: Competition,
): LocatedProblem[] {
  const out: LocatedProblem[] = [];
  const changed = files.tabsChanged();
  for (const r of files.records.values()) {
    const juror = c.jurors.find((j) => j.id === r.jurorId);
    if (files.gone.has(r.jurorId)) {
      out.push(problemAt(files, r, juror, 'juror-file-gone', 'error', {}));
      continue;
    }
    if (r.row === 0) continue;
    const email = juror?.email || r.email;
    const writers = files.service.writers(r.fileId).map((e) => e.toLowerCase());
    if (email && !writers.includes(email.toLowerCase()))
      out.push(problemAt(files, r, juror, 'juror-file-unshared', 'warning', { email }));
    const what = changed.has(r.jurorId)
      ? r.tabs.join(', ')
      : r.seal && sealOfFile(port, files.sheetsOf(r.jurorId)) !== r.seal
        ? jurorFilesMessages[c.lang]['status.edited']
        : '';
    if (what) out.push(problemAt(files, r, juror, 'juror-file-edited', 'warning', { what }));
  }
  return out;
}

/**
 * After Generate wrote the tabs: each file shared with its juror (again, when
 * someone removed the juror or the Setup changed their email), sealed as
 * Juri left it, and the list written.
 */
export function finishJurorFiles(port: SpreadsheetPort, files: JurorFiles, c: Competition): void {
  const t = jurorFilesMessages[c.lang];
  const rows: JurorFileRecord[] = [];
  for (const r of files.records.values()) {
    const juror = c.jurors.find((j) => j.id === r.jurorId);
    if (files.gone.has(r.jurorId) || !juror) {
      rows.push({ ...r, status: files.gone.has(r.jurorId) ? t['status.gone'] : r.status });
      continue;
    }
    const email = juror.email.trim();
    let writers = r.row === 0 ? [] : files.service.writers(r.fileId).map((e) => e.toLowerCase());
    // The Setup changed the juror's email: the file stays theirs alone.
    const stale = writers.filter((w) => w !== email.toLowerCase());
    for (const w of stale) files.service.unshare(r.fileId, w);
    if (stale.length > 0) writers = writers.filter((w) => !stale.includes(w));
    if (email && !writers.includes(email.toLowerCase())) {
      const message = fill(t.shareMessage, { juror: juror.name, competition: `${c.name} ${c.year}` });
      files.service.share(r.fileId, email, message);
    }
    const tabs = files.sheetsOf(r.jurorId);
    rows.push({
      ...r,
      juror: juror.name,
      email,
      tabs,
      status: t['status.shared'],
      seal: sealOfFile(port, tabs),
    });
  }
  const name = files.listSheet ?? t.sheet;
  const order = new Map(c.jurors.map((j, i) => [j.id, i]));
  rows.sort((a, b) => (order.get(a.jurorId) ?? 1e9) - (order.get(b.jurorId) ?? 1e9));
  writeSheet(port, renderJurorFiles(name, rows, c, c.lang), { create: files.listSheet === null });
  files.listSheet = name;
}
