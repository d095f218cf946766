/**
 * One spreadsheet per juror, behind the same port as one spreadsheet: the
 * master (Setup, Ranking, Recap, the list of juror files) and each juror's
 * own file appear as one workbook whose sheets are the master's and every
 * juror file's. Each sheet lives in one spreadsheet and every call about it
 * goes there, so the layouts and the workflow read and write juror tabs as
 * they do in tabs mode.
 *
 * The juror files are found through the master's list sheet
 * (jurorFilesSheet.ts), opened on first use, and created when a juror's
 * first tab is placed (`placeTab`). A master without that list costs no call
 * more than the master alone.
 */
import type { Competition, Text } from '../core/model';
import { fill } from '../i18n';
import { JUROR_FILES_NAMES, jurorFilesMessages } from '../i18n/jurorFiles';
import { parseJurorFiles, type JurorFileRecord } from './jurorFilesSheet';
import type { SpreadsheetPort } from './port';

/** What a shell gives to reach juror files (src/gas/jurorFiles.ts over the Sheets and Drive APIs; the test fake). */
export interface JurorFileService {
  /** The account running the action. */
  user(): string;
  /**
   * Opens a juror file; null when this account cannot read it: deleted or in
   * the trash (drive.file answers "not found" alike for a file it does not cover).
   */
  open(record: JurorFileRecord): JurorFilePort | null;
  /** Creates an empty juror file. */
  create(title: string): { fileId: string; url: string; port: JurorFilePort };
  /** The emails the file is shared with as writers (its Drive permissions). */
  writers(fileId: string): string[];
  /** Shares the file with one person as a writer, with a message in the notification email. */
  share(fileId: string, email: string, message: string): void;
  /** Takes a person's access to the file away (a juror whose email the Setup changed). */
  unshare(fileId: string, email: string): void;
  /** Why juror files cannot be reached at all (the Drive permission withheld on Google's consent screen). */
  missingPermission?(): Text | null;
}

export interface JurorFilePort extends SpreadsheetPort {
  /** The file's tabs were not those the list named: one renamed, added or deleted in the file. */
  tabsChanged(): boolean;
}

/** The juror files as an action found them. */
export interface JurorFiles {
  /** The list sheet's name, when the master has one. */
  listSheet: string | null;
  /** Every juror file, known or created during the action, by juror id. */
  records: Map<string, JurorFileRecord>;
  /** Jurors whose file cannot be opened. */
  gone: Set<string>;
  /** The account that created the files, when it is not the one running the action: nothing may be read. */
  otherCreator: string | null;
  /** Why no juror file can be reached by this action (a permission withheld); null when they can. */
  blocked(): Text | null;
  /** Jurors whose file's tabs are not those Juri left. */
  tabsChanged(): Set<string>;
  /** The juror whose file holds a sheet; null for a sheet of the master. */
  ownerOf(sheet: string): string | null;
  /** The sheets of a juror's file, as the action left them. */
  sheetsOf(jurorId: string): string[];
  /** Names the files this action creates after the competition and the juror. */
  prepare(c: Competition): void;
  service: JurorFileService;
}

