/**
 * Every function Apps Script calls: triggers, menu items and the targets of
 * google.script.run. The build turns each export into a top-level function
 * declaration of dist/Code.js. Each one is a thin wiring to the workflow.
 */
import { buildMenu } from './menu';
import { menuMessages } from '../i18n/menu';
import { langOfLocale } from '../i18n';
import type { Lang } from '../core/model';

/** The user's language, without touching anything that needs authorisation. */
function userLang(): Lang {
  try {
    return langOfLocale(Session.getActiveUserLocale());
  } catch {
    return 'id';
  }
}

export function onOpen(e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  // Installed but not yet used in this spreadsheet: only the add-on menu is allowed.
  // Nothing but the Ui service may run then, so the menu speaks the default language.
  const asAddon = e?.authMode === ScriptApp.AuthMode.NONE;
  buildMenu(SpreadsheetApp.getUi(), asAddon, asAddon ? 'id' : userLang());
}

export function onInstall(e?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(e as GoogleAppsScript.Events.SheetsOnOpen | undefined);
}

export function openPanel(): void {
  const lang = userLang();
  const html = HtmlService.createHtmlOutputFromFile('Sidebar').setTitle(menuMessages[lang]['panel.title']);
  SpreadsheetApp.getUi().showSidebar(html);
}

export function menuHelp(): void {
  const t = menuMessages[userLang()];
  const ui = SpreadsheetApp.getUi();
  ui.alert(t['help.title'], t['help.body'], ui.ButtonSet.OK);
}
