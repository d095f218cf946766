/**
 * Getting a competition ready fast, and chasing late jurors: a new
 * competition from a template, entries imported from another sheet with
 * their columns matched once, and the reminders of late jurors with the
 * links the secretariat clicks to send them.
 */
import type { ReminderItem } from '../workflow/summary';
import { h } from './dom';
import { IMPORT_FIELDS, type ImportForm, type PresetName } from './state';
import { actionButton, busyButton, para, type Ctx } from './widgets';

const PRESETS: readonly PresetName[] = ['regency', 'province', 'nation'];

/** The template list and its button, on the welcome. */
export function presetChooser(ctx: Ctx): HTMLElement {
  const { say, state } = ctx;
  const select = h(
    'select',
    {
      id: 'preset',
      'data-key': 'preset-choice',
      onchange: (e: Event) => ctx.on.setPreset((e.target as HTMLSelectElement).value as PresetName),
    },
    PRESETS.map((p) => h('option', { value: p }, say(`welcome.preset.${p}`))),
  );
  select.value = state.preset;
  select.disabled = state.busy !== null;
  return h(
    'div',
    { class: 'field preset' },
    h('label', { for: 'preset' }, say('welcome.preset')),
    select,
    actionButton(ctx, 'preset', 'welcome.presetRun', 'welcome.creating', false),
  );
}

/** One labelled drop-down of the import form. */
function choice(
  ctx: Ctx,
  id: string,
  label: string,
  options: { value: string; text: string }[],
  value: string,
  change: (value: string) => void,
): HTMLElement {
  const select = h(
    'select',
    { id, 'data-key': id, onchange: (e: Event) => change((e.target as HTMLSelectElement).value) },
    options.map((o) => h('option', { value: o.value }, o.text)),
  );
  select.value = value;
  select.disabled = ctx.state.busy !== null;
  return h('div', { class: 'field' }, h('label', { for: id }, label), select);
}

function importForm(ctx: Ctx, form: ImportForm): HTMLElement {
  const { say } = ctx;
  const source = form.sources.find((s) => s.sheet === form.sheet);
  const columns = [
    { value: '0', text: say('import.none') },
    ...(source?.headers ?? []).map((header, i) => ({
      value: String(i + 1),
      text: say('import.column', { col: columnLetter(i + 1), header }),
    })),
  ];
  return h(
    'div',
    { class: 'import-form', role: 'group', 'aria-labelledby': 'import-heading' },
    h('h3', { id: 'import-heading' }, say('import.title')),
    para(say('import.body'), 'muted'),
    choice(
      ctx,
      'import-source',
      say('import.source'),
      form.sources.map((s) => ({
        value: s.sheet,
        text: say('import.sourceOption', { sheet: s.sheet, rows: s.rows }),
      })),
      form.sheet,
      (sheet) => ctx.on.chooseSource(sheet),
    ),
    IMPORT_FIELDS.map((field) =>
      choice(
        ctx,
        `import-${field}`,
        say(`import.field.${field}`),
        columns,
        String(form.mapping[field]),
        (v) => ctx.on.chooseColumn(field, Number(v)),
      ),
    ),
    h(
      'div',
      { class: 'row' },
      actionButton(ctx, 'import', 'import.run', 'import.running'),
      h(
        'button',
        {
          type: 'button',
          class: 'btn',
          'data-key': 'import-cancel',
          disabled: ctx.state.busy !== null,
          onclick: () => ctx.on.cancelImport(),
        },
        say('import.cancel'),
      ),
    ),
  );
}

/** A, B, …, Z, AA: the column as the spreadsheet names it. */
function columnLetter(col: number): string {
  let out = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
  return out;
}

/** Import entries in the Setup step: a button, then the form once the sheets are known. */
export function importPart(ctx: Ctx): HTMLElement[] {
  const { say, state } = ctx;
  const form = state.importForm;
  if (form && form.sources.length > 0) return [importForm(ctx, form)];
  const open = busyButton(ctx, {
    key: 'importOpen',
    class: 'btn',
    running: state.busy === 'importOpen',
    label: say('import.open'),
    runningLabel: say('import.loading'),
    spinner: false,
    onclick: () => ctx.on.openImport(),
  });
  return form ? [para(say('import.noSources'), 'warn'), open] : [open];
}

/** Only a mail or WhatsApp link may become a link: anything else from the data is shown as text. */
function sendLink(url: string, kind: 'mailto' | 'whatsapp'): string | null {
  if (kind === 'mailto') return /^mailto:[^\s]*$/i.test(url) ? url : null;
  return /^https:\/\/(wa\.me|api\.whatsapp\.com)\/[^\s]*$/i.test(url) ? url : null;
}

function reminderCard(ctx: Ctx, r: ReminderItem, i: number): HTMLElement {
  const { say } = ctx;
  const mail = sendLink(r.mailto, 'mailto');
  const whatsapp = sendLink(r.whatsapp, 'whatsapp');
  const link = (href: string, label: string, key: string) =>
    h('a', { href, target: '_blank', rel: 'noopener noreferrer', class: 'btn link', 'data-key': key }, label);
  return h(
    'li',
    { class: 'reminder' },
    h('h4', {}, r.name),
    h('p', { class: 'reminder-text' }, r.text),
    h(
      'div',
      { class: 'row' },
      mail ? link(mail, say('remind.email'), `remind-mail-${i}`) : null,
      whatsapp ? link(whatsapp, say('remind.whatsapp'), `remind-wa-${i}`) : null,
    ),
  );
}

/** Remind jurors in the Progress step: the button, then each late juror's reminder. */
export function remindPart(ctx: Ctx): HTMLElement[] {
  const { say, state } = ctx;
  const list = state.reminders ?? [];
  return [
    actionButton(ctx, 'remind', 'remind.run', 'remind.running', false),
    ...(list.length > 0
      ? [
          h('h3', { id: 'remind-title' }, say('remind.title')),
          h(
            'ul',
            { class: 'reminders', 'aria-labelledby': 'remind-title' },
            list.map((r, i) => reminderCard(ctx, r, i)),
          ),
        ]
      : []),
  ];
}
