/**
 * How a message tells the user to run an action depends on the shell: the
 * add-on's menu and sidebar say 'choose "Generate juror tabs"', the command
 * line says 'run "juri generate kompetisi.xlsx"'. Messages write the action
 * as a token, {@generate}, which `fill` leaves alone; each shell puts its own
 * words in. Whatever reaches `pick` still holding a token gets the add-on's.
 */
import type { Lang, Text } from '../core/model';
import type { Catalogue } from './index';

export type ActionVerb = 'newCompetition' | 'generate' | 'check' | 'rank' | 'rankAnyway';

const TOKEN = /\{@(\w+)\}/g;

/** The add-on's words: its menu items, as the user sees them in the Juri menu and the sidebar. */
export const addOnVerbs: Catalogue<ActionVerb> = {
  id: {
    newCompetition: 'pilih "Kompetisi baru" di menu Juri',
    generate: 'pilih "Buat tab juri"',
    check: 'pilih "Periksa nilai"',
    rank: 'pilih "Hitung peringkat"',
    rankAnyway: 'pilih hitung dengan nilai yang ada',
  },
  en: {
    newCompetition: 'choose "New competition" in the Juri menu',
    generate: 'choose "Generate juror tabs"',
    check: 'choose "Check scores"',
    rank: 'choose "Compute ranking"',
    rankAnyway: 'choose to rank on the scores present',
  },
};

/** The command line's words for the workbook `file`. */
export function cliVerbs(file: string): Catalogue<ActionVerb> {
  const id = {
    newCompetition: 'buat buku kerja baru dengan "juri init BERKAS.xlsx"',
    generate: 'jalankan "juri generate {file}"',
    check: 'jalankan "juri check {file}"',
    rank: 'jalankan "juri rank {file}"',
    rankAnyway: 'jalankan "juri rank {file} --allow-incomplete"',
  };
  const en: typeof id = {
    newCompetition: 'create a new workbook with "juri init FILE.xlsx"',
    generate: 'run "juri generate {file}"',
    check: 'run "juri check {file}"',
    rank: 'run "juri rank {file}"',
    rankAnyway: 'run "juri rank {file} --allow-incomplete"',
  };
  const filled = (t: Record<ActionVerb, string>) =>
    Object.fromEntries(Object.entries(t).map(([k, v]) => [k, v.replace('{file}', file)])) as Record<
      ActionVerb,
      string
    >;
  return { id: filled(id), en: filled(en) };
}

function put(text: string, words: Record<ActionVerb, string>): string {
  return text.replace(TOKEN, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(words, name) ? words[name as ActionVerb] : whole,
  );
}

/** One language of a text, its action tokens in the words of `verbs`. */
export function inShell(text: string, lang: Lang, verbs: Catalogue<ActionVerb>): string {
  return put(text, verbs[lang]);
}

/** Both languages of a text, its action tokens in the words of `verbs`. */
export function textInShell(text: Text, verbs: Catalogue<ActionVerb>): Text {
  return { id: put(text.id, verbs.id), en: put(text.en, verbs.en) };
}
