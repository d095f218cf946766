/**
 * Conflicts of interest: a juror never scores an entry of their own agency,
 * nor one the secretariat declared in the Setup's conflicts table. Agencies
 * are typed by hand, so two spellings the secretariat would call the same
 * ("Kab. Situbondo", "Kabupaten  Situbondo") match; two that only look alike
 * are not matched but reported, at both cells, for a person to decide.
 */
import { nameOrId } from './names';
import type { Competition, Entry, Juror, Problem, TableField } from './model';
import { problem } from './say';

/** Abbreviations of Indonesian government names, written out. */
const WORDS: Readonly<Record<string, string>> = {
  prov: 'provinsi',
  propinsi: 'provinsi',
  kab: 'kabupaten',
  kec: 'kecamatan',
  kel: 'kelurahan',
  pemprov: 'pemerintahprovinsi',
  pemkab: 'pemerintahkabupaten',
  pemkot: 'pemerintahkota',
  pemda: 'pemerintahdaerah',
};

/**
 * The key two agencies are matched by: case, spaces and punctuation do not
 * count, and the usual abbreviations stand for their words.
 */
export function agencyKey(agency: string): string {
  return agency
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== '')
    .map((w) => WORDS[w] ?? w)
    .join('');
}

/** Same agency: both named, and the same key. */
export function sameAgency(a: string, b: string): boolean {
  const k = agencyKey(a);
  return k !== '' && k === agencyKey(b);
}

/**
 * Levenshtein distance, or `limit + 1` as soon as it is known to exceed
 * `limit`, over two rows of `b.length + 1` cells.
 */
function distance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let prev: number[] = [];
  let row: number[] = [];
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    row[0] = i;
    let best = i;
    const ai = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (ai === b.charCodeAt(j - 1) ? 0 : 1));
      row[j] = v;
      if (v < best) best = v;
    }
    if (best > limit) return limit + 1;
    const done = prev;
    prev = row;
    row = done;
  }
  return prev[b.length];
}

/** Shorter keys than this are too short to say two spellings look alike (DLH, DPPPA). */
const MIN_LOOK_ALIKE = 6;

/**
 * Two agencies that are not matched but that a person might mean as one: one
 * key holds the other ("Dinas Kominfo" and "Dinas Kominfosan") or they differ
 * by one or two letters ("Dinas Kesehatan" and "Dinas Kesehaten").
 */
export function looksAlike(a: string, b: string): boolean {
  return keysLookAlike(agencyKey(a), agencyKey(b));
}

/**
 * A lower bound of the Levenshtein distance (the larger of the letters one
 * key has more of and the letters the other has more of: each edit mends at
 * most one of each), or 0 when a key holds a letter outside ASCII. It is
 * linear: a juror's agency is compared with every entrant agency of a
 * national competition, and most pairs differ in more letters than the limit.
 * `counts` (128 zeros, left as zeros) holds the letter counts of x minus y's.
 */
function letterBound(x: string, y: string, counts: Int32Array): number {
  for (let i = 0; i < x.length; i++) if (x.charCodeAt(i) >= 128) return 0;
  for (let i = 0; i < y.length; i++) if (y.charCodeAt(i) >= 128) return 0;
  for (let i = 0; i < x.length; i++) counts[x.charCodeAt(i)]++;
  for (let i = 0; i < y.length; i++) counts[y.charCodeAt(i)]--;
  let more = 0;
  let fewer = 0;
  for (let i = 0; i < x.length; i++) {
    const code = x.charCodeAt(i);
    if (counts[code] > 0) {
      more += counts[code];
      counts[code] = 0;
    }
  }
  for (let i = 0; i < y.length; i++) {
    const code = y.charCodeAt(i);
    if (counts[code] < 0) fewer -= counts[code];
    counts[code] = 0;
  }
  return Math.max(more, fewer);
}

/** The letters of a key as bits (a letter's code modulo 32): which letters one key has that another lacks. */
function letterMask(key: string): number {
  let mask = 0;
  for (let i = 0; i < key.length; i++) mask |= 1 << (key.charCodeAt(i) & 31);
  return mask;
}

