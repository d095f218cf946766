/**
 * A fingerprint of everything a ranking is computed from: every setting of the
 * competition and every score as typed. Two rankings with the same
 * fingerprint came from the same data; any edit to a score or a setting
 * changes it (a juror's notes do not). SHA-256 over a canonical JSON (object keys sorted, sheets and
 * rows in a fixed order), so it does not depend on the order tabs were read.
 */
import { sha256 } from '@noble/hashes/sha2';
import { bytesToHex } from '@noble/hashes/utils';
import type { Competition, ScoreSheet } from './model';
import type { FrozenEntrants } from './frozen';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** A copy with object keys sorted and undefined members left out, for JSON.stringify. */
function canonical(value: unknown): Json {
  if (value === null || value === undefined) return null;
  if (Array.isArray(value)) return value.map(canonical);
  if (typeof value === 'object') {
    const out: { [key: string]: Json } = {};
    for (const key of Object.keys(value as object).sort()) {
      const v = (value as Record<string, unknown>)[key];
      if (v !== undefined) out[key] = canonical(v);
    }
    return out;
  }
  if (typeof value === 'number') return Number.isFinite(value) ? value : String(value);
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  return String(value);
}

const byKey = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The score sheets in canonical form, built in one pass (they are nearly all
 * of the text): sheets by stage and juror, rows by entry, keys inserted in
 * sorted order, notes left out (a juror's own remarks, not scores: editing
 * one does not make a ranking out of date).
 */
function canonicalSheets(sheets: readonly ScoreSheet[]): Json[] {
  const key = (s: ScoreSheet) => `${s.stageId}\u0000${s.jurorId}`;
  return [...sheets]
    .sort((a, b) => byKey(key(a), key(b)))
    .map((s) => ({
      jurorId: s.jurorId,
      rows: [...s.rows]
        .sort((a, b) => byKey(a.entryId, b.entryId))
        .map((r) => {
          const scores: { [key: string]: Json } = {};
          for (const criterion of Object.keys(r.scores).sort()) {
            const v = r.scores[criterion];
            if (v !== undefined) scores[criterion] = canonical(v);
          }
          return { entryId: r.entryId, scores };
        }),
      stageId: s.stageId,
    }));
}

/**
 * UTF-8 bytes of a string, as Node's Buffer.from(text, 'utf8') gives them: a
 * surrogate pair is one 4-byte character, a lone surrogate becomes U+FFFD.
 * Apps Script has no TextEncoder (which the hash library's own helper needs),
 * so the encoding is done here, one UTF-16 unit at a time into a buffer sized
 * for the worst case (3 bytes per unit).
 */
export function utf8(text: string): Uint8Array {
  const out = new Uint8Array(text.length * 3);
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    if (c < 0x80) {
      out[n++] = c;
      continue;
    }
    if (c < 0x800) {
      out[n++] = 0xc0 | (c >> 6);
      out[n++] = 0x80 | (c & 63);
      continue;
    }
    if (c >= 0xd800 && c <= 0xdfff) {
      const low = c <= 0xdbff && i + 1 < text.length ? text.charCodeAt(i + 1) : 0;
      if (low >= 0xdc00 && low <= 0xdfff) {
        const cp = 0x10000 + ((c - 0xd800) << 10) + (low - 0xdc00);
        i++;
        out[n++] = 0xf0 | (cp >> 18);
        out[n++] = 0x80 | ((cp >> 12) & 63);
        out[n++] = 0x80 | ((cp >> 6) & 63);
        out[n++] = 0x80 | (cp & 63);
        continue;
      }
      c = 0xfffd;
    }
    out[n++] = 0xe0 | (c >> 12);
    out[n++] = 0x80 | ((c >> 6) & 63);
    out[n++] = 0x80 | (c & 63);
  }
  return out.subarray(0, n);
}

/** The text the fingerprint is the SHA-256 of (UTF-8). */
export function canonicalJson(
  competition: Competition,
  sheets: readonly ScoreSheet[],
  frozen: FrozenEntrants = {},
): string {
  // Who took part in a frozen stage decides places too; a workbook without any record keeps its old fingerprint.
  const stages = Object.keys(frozen).sort();
  return JSON.stringify({
    competition: canonical(scoringPart(competition)),
    sheets: canonicalSheets(sheets),
    ...(stages.length > 0
      ? { entrants: stages.map((id) => [id, [...frozen[id].entrants].sort(byKey)]) }
      : {}),
  });
}

/**
 * What prints only on paper (the documents' settings, a juror's role and NIP)
 * and how the jurors see the entries change no score and no place: editing it leaves a ranking up to date.
 */
function scoringPart(c: Competition): Competition {
  // Where jurors score and what a blind stage hides change no score either: the two ways of running a jury rank alike.
  const { documents: _documents, scoringPlace: _place, identifying: _identifying, ...rest } = c;
  return {
    ...rest,
    stages: c.stages.map(({ blind: _blind, ...s }) => s),
    jurors: c.jurors.map(({ role: _role, nip: _nip, ...j }) => j),
  };
}

/** The full hex digest. */
export function fingerprint(
  competition: Competition,
  sheets: readonly ScoreSheet[],
  frozen: FrozenEntrants = {},
): string {
  return bytesToHex(sha256(utf8(canonicalJson(competition, sheets, frozen))));
}

/**
 * The fingerprint of a Setup alone, as a juror file made from it carries it:
 * every setting, including how the jurors see the entries (a juror tab is
 * made from all of them). Left out: the plenary's recorded adjustments (they
 * come after the scores, and no juror tab shows them) and what prints only
 * on paper.
 */
export function setupFingerprint(competition: Competition): string {
  const { documents: _documents, adjustments: _adjustments, ...rest } = competition;
  const jurors = competition.jurors.map(({ role: _role, nip: _nip, ...j }) => j);
  return bytesToHex(sha256(utf8(JSON.stringify(canonical({ ...rest, jurors })))));
}

/** The first 16 hex digits in groups of four, short enough to read aloud and compare by eye. */
export function shortFingerprint(hex: string): string {
  return (hex.slice(0, 16).match(/.{4}/g) ?? []).join('-');
}

/** The full hex digest of a list of text records, in the order given. */
export function recordFingerprint(records: readonly (readonly string[])[]): string {
  return bytesToHex(sha256(utf8(JSON.stringify(records))));
}
