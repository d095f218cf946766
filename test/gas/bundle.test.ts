/**
 * Loads the built dist/Code.js the way Apps Script does (one global scope, no
 * modules) and calls its entry points with stand-ins for the services.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import { MENU_ITEMS } from '../../src/gas/menu';

const root = join(__dirname, '..', '..');
let code = '';

// jest's globalSetup has built dist/.
beforeAll(() => {
  code = readFileSync(join(root, 'dist/Code.js'), 'utf8');
});

interface MenuRecord {
  title: string;
  addon: boolean;
  items: { caption: string; fn: string }[];
  added: boolean;
}

/** Stand-ins that record the menu; any other service call in AuthMode.NONE is an error. */
function sandbox(authModeNoneStrict: boolean) {
  const menus: MenuRecord[] = [];
  const touched: string[] = [];
  const menu = (title: string, addon: boolean) => {
    const rec: MenuRecord = { title, addon, items: [], added: false };
    menus.push(rec);
    const api = {
      addItem: (caption: string, fn: string) => (rec.items.push({ caption, fn }), api),
      addSeparator: () => api,
      addToUi: () => {
        rec.added = true;
      },
    };
    return api;
  };
  const ui = { createMenu: (t: string) => menu(t, false), createAddonMenu: () => menu('', true) };
  const forbidden = (name: string) =>
    new Proxy(
      {},
      {
        get: (_t, prop) => {
          touched.push(`${name}.${String(prop)}`);
          if (authModeNoneStrict) throw new Error(`${name}.${String(prop)} is not allowed in AuthMode.NONE`);
          return () => undefined;
        },
      },
    );
  const context = vm.createContext({
    SpreadsheetApp: { getUi: () => ui },
    ScriptApp: { AuthMode: { NONE: 'NONE', LIMITED: 'LIMITED', FULL: 'FULL' } },
    // getActiveUserLocale needs no authorization: AuthMode.NONE allows it, and nothing else of Session.
    Session: authModeNoneStrict
      ? new Proxy(
          { getActiveUserLocale: () => 'en_GB' },
          {
            get: (t, prop) => {
              if (prop === 'getActiveUserLocale') return t.getActiveUserLocale;
              touched.push(`Session.${String(prop)}`);
              throw new Error(`Session.${String(prop)} is not allowed in AuthMode.NONE`);
            },
          },
        )
      : { getActiveUserLocale: () => 'en' },
    LockService: forbidden('LockService'),
    PropertiesService: forbidden('PropertiesService'),
    DriveApp: forbidden('DriveApp'),
    HtmlService: forbidden('HtmlService'),
    console,
  });
  vm.runInContext(code, context, { filename: 'Code.js' });
  return { context, menus, touched };
}

/** Names of the top-level function declarations of a script, as Apps Script lists them. */
function topLevelFunctions(source: string): Set<string> {
  return new Set([...source.matchAll(/^function ([A-Za-z_$][\w$]*)\s*\(/gm)].map((m) => m[1]));
}

describe('the built Apps Script bundle', () => {
  it('has no import or export left', () => {
    expect(code).not.toMatch(/^\s*(export|import)\s/m);
  });

  it('declares onOpen, onInstall and every menu target as top-level functions', () => {
    const declared = topLevelFunctions(code);
    const targets = MENU_ITEMS.flatMap((i) => (i === 'separator' ? [] : [i.fn]));
    for (const name of ['onOpen', 'onInstall', ...targets]) expect(declared).toContain(name);
  });

  it('builds the menu in AuthMode.NONE without touching any other service', () => {
    const { context, menus, touched } = sandbox(true);
    vm.runInContext('onOpen({ authMode: ScriptApp.AuthMode.NONE })', context);
    expect(touched).toEqual([]);
    expect(menus).toHaveLength(1);
    expect(menus[0].addon).toBe(true);
    expect(menus[0].added).toBe(true);
    const fns = menus[0].items.map((i) => i.fn);
    expect(fns).toEqual(MENU_ITEMS.flatMap((i) => (i === 'separator' ? [] : [i.fn])));
    // The user's locale is readable without authorization: the menu is in their language.
    expect(menus[0].items[0].caption).toBe('Open Juri panel');
  });

  it('builds a custom Juri menu in AuthMode.LIMITED, in the user’s language', () => {
    const { context, menus } = sandbox(false);
    vm.runInContext('onInstall({ authMode: ScriptApp.AuthMode.LIMITED })', context);
    expect(menus[0].title).toBe('Juri');
    expect(menus[0].items[0].caption).toBe('Open Juri panel');
    const declared = topLevelFunctions(code);
    for (const item of menus[0].items) {
      expect(declared).toContain(item.fn);
      expect(typeof vm.runInContext(item.fn, context)).toBe('function');
    }
  });
});
