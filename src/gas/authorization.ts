/**
 * The permissions (OAuth scopes) each action needs, checked before it starts.
 * Google's consent screen lets a user untick single permissions; without this
 * check, an action would stop part-way with Google's raw error. The message
 * names each missing permission and why Juri needs it.
 */
import type { Text } from '../core/model';
import { say } from '../i18n';
import { permissionMessages } from '../i18n/permissions';

declare global {
  // Newer than @types/google-apps-script: the scopes granted out of a list (granular consent).
  // eslint-disable-next-line @typescript-eslint/no-namespace -- augments the global Apps Script types
  namespace GoogleAppsScript.Script {
    interface AuthorizationInfo {
      getAuthorizedScopes(): string[] | null;
    }
    interface ScriptApp {
      getAuthorizationInfo(authMode: AuthMode, oAuthScopes: string[]): AuthorizationInfo;
    }
  }
}

export const SCOPE = {
  sheet: 'https://www.googleapis.com/auth/spreadsheets.currentonly',
  ui: 'https://www.googleapis.com/auth/script.container.ui',
  email: 'https://www.googleapis.com/auth/userinfo.email',
  driveFile: 'https://www.googleapis.com/auth/drive.file',
} as const;

export type ScopeName = keyof typeof SCOPE;

/** What each kind of action needs. */
export const NEEDS = {
  read: ['sheet'],
  panel: ['sheet', 'ui'],
  write: ['sheet', 'ui', 'email'],
  publish: ['sheet', 'ui', 'email', 'driveFile'],
} as const satisfies Record<string, readonly ScopeName[]>;

/**
 * Which of `names` the user granted (every one when Apps Script cannot tell,
 * on an older runtime), and the page where the user grants the rest.
 */
export function grantedScopes(names: readonly ScopeName[]): { granted: Set<ScopeName>; grantUrl: string } {
  const info = ScriptApp.getAuthorizationInfo(
    ScriptApp.AuthMode.FULL,
    names.map((n) => SCOPE[n]),
  );
  const authorized = info.getAuthorizedScopes();
  const granted = Array.isArray(authorized) ? names.filter((n) => authorized.includes(SCOPE[n])) : names;
  return {
    granted: new Set(granted),
    grantUrl: granted.length < names.length ? (info.getAuthorizationUrl() ?? '') : '',
  };
}

/** The message for the permissions an action needs but lacks; null when it has them all. */
export function missingPermissions(needs: readonly ScopeName[]): Text | null {
  const { granted, grantUrl } = grantedScopes(needs);
  const missing = needs.filter((n) => !granted.has(n));
  if (missing.length === 0) return null;
  const list = (lang: 'id' | 'en') => missing.map((n) => permissionMessages[lang][`scope.${n}`]).join('; ');
  const url = grantUrl || 'https://myaccount.google.com/connections';
  const id = say(permissionMessages, 'missing', { list: list('id'), url }).id;
  const en = say(permissionMessages, 'missing', { list: list('en'), url }).en;
  return { id, en };
}