export function panelPort(master: SpreadsheetPort, service: JurorFileService): SpreadsheetPort {
  const ports = new Map<string, JurorFilePort>();
  let found: JurorFiles | null = null;
  /** sheet name (lower case) -> juror id, for the sheets of juror files. */
  let owner: Map<string, string> | null = null;
  let titleOf = (jurorId: string) => jurorId;
  const lower = (s: string) => s.toLowerCase();

  // Who a file is shared with is asked once per action, unless Juri shares it meanwhile.
  const writers = new Map<string, string[]>();
  let me: string | null = null;
  const cachedService: JurorFileService = {
    ...service,
    user: () => (me ??= service.user()),
    writers(fileId) {
      const known = writers.get(fileId);
      if (known) return known;
      const got = service.writers(fileId);
      writers.set(fileId, got);
      return got;
    },
    share(fileId, email, message) {
      writers.delete(fileId);
      service.share(fileId, email, message);
    },
    unshare(fileId, email) {
      writers.delete(fileId);
      service.unshare(fileId, email);
    },
  };
  const files = (masterNames?: string[]): JurorFiles => {
    if (found) return found;
    const names = masterNames ?? master.sheetNames();
    const listSheet = names.find((n) => JUROR_FILES_NAMES.includes(n)) ?? null;
    const snapshot = listSheet ? master.read(listSheet, { formulas: false }) : null;
    const records = new Map((snapshot ? parseJurorFiles(snapshot) : []).map((r) => [r.jurorId, r]));
    // Who runs the action is asked only when there are juror files (it needs a permission of its own).
    const user = records.size > 0 ? lower(cachedService.user()) : '';
    const creators = [...records.values()].map((r) => r.creator).filter((c) => c && lower(c) !== user);
    const gone = new Set<string>();
    let missing: Text | null | undefined;
    const blocked = () =>
      missing === undefined ? (missing = service.missingPermission?.() ?? null) : missing;
    if (creators.length === 0 && records.size > 0 && !blocked()) {
      for (const r of records.values()) {
        const p = cachedService.open(r);
        if (p) ports.set(r.jurorId, p);
        else gone.add(r.jurorId);
      }
    }
    found = {
      listSheet,
      records,
      gone,
      otherCreator: creators[0] ?? null,
      blocked,
      ownerOf: (sheet) => owners().get(lower(sheet)) ?? null,
      sheetsOf: (jurorId) => ports.get(jurorId)?.sheetNames() ?? [],
      tabsChanged: () => new Set([...ports].filter(([, p]) => p.tabsChanged()).map(([j]) => j)),
      prepare(c) {
        const t = jurorFilesMessages[c.lang];
        titleOf = (jurorId) =>
          fill(t.fileTitle, {
            competition: `${c.name} ${c.year}`,
            juror: c.jurors.find((j) => j.id === jurorId)?.name ?? jurorId,
          });
      },
      service: cachedService,
    };
    return found;
  };
  const owners = (masterNames?: string[]): Map<string, string> => {
    if (owner) return owner;
    files(masterNames);
    owner = new Map();
    for (const [jurorId, p] of ports) for (const n of p.sheetNames()) owner.set(lower(n), jurorId);
    return owner;
  };
  const portOf = (sheet: string): SpreadsheetPort => {
    const j = owners().get(lower(sheet));
    return j === undefined ? master : ports.get(j)!;
  };

  const port: SpreadsheetPort = {
    locale: () => master.locale(),
    sheetNames() {
      // The master is listed first: a juror file's sheet named like one of the master's stays out of sight.
      const names = master.sheetNames();
      const taken = new Set(names.map(lower));
      owners(names);
      const out = [...names];
      for (const p of ports.values())
        for (const n of p.sheetNames()) {
          if (taken.has(lower(n))) continue;
          out.push(n);
          taken.add(lower(n));
        }
      return out;
    },
    read: (name, options) => portOf(name).read(name, options),
    insertSheet(name, index) {
      const j = owners().get(lower(name));
      if (j === undefined) master.insertSheet(name, index);
      else ports.get(j)!.insertSheet(name);
    },
    deleteSheet(name) {
      portOf(name).deleteSheet(name);
      owners().delete(lower(name));
    },
    renameSheet(from, to) {
      const j = owners().get(lower(from));
      portOf(from).renameSheet(from, to);
      if (j === undefined) return;
      owners().delete(lower(from));
      owners().set(lower(to), j);
    },
    clearSheet: (name, options) => portOf(name).clearSheet(name, options),
    writeBlock: (name, block) => portOf(name).writeBlock(name, block),
    carries: (name) => portOf(name).carries?.(name) ?? false,
    writeFormats: (name, formats) => portOf(name).writeFormats(name, formats),
    setValidations: (name, validations) => portOf(name).setValidations(name, validations),
    setProtection: (name, protection) => portOf(name).setProtection(name, protection),
    setLook: (name, look) => portOf(name).setLook(name, look),
    setPaper: (name, layout) => portOf(name).setPaper(name, layout),
    placeTab(sheet, jurorId) {
      const o = owners();
      if (o.has(lower(sheet))) return;
      if (!ports.has(jurorId)) {
        const made = cachedService.create(titleOf(jurorId));
        ports.set(jurorId, made.port);
        files().gone.delete(jurorId);
        files().records.set(jurorId, {
          jurorId,
          juror: '',
          email: '',
          url: made.url,
          fileId: made.fileId,
          creator: cachedService.user(),
          tabs: [],
          status: '',
          seal: '',
          row: 0,
        });
      }
      o.set(lower(sheet), jurorId);
    },
    jurorFiles: () => files(),
  };
  if (master.user) port.user = () => master.user!();
  if (master.isOwner) port.isOwner = () => master.isOwner!();
  // Copies within the master only: Generate makes none when the tabs live in the jurors' files.
  if (master.copies) port.copies = master.copies;
  port.protectionState = (name) => {
    const p = portOf(name);
    return p.protectionState ? p.protectionState(name) : { seal: null, blocked: null };
  };
  return port;
}