function bitCount(bits: number): number {
  let n = 0;
  for (let b = bits; b !== 0; b &= b - 1) n++;
  return n;
}

/**
 * looksAlike on two agency keys. A caller comparing many pairs passes each
 * key's letterMask and a `counts` for letterBound, made once.
 */
function keysLookAlike(
  x: string,
  y: string,
  counts = new Int32Array(128),
  xMask = letterMask(x),
  yMask = letterMask(y),
): boolean {
  if (x === y || Math.min(x.length, y.length) < MIN_LOOK_ALIKE) return false;
  const limit = x.length >= 12 ? 2 : 1;
  // Letters (as bits) one key has and the other lacks: y within x needs none of y's missing from x,
  // x within y the reverse, and each letter missing costs an edit. Most pairs fail all three at once.
  const onlyY = bitCount(yMask & ~xMask);
  const onlyX = bitCount(xMask & ~yMask);
  if (onlyY !== 0 && onlyX !== 0 && (onlyY > limit || onlyX > limit)) return false;
  if (x.includes(y) || y.includes(x)) return true;
  return letterBound(x, y, counts) <= limit && distance(x, y, limit) <= limit;
}

export type ConflictKind = 'agency' | 'declared';

/** Tells whether a juror must not score an entry (one of the competition's), and why; built once per competition. */
export interface ConflictTest {
  (juror: Pick<Juror, 'id' | 'agency'>, entry: Entry | undefined): ConflictKind | null;
  /**
   * The jurors of a list who may score an entry: the test for every juror of the list at once. When
   * all of them may, the list itself is returned (not a copy): do not change it.
   */
  allowed<J extends Pick<Juror, 'id' | 'agency'>>(
    jurors: readonly J[],
    entry: Entry | undefined,
  ): readonly J[];
  /**
   * Whether the juror may be in conflict with some entry at all (a declared conflict names them, or
   * their agency is some entrant's): when not, a caller testing their entries need not look them up.
   */
  any(juror: Pick<Juror, 'id' | 'agency'>): boolean;
}

export function conflictTest(c: Pick<Competition, 'conflicts' | 'entries'>): ConflictTest {
  // Declared pairs by juror, so that a pair costs no string building.
  const declared = new Map<string, Set<string>>();
  const declaredEntries = new Set<string>();
  for (const x of c.conflicts) {
    const jurorId = x.jurorId.trim();
    declared.set(jurorId, (declared.get(jurorId) ?? new Set()).add(x.entryId.trim()));
    declaredEntries.add(x.entryId.trim());
  }
  // Each agency's key is computed once. Pairs come juror by juror (or entry by
  // entry), so the last juror's and the last entry's keys are kept at hand.
  const keys = new Map<string, string>();
  const keyOf = (agency: string): string => {
    let k = keys.get(agency);
    if (k === undefined) keys.set(agency, (k = agencyKey(agency)));
    return k;
  };
  // The keys of every entrant agency, made when first needed: a juror whose agency is none of them
  // (most jurors: academics, officials of other bodies) is in conflict with no entry by agency, and
  // their pairs need no key of the entry's, a look-up by text that costs more the more agencies there are.
  let entryKeys: Set<string> | null = null;
  const matches = (jurorKey: string): boolean => {
    entryKeys ??= new Set(c.entries.map((e) => keyOf(e.agency)));
    return jurorKey !== '' && entryKeys.has(jurorKey);
  };
  let jurorAgency = '';
  let jurorKey = '';
  let jurorMatches = false;
  let entryAgency = '';
  let entryKey = '';
  const test = (juror: Pick<Juror, 'id' | 'agency'>, entry: Entry | undefined): ConflictKind | null => {
    if (entry === undefined) return null;
    if (declared.size > 0 && declared.get(juror.id)?.has(entry.id) === true) return 'declared';
    if (juror.agency !== jurorAgency || entryKeys === null) {
      jurorAgency = juror.agency;
      jurorKey = keyOf(jurorAgency);
      jurorMatches = matches(jurorKey);
    }
    if (!jurorMatches) return null;
    if (entry.agency !== entryAgency) {
      entryAgency = entry.agency;
      entryKey = keyOf(entryAgency);
    }
    return jurorKey === entryKey ? 'agency' : null;
  };
  // The keys of a list of jurors (a stage's), kept with the list, and the set of them: an entry whose
  // agency is none of them and that no declared conflict names may have every juror of the list.
  const listKeys = new WeakMap<readonly Pick<Juror, 'agency'>[], { keys: string[]; any: Set<string> }>();
  const allowed = <J extends Pick<Juror, 'id' | 'agency'>>(
    jurors: readonly J[],
    entry: Entry | undefined,
  ): readonly J[] => {
    if (entry === undefined) return jurors;
    let list = listKeys.get(jurors);
    if (list === undefined) {
      const keys = jurors.map((j) => keyOf(j.agency));
      listKeys.set(jurors, (list = { keys, any: new Set(keys) }));
    }
    const jurorKeys = list.keys;
    const key = keyOf(entry.agency);
    if (!list.any.has(key) && !declaredEntries.has(entry.id)) return jurors;
    const out: J[] = [];
    jurors.forEach((j, i) => {
      if (declared.size > 0 && declared.get(j.id)?.has(entry.id) === true) return;
      if (jurorKeys[i] !== '' && jurorKeys[i] === key) return;
      out.push(j);
    });
    return out;
  };
  const any = (juror: Pick<Juror, 'id' | 'agency'>): boolean =>
    declared.has(juror.id) || matches(keyOf(juror.agency));
  return Object.assign(test, { allowed, any });
}

