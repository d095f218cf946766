/** The editor UI and HtmlService: everything shown to the user is recorded in a UiLog. */
import type { Recorder } from './calls';

export const Button = { CLOSE: 'CLOSE', OK: 'OK', CANCEL: 'CANCEL', YES: 'YES', NO: 'NO' } as const;
export type ButtonName = keyof typeof Button;
export const ButtonSet = {
  OK: 'OK',
  OK_CANCEL: 'OK_CANCEL',
  YES_NO: 'YES_NO',
  YES_NO_CANCEL: 'YES_NO_CANCEL',
} as const;
export type ButtonSetName = keyof typeof ButtonSet;

export type MenuEntry =
  | { kind: 'item'; caption: string; functionName: string }
  | { kind: 'separator' }
  | { kind: 'submenu'; menu: RecordedMenu };

export interface RecordedMenu {
  /** null for the add-on menu, whose caption is the add-on's name. */
  caption: string | null;
  addon: boolean;
  entries: MenuEntry[];
}

export class UiLog {
  readonly menus: RecordedMenu[] = [];
  readonly alerts: { title: string | null; prompt: string; buttons: ButtonSetName; answer: ButtonName }[] =
    [];
  readonly prompts: { title: string | null; prompt: string; buttons: ButtonSetName }[] = [];
  readonly toasts: { message: string; title: string | null; timeoutSeconds: number | null }[] = [];
  readonly sidebars: { title: string; content: string }[] = [];
  readonly dialogs: { title: string; content: string; modal: boolean }[] = [];
  /**
   * Buttons the "user" clicks in the next alerts, first first. Each must be
   * one the alert shows (or CLOSE, the dialog's ×). Without one, an OK alert
   * is acknowledged with OK and a question is closed unanswered (CLOSE): a
   * test that wants a YES says so.
   */
  readonly alertAnswers: ButtonName[] = [];
  /** Answers to the next prompts; otherwise OK with ''. */
  readonly promptAnswers: { button: ButtonName; text: string }[] = [];

  /** Captions of the items of a recorded menu, separators as '---', submenus as 'caption >'. */
  itemsOf(menu: RecordedMenu): string[] {
    return menu.entries.map((e) =>
      e.kind === 'item' ? e.caption : e.kind === 'separator' ? '---' : `${e.menu.caption ?? ''} >`,
    );
  }
}

function defaultButton(set: ButtonSetName): ButtonName {
  return set === 'YES_NO' || set === 'YES_NO_CANCEL' ? 'YES' : 'OK';
}

/** The buttons an alert of each set shows, plus CLOSE: the × every dialog has. */
const SHOWN: Record<ButtonSetName, ButtonName[]> = {
  OK: ['OK', 'CLOSE'],
  OK_CANCEL: ['OK', 'CANCEL', 'CLOSE'],
  YES_NO: ['YES', 'NO', 'CLOSE'],
  YES_NO_CANCEL: ['YES', 'NO', 'CANCEL', 'CLOSE'],
};

export class FakeMenu {
  readonly record: RecordedMenu;

  constructor(
    private readonly rec: Recorder,
    private readonly log: UiLog,
    caption: string | null,
    addon: boolean,
  ) {
    this.record = { caption, addon, entries: [] };
  }

  addItem(caption: string, functionName: string): FakeMenu {
    this.rec.call('Menu.addItem');
    this.record.entries.push({ kind: 'item', caption, functionName });
    return this;
  }

  addSeparator(): FakeMenu {
    this.rec.call('Menu.addSeparator');
    this.record.entries.push({ kind: 'separator' });
    return this;
  }

  addSubMenu(menu: FakeMenu): FakeMenu {
    this.rec.call('Menu.addSubMenu');
    if (!(menu instanceof FakeMenu))
      throw new Error("The parameters (Object) don't match the method signature for Ui.Menu.addSubMenu.");
    this.record.entries.push({ kind: 'submenu', menu: menu.record });
    return this;
  }

  addToUi(): void {
    this.rec.call('Menu.addToUi');
    this.log.menus.push(this.record);
  }
}

export class FakePromptResponse {
  constructor(
    private readonly rec: Recorder,
    private readonly text: string,
    private readonly button: ButtonName,
  ) {}

  getResponseText(): string {
    this.rec.call('PromptResponse.getResponseText');
    return this.text;
  }

  getSelectedButton(): ButtonName {
    this.rec.call('PromptResponse.getSelectedButton');
    return this.button;
  }
}

export class FakeUi {
  readonly Button = Button;
  readonly ButtonSet = ButtonSet;

  constructor(
    private readonly rec: Recorder,
    private readonly log: UiLog,
  ) {}

  createMenu(caption: string): FakeMenu {
    this.rec.call('Ui.createMenu');
    return new FakeMenu(this.rec, this.log, caption, false);
  }

  createAddonMenu(): FakeMenu {
    this.rec.call('Ui.createAddonMenu');
    return new FakeMenu(this.rec, this.log, null, true);
  }

