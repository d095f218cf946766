/**
 * Every function Apps Script calls: triggers, menu items and the targets of
 * google.script.run. The build turns each export into a top-level function
 * declaration of dist/Code.js. Each one is a thin wiring to the workflow.
 */
import type { Lang, Text } from '../core/model';
import { langOfLocale, pick } from '../i18n';
import { menuMessages } from '../i18n/menu';
import type { SpreadsheetPort } from '../workbook/port';
import { recordPort } from '../workbook/recorded';
import * as workflow from '../workflow/actions';
import { collapseMissing } from '../workflow/collapse';
import { buildSummary, problemPage, type Computed } from '../workflow/panel';
import type {
  ActionReply,
  PanelSummary,
  ProblemPage,
  ProblemSection,
  RemindReply,
  ImportSourcesReply,
} from '../workflow/summary';
import { PRESETS, type PresetId } from '../core/presets';
import {
  importEntries as importFromSheet,
  importSources as listImportSources,
  validMapping,
  type ImportMapping,
} from '../workflow/importEntries';
import { remindJurors as remindLate, type RemindOutcome } from '../workflow/remind';
import { grantedScopes, missingPermissions, NEEDS, SCOPE, type ScopeName } from './authorization';
import { logEdit, takeLogFailure } from './changeLog';
import { buildMenu } from './menu';
import * as documentsWorkflow from '../workflow/documents';
import { withPrintHelp } from '../workflow/documents';
import { advancedServicesEnabled, publishedLink, publishRanking } from './publish';
import {
  activePort,
  cellLink,
  failure,
  localNow,
  localToday,
  preferredLang,
  rememberLang,
  toast,
  withLock,
} from './shell';

/** The user's language, without touching anything that needs authorisation. */
function userLang(): Lang {
  try {
    return langOfLocale(Session.getActiveUserLocale());
  } catch {
    return 'id';
  }
}

/** Set by the build: true in the add-on build (JURI_ADDON=1), false in the spreadsheet-bound one. */
declare const JURI_ADDON: boolean;

export function onOpen(e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  // In AuthMode.NONE (an add-on installed but not yet used in this spreadsheet) no service
  // that needs authorization may run. Session.getActiveUserLocale needs none (the reference
  // lists no scope for it), so the menu speaks the user's language there too.
  const none = e?.authMode === ScriptApp.AuthMode.NONE;
  buildMenu(SpreadsheetApp.getUi(), JURI_ADDON || none, userLang());
}

/**
 * Simple trigger: every edit of a juror tab's score, notes, recusal, pakta or
 * submit cell goes to the Log sheet. It never throws into the edit.
 */
export function onEdit(e: GoogleAppsScript.Events.SheetsOnEdit): void {
  logEdit(e);
}

export function onInstall(e?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(e as GoogleAppsScript.Events.SheetsOnOpen | undefined);
}

export function openPanel(): void {
  const lang = preferredLang();
  const html = HtmlService.createHtmlOutputFromFile('Sidebar').setTitle(menuMessages[lang]['panel.title']);
  SpreadsheetApp.getUi().showSidebar(html);
}

// ---- google.script.run targets: each returns plain data (no Date, no class) ----

export function getSummary(lang: Lang | null): PanelSummary {
  const missing = missingPermissions(NEEDS.read);
  // The sidebar shows a failure's text as the technical detail: this one is the user's to act on.
  if (missing) throw new Error(pick(missing, lang === 'en' ? 'en' : 'id'));
  return buildSummary(activePort(), preferredLang(lang), publishedLink(), {}, localToday());
}

/** The next problems of the Setup or of one juror's group, when the user asks for more than the summary carries. */
export function getProblems(
  section: ProblemSection,
  juror: string,
  from: number,
  lang: Lang | null,
): ProblemPage {
  const missing = missingPermissions(NEEDS.read);
  if (missing) throw new Error(pick(missing, lang === 'en' ? 'en' : 'id'));
  const s: ProblemSection = section === 'setup' ? 'setup' : 'check';
  return problemPage(activePort(), preferredLang(lang), s, String(juror ?? ''), Number(from) || 0);
}

