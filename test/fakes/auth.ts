/**
 * What the user allowed: the authorization mode an execution runs in and the
 * OAuth scopes the user granted. Google's consent screen lets a user untick
 * single scopes; a call that needs one that was withheld throws, before it
 * changes anything, as Apps Script does. In AuthMode.NONE (an add-on not yet
 * used in this document) only the menu and the user's locale are available;
 * in LIMITED (a simple onOpen) the document itself and the Ui, but nothing
 * that needs the user's identity or Drive.
 */
export const SCOPES = {
  currentOnly: 'https://www.googleapis.com/auth/spreadsheets.currentonly',
  spreadsheets: 'https://www.googleapis.com/auth/spreadsheets',
  ui: 'https://www.googleapis.com/auth/script.container.ui',
  email: 'https://www.googleapis.com/auth/userinfo.email',
  driveFile: 'https://www.googleapis.com/auth/drive.file',
  drive: 'https://www.googleapis.com/auth/drive',
} as const;

/** The scopes of appsscript.json: granted unless a test withholds some. */
export const MANIFEST_SCOPES: readonly string[] = [
  SCOPES.currentOnly,
  SCOPES.ui,
  SCOPES.email,
  SCOPES.driveFile,
];

export type AuthModeName = 'NONE' | 'CUSTOM_FUNCTION' | 'LIMITED' | 'FULL';

/** Any one of the scopes of a rule lets the call through (the wider scope covers the narrower). */
const RULES: { pattern: RegExp; anyOf: string[] }[] = [
  { pattern: /^(Session\.getActiveUser$|Session\.getEffectiveUser$|User\.)/, anyOf: [SCOPES.email] },
  {
    pattern: /^Ui\.(alert|prompt|showSidebar|showModalDialog|showModelessDialog)$/,
    anyOf: [SCOPES.ui],
  },
  { pattern: /^Spreadsheet\.toast$/, anyOf: [SCOPES.currentOnly, SCOPES.spreadsheets] },
  {
    pattern:
      /^(SpreadsheetApp\.(?!getUi$|newDataValidation$|newRichTextValue$|flush$)|Spreadsheet\.|Sheet\.|Range\.|Protection\.|DataValidation\.)/,
    anyOf: [SCOPES.currentOnly, SCOPES.spreadsheets],
  },
  { pattern: /^Sheets\./, anyOf: [SCOPES.driveFile, SCOPES.drive, SCOPES.spreadsheets] },
  { pattern: /^(Drive\.|DriveApp\.|File\.)/, anyOf: [SCOPES.driveFile, SCOPES.drive] },
];

/** Calls allowed in AuthMode.NONE: building the menu and reading the user's locale. */
const IN_NONE =
  /^(SpreadsheetApp\.getUi|Ui\.(createMenu|createAddonMenu)|Menu\.\w+|Session\.getActiveUserLocale)$/;

/** Scopes that LIMITED never reaches, whatever was granted. */
const NOT_IN_LIMITED = new Set<string>([SCOPES.email, SCOPES.driveFile, SCOPES.drive]);

export class Authorization {
  mode: AuthModeName;
  readonly granted: Set<string>;

  constructor(mode: AuthModeName = 'FULL', granted: readonly string[] = MANIFEST_SCOPES) {
    this.mode = mode;
    this.granted = new Set(granted);
  }

  /** The scopes a call needs, if it needs any. */
  static needs(method: string): string[] | null {
    return RULES.find((r) => r.pattern.test(method))?.anyOf ?? null;
  }

  /** Throws Apps Script's error when the call is not allowed in this mode with these scopes. */
  check(method: string): void {
    if (method.startsWith('ScriptApp.')) return;
    if (this.mode === 'NONE') {
      if (!IN_NONE.test(method))
        throw new Error(
          `You do not have permission to call ${method}. The add-on has not been authorized in this document.`,
        );
      return;
    }
    const needs = Authorization.needs(method);
    if (!needs) return;
    const usable = needs.filter(
      (s) => this.granted.has(s) && !(this.mode === 'LIMITED' && NOT_IN_LIMITED.has(s)),
    );
    if (usable.length === 0)
      throw new Error(
        `Specified permissions are not sufficient to call ${method}. Required permissions: (${needs.join(' || ')})`,
      );
  }
}