  /** alert(prompt) | alert(prompt, buttons) | alert(title, prompt, buttons) */
  alert(a: string, b?: string, c?: string): ButtonName {
    this.rec.call('Ui.alert');
    const entry = dialogArgs(a, b, c);
    if (typeof entry.prompt !== 'string' || (entry.title !== null && typeof entry.title !== 'string'))
      throw new Error("The parameters don't match the method signature for Ui.alert.");
    const queued = this.log.alertAnswers.shift();
    if (queued !== undefined && !SHOWN[entry.buttons].includes(queued))
      throw new Error(
        `The test answers ${queued} to an alert that shows ${SHOWN[entry.buttons].join(', ')}: ${entry.prompt}`,
      );
    const answer = queued ?? (entry.buttons === 'OK' ? 'OK' : 'CLOSE');
    this.log.alerts.push({ ...entry, answer });
    return answer;
  }

  prompt(a: string, b?: string, c?: string): FakePromptResponse {
    this.rec.call('Ui.prompt');
    const entry = dialogArgs(a, b, c);
    this.log.prompts.push(entry);
    const answer = this.log.promptAnswers.shift() ?? { button: defaultButton(entry.buttons), text: '' };
    return new FakePromptResponse(this.rec, answer.text, answer.button);
  }

  showSidebar(output: FakeHtmlOutput): void {
    this.rec.call('Ui.showSidebar');
    this.log.sidebars.push({ title: output.title, content: output.content });
  }

  showModalDialog(output: FakeHtmlOutput, title: string): void {
    this.rec.call('Ui.showModalDialog');
    this.log.dialogs.push({ title, content: output.content, modal: true });
  }

  showModelessDialog(output: FakeHtmlOutput, title: string): void {
    this.rec.call('Ui.showModelessDialog');
    this.log.dialogs.push({ title, content: output.content, modal: false });
  }
}

function dialogArgs(
  a: string,
  b?: string,
  c?: string,
): { title: string | null; prompt: string; buttons: ButtonSetName } {
  if (c !== undefined) return { title: a, prompt: b ?? '', buttons: toButtonSet(c) };
  if (b !== undefined) return { title: null, prompt: a, buttons: toButtonSet(b) };
  return { title: null, prompt: a, buttons: 'OK' };
}

function toButtonSet(value: string): ButtonSetName {
  if (value in ButtonSet) return value as ButtonSetName;
  throw new Error(`The parameters (String,${String(value)}) don't match the method signature for Ui.alert.`);
}

export class FakeHtmlOutput {
  title = '';
  content: string;
  width = 300;
  height = 500;

  constructor(
    private readonly rec: Recorder,
    content: string,
  ) {
    this.content = content;
  }

  setTitle(title: string): FakeHtmlOutput {
    this.rec.call('HtmlOutput.setTitle');
    this.title = title;
    return this;
  }

  getTitle(): string {
    this.rec.call('HtmlOutput.getTitle');
    return this.title;
  }

  setWidth(width: number): FakeHtmlOutput {
    this.rec.call('HtmlOutput.setWidth');
    this.width = width;
    return this;
  }

  getWidth(): number {
    this.rec.call('HtmlOutput.getWidth');
    return this.width;
  }

  setHeight(height: number): FakeHtmlOutput {
    this.rec.call('HtmlOutput.setHeight');
    this.height = height;
    return this;
  }

  getHeight(): number {
    this.rec.call('HtmlOutput.getHeight');
    return this.height;
  }

  getContent(): string {
    this.rec.call('HtmlOutput.getContent');
    return this.content;
  }

  setContent(content: string): FakeHtmlOutput {
    this.rec.call('HtmlOutput.setContent');
    this.content = content;
    return this;
  }

  append(added: string): FakeHtmlOutput {
    this.rec.call('HtmlOutput.append');
    this.content += added;
    return this;
  }

  setXFrameOptionsMode(_mode: string): FakeHtmlOutput {
    this.rec.call('HtmlOutput.setXFrameOptionsMode');
    return this;
  }

  addMetaTag(_name: string, _content: string): FakeHtmlOutput {
    this.rec.call('HtmlOutput.addMetaTag');
    return this;
  }
}

export class FakeHtmlService {
  readonly SandboxMode = { EMULATED: 'EMULATED', IFRAME: 'IFRAME', NATIVE: 'NATIVE' } as const;
  readonly XFrameOptionsMode = { ALLOWALL: 'ALLOWALL', DEFAULT: 'DEFAULT' } as const;

  constructor(
    private readonly rec: Recorder,
    private readonly files: Record<string, string>,
  ) {}

  createHtmlOutput(html?: string): FakeHtmlOutput {
    this.rec.call('HtmlService.createHtmlOutput');
    return new FakeHtmlOutput(this.rec, html ?? '');
  }

  createHtmlOutputFromFile(filename: string): FakeHtmlOutput {
    this.rec.call('HtmlService.createHtmlOutputFromFile');
    const name = filename.replace(/\.html$/, '');
    const content = this.files[name];
    if (content === undefined) throw new Error(`No HTML file named ${name} was found.`);
    return new FakeHtmlOutput(this.rec, content);
  }
}