export function setLanguage(lang: Lang): PanelSummary {
  const chosen: Lang = lang === 'en' ? 'en' : 'id';
  rememberLang(chosen);
  return getSummary(chosen);
}

type Running =
  | 'running.newCompetition'
  | 'running.generate'
  | 'running.confirmCut'
  | 'running.check'
  | 'running.rank'
  | 'running.publish'
  | 'running.import'
  | 'running.checkEnvironment'
  | 'running.documents';

interface Outcome {
  ok: boolean;
  message: Text;
  needsConfirmation?: boolean;
}

/** An action's result, and the spreadsheet as the action read and left it. */
interface Ran<O extends Outcome> {
  ok: boolean;
  message: string;
  needsConfirmation: boolean;
  /** Null when the action did not run (a permission missing, another action holding the lock) or failed. */
  outcome: O | null;
  view: SpreadsheetPort;
  lang: Lang;
}

/**
 * Runs an action under the lock, with a toast while it works (a ranking of a
 * few hundred entries takes a while), on a port that records what the action
 * reads and writes, so that its reply need not read the workbook again.
 */
function run<O extends Outcome>(
  lang: Lang | null,
  running: Running,
  needs: readonly ScopeName[],
  action: (port: SpreadsheetPort) => O,
): Ran<O> {
  const recorded = recordPort(activePort());
  const ran = (message: Text, outcome: O | null, l: Lang): Ran<O> => ({
    ok: outcome?.ok ?? false,
    message: pick(message, l),
    needsConfirmation: outcome?.needsConfirmation ?? false,
    outcome,
    view: recorded.view(),
    lang: l,
  });
  // Checked first: a permission withheld on Google's consent screen would otherwise stop the action part-way.
  const missing = missingPermissions(needs);
  if (missing) {
    if (!missingPermissions(NEEDS.read)) return ran(missing, null, preferredLang(lang));
    throw new Error(pick(missing, lang === 'en' ? 'en' : 'id'));
  }
  const l = preferredLang(lang);
  try {
    toast({ id: menuMessages.id[running], en: menuMessages.en[running] }, l);
  } catch {
    // Only the "working…" notice is lost; the action itself runs.
  }
  try {
    const locked = withLock(() => action(recorded.port));
    return locked.ok ? ran(locked.value.message, locked.value, l) : ran(locked.message, null, l);
  } catch (error) {
    return ran(failure(error), null, l);
  }
}

/** The sidebar's answer: the action's message and a summary built from what the action read and computed. */
function reply<O extends Outcome>(ran: Ran<O>, computed: (outcome: O) => Computed = () => ({})): ActionReply {
  const summary = buildSummary(
    ran.view,
    ran.lang,
    publishedLink(),
    ran.outcome ? computed(ran.outcome) : {},
    localToday(),
  );
  const out: ActionReply = { ok: ran.ok, message: ran.message, summary };
  if (ran.needsConfirmation) out.needsConfirmation = true;
  return out;
}

function runNewCompetition(withExample: boolean, lang: Lang | null) {
  const l = preferredLang(lang);
  return run(l, 'running.newCompetition', NEEDS.panel, (port) =>
    workflow.newCompetition(port, { example: withExample === true, lang: l }),
  );
}

const runGenerate = (lang: Lang | null) =>
  run(lang, 'running.generate', NEEDS.write, (port) => workflow.generateTabs(port));

const runConfirmCut = (lang: Lang | null) =>
  run(lang, 'running.confirmCut', NEEDS.write, (port) => workflow.generateTabs(port, { confirmCut: true }));

// Check writes Juri's records of submissions and reopenings (and narrows protections): a writer's permissions.
const runCheck = (lang: Lang | null) =>
  run(lang, 'running.check', NEEDS.write, (port) =>
    workflow.checkScores(port, { now: localNow(), logFailure: takeLogFailure() }),
  );

const runRanking = (confirmIncomplete: boolean, lang: Lang | null) =>
  run(lang, 'running.rank', NEEDS.write, (port) =>
    workflow.computeRankingAction(port, { allowIncomplete: confirmIncomplete === true, now: localNow() }),
  );

