/**
 * The zip container of an .xlsx package, entry by entry. An entry Juri does not
 * change is written back exactly as it came: its compressed bytes, checksum and
 * date, never inflated and deflated again. That keeps every part Juri does not
 * own byte for byte, and it is what makes saving fast: a workbook's bulk is the
 * juror tabs, which `rank` only reads.
 *
 * Zip64 and encrypted entries are not read (an .xlsx under Juri's size limits
 * has no use for the first, and Excel encrypts whole files, not entries).
 */
import { deflateRawSync, inflateRawSync } from 'node:zlib';

export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated. */
  method: number;
  crc: number;
  size: number;
  /** The bytes as stored in the zip (compressed for method 8). */
  stored: Uint8Array;
  flags: number;
  time: number;
  date: number;
}

export class NotAZip extends Error {}

function u16(b: Uint8Array, at: number): number {
  return b[at] | (b[at + 1] << 8);
}

function u32(b: Uint8Array, at: number): number {
  return (b[at] | (b[at + 1] << 8) | (b[at + 2] << 16) | (b[at + 3] << 24)) >>> 0;
}

const utf8 = new TextDecoder('utf-8');
const latin1 = new TextDecoder('latin1');

/** The entries of a zip, from its central directory, without inflating any. */
export function readZip(bytes: Uint8Array): ZipEntry[] {
  let end = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at--) {
    if (u32(bytes, at) === 0x06054b50) {
      end = at;
      break;
    }
  }
  if (end < 0) throw new NotAZip('no end of central directory');
  const count = u16(bytes, end + 10);
  let at = u32(bytes, end + 16);
  if (count === 0xffff || at === 0xffffffff) throw new NotAZip('zip64');
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || u32(bytes, at) !== 0x02014b50) throw new NotAZip('bad central directory');
    const flags = u16(bytes, at + 8);
    const method = u16(bytes, at + 10);
    const nameLength = u16(bytes, at + 28);
    const skip = nameLength + u16(bytes, at + 30) + u16(bytes, at + 32);
    const rawName = bytes.subarray(at + 46, at + 46 + nameLength);
    const name = (flags & 0x800 ? utf8 : latin1).decode(rawName);
    const compressed = u32(bytes, at + 20);
    const local = u32(bytes, at + 42);
    if (local + 30 > bytes.length || u32(bytes, local) !== 0x04034b50) throw new NotAZip('bad local header');
    const start = local + 30 + u16(bytes, local + 26) + u16(bytes, local + 28);
    if (start + compressed > bytes.length) throw new NotAZip('entry past the end');
    if (flags & 0x1) throw new NotAZip('encrypted entry');
    if (method !== 0 && method !== 8) throw new NotAZip(`compression method ${method}`);
    entries.push({
      name,
      method,
      crc: u32(bytes, at + 16),
      size: u32(bytes, at + 24),
      stored: bytes.subarray(start, start + compressed),
      flags,
      time: u16(bytes, at + 12),
      date: u16(bytes, at + 14),
    });
    at += 46 + skip;
  }
  return entries;
}

/** The bytes of an entry; at most its declared size is ever unpacked. */
export function inflateEntry(entry: ZipEntry): Uint8Array {
  if (entry.method === 0) return entry.stored;
  return new Uint8Array(inflateRawSync(entry.stored, { maxOutputLength: Math.max(entry.size, 1) }));
}

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

export function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (let i = 0; i < bytes.length; i++) c = CRC_TABLE[(c ^ bytes[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** A new entry for changed bytes: deflated, dated now (in DOS time, as zip wants). */
export function newEntry(name: string, data: Uint8Array): ZipEntry {
  const now = new Date();
  const pictures = /\.(png|jpe?g|gif)$/i.test(name);
  return {
    name,
    method: pictures ? 0 : 8,
    crc: crc32(data),
    size: data.length,
    stored: pictures ? data : new Uint8Array(deflateRawSync(data, { level: 6 })),
    flags: 0x800,
    time: (now.getHours() << 11) | (now.getMinutes() << 5) | Math.floor(now.getSeconds() / 2),
    date: ((now.getFullYear() - 1980) << 9) | ((now.getMonth() + 1) << 5) | now.getDate(),
  };
}

const encoder = new TextEncoder();

/** A zip of the entries, in order; each entry's stored bytes are written as they are. */
export function writeZip(entries: ZipEntry[]): Uint8Array {
  const names = entries.map((e) => encoder.encode(e.name));
  const localSize = entries.reduce((n, e, i) => n + 30 + names[i].length + e.stored.length, 0);
  const centralSize = names.reduce((n, name) => n + 46 + name.length, 0);
  const out = new Uint8Array(localSize + centralSize + 22);
  const view = new DataView(out.buffer);
  let at = 0;
  const offsets: number[] = [];
  // The sizes are known, so no data descriptor follows an entry (bit 3 cleared).
  const flagsOf = (e: ZipEntry) => (e.flags & ~0x8 & ~0x1) | 0x800;
  // A local header and its central directory record share these 24 bytes, from "version needed" to the name's length.
  const writeShared = (at: number, e: ZipEntry, nameLength: number) => {
    view.setUint16(at, 20, true);
    view.setUint16(at + 2, flagsOf(e), true);
    view.setUint16(at + 4, e.method, true);
    view.setUint16(at + 6, e.time, true);
    view.setUint16(at + 8, e.date, true);
    view.setUint32(at + 10, e.crc, true);
    view.setUint32(at + 14, e.stored.length, true);
    view.setUint32(at + 18, e.size, true);
    view.setUint16(at + 22, nameLength, true);
  };
  entries.forEach((e, i) => {
    offsets.push(at);
    view.setUint32(at, 0x04034b50, true);
    writeShared(at + 4, e, names[i].length);
    view.setUint16(at + 28, 0, true);
    out.set(names[i], at + 30);
    out.set(e.stored, at + 30 + names[i].length);
    at += 30 + names[i].length + e.stored.length;
  });
  const central = at;
  entries.forEach((e, i) => {
    view.setUint32(at, 0x02014b50, true);
    view.setUint16(at + 4, 20, true);
    writeShared(at + 6, e, names[i].length);
    view.setUint32(at + 42, offsets[i], true);
    out.set(names[i], at + 46);
    at += 46 + names[i].length;
  });
  view.setUint32(at, 0x06054b50, true);
  view.setUint16(at + 8, entries.length, true);
  view.setUint16(at + 10, entries.length, true);
  view.setUint32(at + 12, at - central, true);
  view.setUint32(at + 16, central, true);
  return out;
}
