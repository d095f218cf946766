/**
 * The command line's arguments, read by Juri itself so that every mistake
 * (an unknown option, a missing value, a language Juri does not speak) is
 * said in the user's language, with the options the verb does take.
 */
import type { Lang } from '../core/model';
import { fill } from '../i18n';
import { cliMessages } from '../i18n/cli';

export const VERBS = [
  'init',
  'generate',
  'check',
  'rank',
  'demo',
  'import',
  'remind',
  'minutes',
  'collect',
] as const;
export type Verb = (typeof VERBS)[number];

type Flag = 'help' | 'json' | 'example' | 'allow-incomplete' | 'record-decisions' | 'confirm-cut';
type Valued = 'lang' | 'out' | 'preset' | 'sheet' | 'map' | 'today' | 'stage' | 'pdf' | 'split';
type Name = Flag | Valued;

const FLAGS: readonly Flag[] = [
  'help',
  'json',
  'example',
  'allow-incomplete',
  'record-decisions',
  'confirm-cut',
];
const VALUED: readonly Valued[] = ['lang', 'out', 'preset', 'sheet', 'map', 'today', 'stage', 'pdf', 'split'];

/** What each verb takes besides --help. */
const OPTIONS: Record<Verb, readonly Name[]> = {
  init: ['example', 'preset', 'lang'],
  generate: ['json', 'confirm-cut', 'split', 'lang'],
  check: ['json', 'lang'],
  rank: ['json', 'allow-incomplete', 'lang'],
  demo: ['out', 'lang'],
  import: ['sheet', 'map', 'lang'],
  remind: ['today', 'json', 'lang'],
  minutes: ['stage', 'pdf', 'allow-incomplete', 'record-decisions', 'lang'],
  collect: ['json', 'lang'],
};

/** How many files each verb names after itself. */
const FILES: Record<Verb, number> = {
  init: 1,
  generate: 1,
  check: 1,
  rank: 1,
  demo: 0,
  import: 2,
  remind: 1,
  minutes: 1,
  collect: 2,
};

/** An example of each option's value, for the message when it is missing. */
const EXAMPLES: Record<Valued, string> = {
  lang: '--lang en',
  out: '--out kompetisi.xlsx',
  preset: '--preset province',
  sheet: '--sheet Form_Responses',
  map: '--map title=B,agency=C',
  today: '--today 2026-11-30',
  stage: '--stage presentasi',
  pdf: '--pdf berita-acara.pdf',
  split: '--split berkas-juri',
};

export interface Args {
  verb: string | null;
  positionals: string[];
  help: boolean;
  json: boolean;
  example: boolean;
  allowIncomplete: boolean;
  lang: Lang | null;
  out: string | null;
  preset: string | null;
  sheet: string | null;
  map: string | null;
  today: string | null;
  stage: string | null;
  pdf: string | null;
  /** The folder of the juror files (generate --split). */
  split: string | null;
  recordDecisions: boolean;
  /** generate: the secretariat confirms the cut the Setup now states (core/frozen.ts). */
  confirmCut: boolean;
}

export type Parsed = { ok: true; args: Args } | { ok: false; args: Args; message: (lang: Lang) => string };

function isName(name: string): name is Name {
  return (FLAGS as readonly string[]).includes(name) || (VALUED as readonly string[]).includes(name);
}

/** Reads argv: `juri <verb> [file] [--option[=value]] ...`; `--` ends the options. */
export function parseArgs(argv: readonly string[]): Parsed {
  const args: Args = {
    verb: null,
    positionals: [],
    help: false,
    json: false,
    example: false,
    allowIncomplete: false,
    lang: null,
    out: null,
    preset: null,
    sheet: null,
    map: null,
    today: null,
    stage: null,
    pdf: null,
    split: null,
    recordDecisions: false,
    confirmCut: false,
  };
  const refuse = (key: keyof (typeof cliMessages)['id'], params: Record<string, string> = {}): Parsed => ({
    ok: false,
    args,
    message: (lang) => fill(cliMessages[lang][key], { verb: args.verb ?? '', ...params }),
  });
  const given: { name: Name; shown: string }[] = [];
  let onlyPositionals = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (onlyPositionals || !arg.startsWith('-') || arg === '-') {
      if (args.verb === null) args.verb = arg;
      else args.positionals.push(arg);
      continue;
    }
    if (arg === '--') {
      onlyPositionals = true;
      continue;
    }
    if (arg === '-h') {
      args.help = true;
      continue;
    }
    const eq = arg.indexOf('=');
    const shown = eq < 0 ? arg : arg.slice(0, eq);
    const name = shown.replace(/^--/, '');
    if (!arg.startsWith('--') || !isName(name)) return refuse('unknownOption', { option: shown });
    given.push({ name, shown });
    if ((FLAGS as readonly string[]).includes(name)) {
      if (eq >= 0) return refuse('optionTakesNoValue', { option: shown });
      if (name === 'help') args.help = true;
      if (name === 'json') args.json = true;
      if (name === 'example') args.example = true;
      if (name === 'allow-incomplete') args.allowIncomplete = true;
      if (name === 'record-decisions') args.recordDecisions = true;
      if (name === 'confirm-cut') args.confirmCut = true;
      continue;
    }
    let value: string | undefined = eq >= 0 ? arg.slice(eq + 1) : argv[i + 1];
    if (eq < 0) {
      if (value === undefined || value.startsWith('-')) value = undefined;
      else i++;
    }
    if (value === undefined || value === '') {
      return refuse('optionNeedsValue', { option: shown, example: EXAMPLES[name as Valued] });
    }
    if (name === 'lang') {
      if (value !== 'id' && value !== 'en') return refuse('badLang', { value });
      args.lang = value;
    } else args[name as Exclude<Valued, 'lang'>] = value;
  }
  const verb = args.verb;
  if (verb === null || !(VERBS as readonly string[]).includes(verb)) return { ok: true, args };
  if (args.help) return { ok: true, args };
  const allowed = OPTIONS[verb as Verb];
  const stray = given.find((g) => g.name !== 'help' && !allowed.includes(g.name));
  if (stray) {
    return refuse('optionNotForVerb', {
      option: stray.shown,
      options: allowed.map((o) => `--${o}`).join(', '),
    });
  }
  const files = FILES[verb as Verb];
  if (args.positionals.length > files) return refuse('extraArgument', { arg: args.positionals[files] });
  return { ok: true, args };
}