function runPublish(includeRecap: boolean, lang: Lang | null, asNewFile?: boolean) {
  const l = preferredLang(lang);
  return run(l, 'running.publish', NEEDS.publish, (port) =>
    publishRanking(port, includeRecap === true, l, asNewFile === true),
  );
}

function runPreset(preset: string, lang: Lang | null) {
  const l = preferredLang(lang);
  const id = (PRESETS as readonly string[]).includes(preset) ? (preset as PresetId) : 'regency';
  return run(l, 'running.newCompetition', NEEDS.panel, (port) =>
    workflow.newCompetition(port, { example: false, lang: l, preset: id }),
  );
}

/** The columns the secretariat chose for a sheet, kept with the spreadsheet so that they are mapped once. */
const MAPPING_KEY = 'juri.importColumns.';

function rememberedMapping(sheet: string): ImportMapping | null {
  try {
    const saved = PropertiesService.getDocumentProperties().getProperty(MAPPING_KEY + sheet);
    return saved ? validMapping(JSON.parse(saved), Number.MAX_SAFE_INTEGER) : null;
  } catch {
    return null;
  }
}

function runImport(sheet: string, lang: Lang | null, mapping?: ImportMapping | null) {
  const name = String(sheet);
  return run(lang, 'running.import', NEEDS.write, (port) => {
    const chosen = mapping ? validMapping(mapping, Number.MAX_SAFE_INTEGER) : (rememberedMapping(name) ?? {});
    const outcome = importFromSheet(port, name, chosen);
    if (mapping && outcome.added + outcome.skipped > 0)
      PropertiesService.getDocumentProperties().setProperty(MAPPING_KEY + name, JSON.stringify(chosen));
    return outcome;
  });
}

function runRemind(lang: Lang | null) {
  const l = preferredLang(lang);
  return run(l, 'running.check', NEEDS.panel, (port) =>
    remindLate(port, { today: localToday(), lang: l, linkOf: cellLink }),
  );
}

/** Reminders as google.script.run passes them: plain objects only. */
function plainReminders(outcome: RemindOutcome | null): RemindReply['reminders'] {
  return (outcome?.reminders ?? []).map((r) => ({
    jurorId: r.jurorId,
    name: r.name,
    email: r.email,
    text: r.text,
    mailto: r.mailto,
    whatsapp: r.whatsapp,
    stages: r.stages.map((x) => ({
      stage: x.stage,
      sheet: x.sheet,
      missing: x.missing,
      total: x.total,
      daysLate: x.daysLate,
    })),
  }));
}

/** The ranking the action computed, so that its reply does not compute it again. */
const rankingComputed = (o: workflow.RankOutcome): Computed =>
  o.result ? { ranking: { result: o.result, fingerprint: o.fingerprint } } : {};

export function newCompetition(withExample: boolean, lang: Lang | null): ActionReply {
  return reply(runNewCompetition(withExample, lang));
}

/** A new competition from the template of a level of government (regency, province, nation). */
export function newFromPreset(preset: string, lang: Lang | null): ActionReply {
  return reply(runPreset(preset, lang));
}

/**
 * Entries from another sheet of this spreadsheet (a Google Form's responses,
 * a pasted list), with the columns chosen in the sidebar (1-based; 0: not
 * imported), remembered for the next import; without them, as last chosen
 * or found by their headers.
 */
export function importEntries(sheet: string, lang: Lang | null, mapping?: ImportMapping | null): ActionReply {
  return reply(runImport(sheet, lang, mapping));
}

/** The sheets a list can be imported from, with their headers and the columns found or last chosen. Writes nothing. */
export function importSources(lang: Lang | null): ImportSourcesReply {
  const missing = missingPermissions(NEEDS.read);
  if (missing) throw new Error(pick(missing, lang === 'en' ? 'en' : 'id'));
  const sources = listImportSources(activePort(), rememberedMapping);
  return {
    sources: sources.map((s) => ({
      sheet: s.sheet,
      headers: [...s.headers],
      rows: s.rows,
      mapping: { ...s.mapping },
    })),
  };
}

/** Late jurors with their reminder and its links; writes nothing. */
export function remindJurors(lang: Lang | null): RemindReply {
  const ran = runRemind(lang);
  return { ...reply(ran), reminders: plainReminders(ran.outcome) };
}

