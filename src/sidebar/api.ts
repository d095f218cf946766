/**
 * The server as the sidebar sees it: the functions google.script.run can
 * call, wrapped as promises. Names and arguments are fixed with src/gas.
 */
import type { Lang } from '../core/model';
import type {
  ActionReply,
  ImportSourceItem,
  ImportSourcesReply,
  PanelSummary,
  ProblemPage,
  ProblemSection,
  RemindReply,
} from '../workflow/summary';

export interface ServerApi {
  getSummary(lang: Lang | null): PanelSummary;
  setLanguage(lang: Lang): PanelSummary;
  getProblems(section: ProblemSection, juror: string, from: number, lang: Lang): ProblemPage;
  newCompetition(withExample: boolean, lang: Lang): ActionReply;
  newFromPreset(preset: string, lang: Lang): ActionReply;
  importSources(lang: Lang): ImportSourcesReply;
  importEntries(sheet: string, lang: Lang, mapping: ImportSourceItem['mapping']): ActionReply;
  remindJurors(lang: Lang): RemindReply;
  generateTabs(lang: Lang): ActionReply;
  confirmCut(lang: Lang): ActionReply;
  checkScores(lang: Lang): ActionReply;
  computeRanking(confirmIncomplete: boolean, lang: Lang): ActionReply;
  publishResults(includeRecap: boolean, lang: Lang, asNewFile?: boolean): ActionReply;
  checkEnvironment(lang: Lang): ActionReply;
  makeDocuments(confirmIncomplete: boolean, lang: Lang): ActionReply;
  recordPlenaryDecisions(lang: Lang): ActionReply;
  selectCell(sheet: string, cell: string): void;
}

interface Runner {
  withSuccessHandler(handler: (value: unknown) => void): Runner;
  withFailureHandler(handler: (error: unknown) => void): Runner;
}

interface ScriptHost {
  google?: { script?: { run?: Runner } };
}

function runner(): Runner | null {
  return (window as unknown as ScriptHost).google?.script?.run ?? null;
}

/** False when the page is opened outside Google Sheets. */
export function serverAvailable(): boolean {
  return runner() !== null;
}

export function call<K extends keyof ServerApi>(
  name: K,
  ...args: Parameters<ServerApi[K]>
): Promise<ReturnType<ServerApi[K]>> {
  return new Promise((resolve, reject) => {
    const run = runner();
    if (!run) {
      reject(new Error('google.script.run is not available'));
      return;
    }
    const ready = run
      .withSuccessHandler((value) => resolve(value as ReturnType<ServerApi[K]>))
      .withFailureHandler(reject) as unknown as Record<K, (...a: unknown[]) => void>;
    ready[name](...args);
  });
}

/** What a failure handler received, as one line for the "technical detail". */
export function describeFailure(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (typeof error === 'string') return error;
  return String(error);
}

export function isReply(value: unknown): value is ActionReply {
  const v = value as Partial<ActionReply> | null;
  return !!v && typeof v === 'object' && typeof v.ok === 'boolean' && isSummary(v.summary);
}

export function isPage(value: unknown): value is ProblemPage {
  const v = value as Partial<ProblemPage> | null;
  return !!v && typeof v === 'object' && typeof v.juror === 'string' && Array.isArray(v.problems);
}

export function isSummary(value: unknown): value is PanelSummary {
  const v = value as Partial<PanelSummary> | null;
  return !!v && typeof v === 'object' && (v.lang === 'id' || v.lang === 'en') && !!v.setup && !!v.tabs;
}