/** The conflicts table: each row names a juror and an entry of the Setup, with its reason. */
export function checkConflicts(c: Competition): Problem[] {
  const out: Problem[] = [];
  const jurors = new Set(c.jurors.map((j) => j.id));
  const entries = new Set(c.entries.map((e) => e.id));
  c.conflicts.forEach((x, index) => {
    const at = (field: TableField<'conflicts'>) => ({
      kind: 'table' as const,
      table: 'conflicts' as const,
      index,
      field,
    });
    const row = index + 1;
    if (!jurors.has(x.jurorId.trim()))
      out.push(problem('conflict-juror-unknown', 'error', at('jurorId'), { row, value: x.jurorId }));
    if (!entries.has(x.entryId.trim()))
      out.push(problem('conflict-entry-unknown', 'error', at('entryId'), { row, value: x.entryId }));
    if (x.reason.trim() === '') out.push(problem('conflict-reason-missing', 'error', at('reason'), { row }));
  });
  return out;
}

/**
 * A juror's agency and an entry's agency that look alike but are not matched:
 * a warning at both cells, once per pair of spellings.
 */
export function lookAlikeAgencies(c: Competition): Problem[] {
  const out: Problem[] = [];
  // Each spelling once, with its key: the entries' in first-row order, then the jurors' against them.
  const firstEntry = new Map<string, number>();
  c.entries.forEach((e, i) => {
    if (e.agency.trim() !== '' && !firstEntry.has(e.agency.trim())) firstEntry.set(e.agency.trim(), i);
  });
  const others = [...firstEntry].map(([agency, index]) => {
    const key = agencyKey(agency);
    return { agency, index, key, mask: letterMask(key) };
  });
  const seen = new Set<string>();
  const counts = new Int32Array(128);
  c.jurors.forEach((j, ji) => {
    const agency = j.agency.trim();
    if (agency === '' || seen.has(agency)) return;
    seen.add(agency);
    const key = agencyKey(agency);
    if (key.length < MIN_LOOK_ALIKE) return;
    const mask = letterMask(key);
    for (const other of others) {
      if (!keysLookAlike(key, other.key, counts, mask, other.mask)) continue;
      const ei = other.index;
      const params = { juror: nameOrId(j), a: agency, b: other.agency, entry: c.entries[ei].id };
      out.push(
        problem(
          'agency-look-alike',
          'warning',
          { kind: 'table', table: 'jurors', index: ji, field: 'agency' },
          params,
        ),
        problem(
          'agency-look-alike',
          'warning',
          { kind: 'table', table: 'entries', index: ei, field: 'agency' },
          params,
        ),
      );
    }
  });
  return out;
}