export function generateTabs(lang: Lang | null): ActionReply {
  return reply(runGenerate(lang));
}

/** The secretariat's word that later stages take the entrants the Setup now picks; then the tabs follow. */
export function confirmCut(lang: Lang | null): ActionReply {
  return reply(runConfirmCut(lang));
}

export function checkScores(lang: Lang | null): ActionReply {
  return reply(runCheck(lang));
}

export function computeRanking(confirmIncomplete: boolean, lang: Lang | null): ActionReply {
  return reply(runRanking(confirmIncomplete, lang), rankingComputed);
}

/**
 * Publishes to the file published before; `asNewFile` (the user's explicit
 * choice, after a reply that needed confirmation) makes a new one instead.
 */
export function publishResults(includeRecap: boolean, lang: Lang | null, asNewFile?: boolean): ActionReply {
  return reply(runPublish(includeRecap, lang, asNewFile));
}

/**
 * Check environment, once in a real spreadsheet before the jury starts. It
 * needs only the spreadsheet and the Ui: reporting a missing permission is
 * its job. Its trials run on a scratch sheet it removes.
 */
function runEnvironment(lang: Lang | null) {
  return run(lang, 'running.checkEnvironment', NEEDS.panel, (port) => {
    const names = Object.keys(SCOPE) as ScopeName[];
    const { granted } = grantedScopes(names);
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    // Inserting the scratch sheet makes it the active one: the user comes back to where they were.
    const where = ss.getActiveSheet().getName();
    try {
      const report = workflow.checkEnvironment(port, {
        scopes: names.map((n) => ({ scope: SCOPE[n].replace(/^.*\/auth\//, ''), granted: granted.has(n) })),
        advancedServices: advancedServicesEnabled(),
        timeZone: ss.getSpreadsheetTimeZone(),
      });
      return { ok: report.ok, message: report.message };
    } finally {
      ss.getSheetByName(where)?.activate();
    }
  });
}

export function checkEnvironment(lang: Lang | null): ActionReply {
  return reply(runEnvironment(lang));
}

function runDocuments(confirmIncomplete: boolean, lang: Lang | null) {
  return run(lang, 'running.documents', NEEDS.write, (port) => {
    const made = documentsWorkflow.makeDocuments(port, {
      allowIncomplete: confirmIncomplete === true,
      today: localToday(),
    });
    return withPrintHelp(made, made.sheets[0]?.paper?.paper ?? 'A4');
  });
}

const runRecordDecisions = (lang: Lang | null) =>
  run(lang, 'running.documents', NEEDS.write, (port) =>
    documentsWorkflow.recordPlenaryDecisions(port, {
      allowIncomplete: false,
      today: localToday(),
      now: localNow(),
    }),
  );

/** The reply of an action that made the documents: with the plenary's decisions still to record. */
function documentsReply(ran: ReturnType<typeof runDocuments>): ActionReply {
  const out = reply(ran);
  const pending = ran.outcome?.pendingDecisions ?? 0;
  if (pending > 0) out.pendingDecisions = pending;
  return out;
}

/**
 * The official documents, from the same computation as the Ranking. Paper,
 * breaks and print titles cannot be set from Apps Script: the reply says how
 * to print (File → Print, the paper size, fit to width).
 */
export function makeDocuments(confirmIncomplete: boolean, lang: Lang | null): ActionReply {
  return documentsReply(runDocuments(confirmIncomplete, lang));
}

/** Records the plenary's decisions as manual adjustments (the user asked for it), then ranks and makes the documents again. */
export function recordPlenaryDecisions(lang: Lang | null): ActionReply {
  return documentsReply(runRecordDecisions(lang));
}

/** Jumps to a cell a problem names. */
export function selectCell(sheet: string, cell: string): void {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const target = ss.getSheetByName(sheet);
  if (!target) return;
  target.activate();
  if (cell) target.getRange(cell).activate();
}

// ---- menu items: the same actions, with a toast or a dialog for the result, and no summary nobody sees ----

type MenuKey = keyof (typeof menuMessages)['id'];

/** A menu item that asks first (`title`, `question`): the action runs only on Yes, and says how it went. */
function askFirst(
  title: MenuKey,
  question: MenuKey,
  action: (lang: Lang) => { ok: boolean; message: string },
): void {
  const lang = preferredLang();
  const ui = SpreadsheetApp.getUi();
  const t = menuMessages[lang];
  if (ui.alert(t[title], t[question], ui.ButtonSet.YES_NO) !== ui.Button.YES) return;
  fromMenu(action(lang), lang);
}

function fromMenu(result: { ok: boolean; message: string }, lang: Lang): void {
  const ui = SpreadsheetApp.getUi();
  if (result.ok) toast({ id: result.message, en: result.message }, lang);
  else ui.alert(menuMessages[lang]['menu.title'], result.message, ui.ButtonSet.OK);
}

export function menuNewCompetition(): void {
  const lang = preferredLang();
  fromMenu(runNewCompetition(false, lang), lang);
}

export function menuNewExample(): void {
  const lang = preferredLang();
  fromMenu(runNewCompetition(true, lang), lang);
}

export function menuGenerateTabs(): void {
  const lang = preferredLang();
  fromMenu(runGenerate(lang), lang);
}

/** Asks first, before anything runs: a new cut changes who takes part in a stage already generated. */
export function menuConfirmCut(): void {
  askFirst('menu.confirmCut', 'confirm.cut', runConfirmCut);
}

export function menuCheckScores(): void {
  const lang = preferredLang();
  const ui = SpreadsheetApp.getUi();
  const result = runCheck(lang);
  const problems = collapseMissing(result.outcome?.problems ?? []);
  const lines = problems.slice(0, 15).map((p) => `• ${pick(p.message, lang)}`);
  const more = problems.length - lines.length;
  ui.alert(
    menuMessages[lang]['menu.check'],
    [result.message, ...lines, more > 0 ? `… (+${more})` : ''].join('\n'),
    ui.ButtonSet.OK,
  );
}

/**
 * One action per execution: when the scores are incomplete the alert says
 * how to rank anyway (its own menu item) and the execution ends, rather than
 * waiting on an answer and then running a second action.
 */
export function menuComputeRanking(): void {
  const lang = preferredLang();
  const result = runRanking(false, lang);
  if (!result.needsConfirmation) return fromMenu(result, lang);
  const ui = SpreadsheetApp.getUi();
  const t = menuMessages[lang];
  ui.alert(t['menu.rank'], `${result.message}\n\n${t['rank.howAnyway']}`, ui.ButtonSet.OK);
}

/** Asks first, before anything runs; then ranks on the scores present. */
export function menuComputeRankingIncomplete(): void {
  askFirst('menu.rankIncomplete', 'confirm.incomplete', (lang) => runRanking(true, lang));
}

/** Text for an HTML dialog: the message and the link come from data, so they are escaped. */
function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

export function menuPublishResults(): void {
  publishFromMenu(false);
}

/** The user's explicit choice of a new file (a new link): asked before anything runs. */
export function menuPublishNewFile(): void {
  publishFromMenu(true);
}

function publishFromMenu(asNewFile: boolean): void {
  const lang = preferredLang();
  const t = menuMessages[lang];
  const ui = SpreadsheetApp.getUi();
  const title = t[asNewFile ? 'menu.publishNew' : 'menu.publish'];
  if (asNewFile && ui.alert(title, t['publish.askNewFile'], ui.ButtonSet.YES_NO) !== ui.Button.YES) return;
  const answer = ui.alert(title, t['publish.askRecap'], ui.ButtonSet.YES_NO_CANCEL);
  if (answer !== ui.Button.YES && answer !== ui.Button.NO) return;
  const result = runPublish(answer === ui.Button.YES, lang, asNewFile);
  if (result.needsConfirmation) {
    ui.alert(title, `${result.message}\n\n${t['publish.howNewFile']}`, ui.ButtonSet.OK);
    return;
  }
  if (!result.ok) return fromMenu(result, lang);
  // An alert cannot hold a link one can click: a small dialog can.
  const url = publishedLink()?.url ?? '';
  const html = HtmlService.createHtmlOutput(
    `<p style="font:13px Arial,sans-serif">${escapeHtml(result.message)}</p>` +
      `<p style="font:13px Arial,sans-serif"><a href="${escapeHtml(url)}" target="_blank" rel="noopener">${escapeHtml(url)}</a></p>`,
  )
    .setWidth(420)
    .setHeight(160);
  ui.showModalDialog(html, title);
}

export function menuPresetRegency(): void {
  presetFromMenu('regency');
}

export function menuPresetProvince(): void {
  presetFromMenu('province');
}

export function menuPresetNation(): void {
  presetFromMenu('nation');
}

function presetFromMenu(preset: PresetId): void {
  const lang = preferredLang();
  fromMenu(runPreset(preset, lang), lang);
}

/** Asks for the sheet that holds the list, then imports it. */
export function menuImportEntries(): void {
  const lang = preferredLang();
  const t = menuMessages[lang];
  const ui = SpreadsheetApp.getUi();
  const answer = ui.prompt(t['menu.import'], t['import.askSheet'], ui.ButtonSet.OK_CANCEL);
  if (answer.getSelectedButton() !== ui.Button.OK || answer.getResponseText().trim() === '') return;
  fromMenu(runImport(answer.getResponseText().trim(), lang), lang);
}

/** The reminders in a dialog: each message with links the secretariat clicks to send it. */
export function menuRemindJurors(): void {
  const lang = preferredLang();
  const t = menuMessages[lang];
  const ui = SpreadsheetApp.getUi();
  const result = runRemind(lang);
  const reminders = plainReminders(result.outcome);
  if (!result.ok || reminders.length === 0) return fromMenu(result, lang);
  const style = 'font:13px Arial,sans-serif';
  const items = reminders
    .map(
      (r) =>
        `<h3 style="${style};font-weight:bold">${escapeHtml(r.name)}</h3>` +
        `<pre style="${style};white-space:pre-wrap">${escapeHtml(r.text)}</pre>` +
        `<p style="${style}"><a href="${escapeHtml(r.mailto)}" target="_blank" rel="noopener">${escapeHtml(t['remind.email'])}</a> · ` +
        `<a href="${escapeHtml(r.whatsapp)}" target="_blank" rel="noopener">${escapeHtml(t['remind.whatsapp'])}</a></p>`,
    )
    .join('');
  const html = HtmlService.createHtmlOutput(`<p style="${style}">${escapeHtml(result.message)}</p>${items}`)
    .setWidth(560)
    .setHeight(480);
  ui.showModalDialog(html, t['menu.remind']);
}

export function menuCheckEnvironment(): void {
  const lang = preferredLang();
  const result = runEnvironment(lang);
  const ui = SpreadsheetApp.getUi();
  ui.alert(menuMessages[lang]['menu.checkEnvironment'], result.message, ui.ButtonSet.OK);
}

/** One action per run, as every menu item: what to do next is said, and chosen from the menu. */
export function menuMakeDocuments(): void {
  const lang = preferredLang();
  const t = menuMessages[lang];
  const ran = runDocuments(false, lang);
  const next = ran.needsConfirmation
    ? t['documents.howAnyway']
    : (ran.outcome?.pendingDecisions ?? 0) > 0
      ? t['documents.howRecord']
      : '';
  if (!next) return fromMenu(ran, lang);
  const ui = SpreadsheetApp.getUi();
  ui.alert(t['menu.documents'], `${ran.message}\n\n${next}`, ui.ButtonSet.OK);
}

/** Asks first, before anything runs; then makes the documents with a note on every page. */
export function menuMakeDocumentsAnyway(): void {
  askFirst('menu.documentsAnyway', 'confirm.documents', (lang) => runDocuments(true, lang));
}

/** Asks first: the plenary's decisions become manual adjustments only on the user's word. */
export function menuRecordDecisions(): void {
  askFirst('menu.recordDecisions', 'confirm.decisions', runRecordDecisions);
}

export function menuHelp(): void {
  const t = menuMessages[preferredLang()];
  const ui = SpreadsheetApp.getUi();
  ui.alert(t['help.title'], t['help.body'], ui.ButtonSet.OK);
}
