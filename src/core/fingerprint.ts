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

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

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

function sortedSheets(
  sheets: readonly ScoreSheet[],
): { stageId: string; jurorId: string; rows: Omit<ScoreSheet['rows'][number], 'notes'>[] }[] {
  const key = (s: ScoreSheet) => `${s.stageId}\u0000${s.jurorId}`;
  return [...sheets]
    .sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0))
    .map((s) => ({
      stageId: s.stageId,
      jurorId: s.jurorId,
      // Notes are the juror's own remarks, not scores: editing one does not make a ranking out of date.
      rows: s.rows
        .map((r) => ({ entryId: r.entryId, scores: r.scores }))
        .sort((a, b) => (a.entryId < b.entryId ? -1 : a.entryId > b.entryId ? 1 : 0)),
    }));
}

/**
 * UTF-8 bytes of a string. Apps Script has no TextEncoder (which the hash
 * library's own helper needs), so the encoding is done here.
 */
export function utf8(text: string): Uint8Array {
  const out: number[] = [];
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (cp < 0x80) out.push(cp);
    else if (cp < 0x800) out.push(0xc0 | (cp >> 6), 0x80 | (cp & 63));
    else if (cp < 0x10000) out.push(0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63));
    else out.push(0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 63), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63));
  }
  return Uint8Array.from(out);
}

/** The full hex digest. */
/**
 * What prints only on paper (the documents' settings, a juror's role and NIP)
 * changes no score and no place: editing it leaves a ranking up to date.
 */
function scoringPart(c: Competition): Competition {
  const { documents: _documents, ...rest } = c;
  return { ...rest, jurors: c.jurors.map(({ role: _role, nip: _nip, ...j }) => j) };
}

export function fingerprint(competition: Competition, sheets: readonly ScoreSheet[]): string {
  const json = JSON.stringify(
    canonical({ competition: scoringPart(competition), sheets: sortedSheets(sheets) }),
  );
  return bytesToHex(sha256(utf8(json)));
}

/** The first 16 hex digits in groups of four, short enough to read aloud and compare by eye. */
export function shortFingerprint(hex: string): string {
  return (hex.slice(0, 16).match(/.{4}/g) ?? []).join('-');
}
