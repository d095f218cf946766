import { menuMessages } from '../i18n/menu';
import type { Lang } from '../core/model';

/** The Juri menu: each item names the top-level function Apps Script calls. */
export const MENU_ITEMS: ReadonlyArray<{ key: keyof typeof menuMessages.id; fn: string } | 'separator'> = [
  { key: 'menu.openPanel', fn: 'openPanel' },
  'separator',
  { key: 'menu.newCompetition', fn: 'menuNewCompetition' },
  { key: 'menu.newExample', fn: 'menuNewExample' },
  { key: 'menu.presetRegency', fn: 'menuPresetRegency' },
  { key: 'menu.presetProvince', fn: 'menuPresetProvince' },
  { key: 'menu.presetNation', fn: 'menuPresetNation' },
  { key: 'menu.import', fn: 'menuImportEntries' },
  { key: 'menu.generate', fn: 'menuGenerateTabs' },
  { key: 'menu.confirmCut', fn: 'menuConfirmCut' },
  { key: 'menu.check', fn: 'menuCheckScores' },
  { key: 'menu.remind', fn: 'menuRemindJurors' },
  { key: 'menu.rank', fn: 'menuComputeRanking' },
  { key: 'menu.rankIncomplete', fn: 'menuComputeRankingIncomplete' },
  { key: 'menu.publish', fn: 'menuPublishResults' },
  { key: 'menu.publishNew', fn: 'menuPublishNewFile' },
  { key: 'menu.documents', fn: 'menuMakeDocuments' },
  { key: 'menu.documentsAnyway', fn: 'menuMakeDocumentsAnyway' },
  { key: 'menu.recordDecisions', fn: 'menuRecordDecisions' },
  'separator',
  { key: 'menu.checkEnvironment', fn: 'menuCheckEnvironment' },
  { key: 'menu.help', fn: 'menuHelp' },
];

/**
 * Builds the menu. Runs in AuthMode.NONE too, so it may use nothing but the
 * Ui service: the language comes from the user's locale when that is
 * readable, else Bahasa Indonesia.
 */
export function buildMenu(ui: GoogleAppsScript.Base.Ui, asAddon: boolean, lang: Lang): void {
  const t = menuMessages[lang];
  const menu = asAddon ? ui.createAddonMenu() : ui.createMenu(t['menu.title']);
  for (const item of MENU_ITEMS) {
    if (item === 'separator') menu.addSeparator();
    else menu.addItem(t[item.key], item.fn);
  }
  menu.addToUi();
}
