/**
 * An .xlsx file as what it is: a zip of parts tied together by relationships
 * (OPC). Juri edits a workbook as a package: it reads the parts it needs,
 * replaces the parts of the sheets it owns, and copies every other part byte for
 * byte, whatever program wrote them (Excel, LibreOffice, Google Sheets,
 * openpyxl) and whatever they hold (charts, images, comments, pivot caches).
 */
import { inflateEntry, newEntry, readZip, writeZip, type ZipEntry } from './zip';
import { attributes, findElement, prefixedAttribute, startTags } from './xml';

/**
 * What Juri agrees to unpack. A workbook of a jury is a few megabytes; a file
 * far past these is a mistake or a zip bomb, refused before it is unpacked so
 * that memory stays bounded.
 */
export const LIMITS = {
  /** The .xlsx file itself. */
  fileBytes: 256 * 1024 * 1024,
  /** One part unpacked (a sheet's XML, an image). */
  partBytes: 64 * 1024 * 1024,
  /** All parts unpacked together. */
  totalBytes: 256 * 1024 * 1024,
};

export type PackageError =
  'not-zip' | 'not-workbook' | { tooLarge: 'part' | 'total'; part: string; bytes: number };

export interface Relationship {
  id: string;
  type: string;
  /** As written in the file. */
  target: string;
  external: boolean;
  /** The part it points to (no leading '/'), for an internal target. */
  part: string;
}

export interface SheetEntry {
  name: string;
  sheetId: number;
  /** 'visible', 'hidden' or 'veryHidden'. */
  state: string;
  rId: string;
  /** The part holding the sheet, '' when its relationship points nowhere. */
  part: string;
  /** A worksheet (cells), as opposed to a chart sheet or a dialog sheet. */
  worksheet: boolean;
}

export interface Package {
  /** Part name (no leading '/') -> the zip entry it came from, or null once changed; in the zip's order. */
  entries: Map<string, ZipEntry | null>;
  /** Part name -> bytes, for the parts read or changed so far. */
  data: Map<string, Uint8Array>;
  workbookPart: string;
}

const decoder = new TextDecoder('utf-8');

export function hasPart(pkg: Package, part: string): boolean {
  return pkg.entries.has(part);
}

export function partNames(pkg: Package): string[] {
  return [...pkg.entries.keys()];
}

/** The bytes of a part, unpacked on first use. */
export function getPart(pkg: Package, part: string): Uint8Array | undefined {
  const cached = pkg.data.get(part);
  if (cached !== undefined) return cached;
  const entry = pkg.entries.get(part);
  if (!entry) return undefined;
  const bytes = inflateEntry(entry);
  pkg.data.set(part, bytes);
  return bytes;
}

export function setPart(pkg: Package, part: string, bytes: Uint8Array): void {
  pkg.entries.set(part, null);
  pkg.data.set(part, bytes);
}

export function deletePart(pkg: Package, part: string): void {
  pkg.entries.delete(part);
  pkg.data.delete(part);
}

/** A copy to change, sharing the bytes of the parts. */
export function copyPackage(pkg: Package): Package {
  return { entries: new Map(pkg.entries), data: new Map(pkg.data), workbookPart: pkg.workbookPart };
}

export function partText(pkg: Package, part: string): string | null {
  const bytes = getPart(pkg, part);
  return bytes === undefined ? null : decoder.decode(bytes);
}

/** The parts Juri may read: XML, unpacked up front so that a damaged one is found on opening. */
function readable(name: string): boolean {
  return /\.(xml|rels)$/i.test(name);
}

/**
 * Opens a package. Parts Juri may read are unpacked now, each only once its
 * declared size is known to be within the limits, so memory stays bounded;
 * other parts (pictures, binaries) stay packed and are copied as they are.
 */
export function unpack(bytes: Uint8Array): Package | PackageError {
  let entries: ZipEntry[];
  try {
    entries = readZip(bytes);
  } catch {
    return 'not-zip';
  }
  let total = 0;
  for (const entry of entries) {
    if (!readable(entry.name)) continue;
    if (entry.size > LIMITS.partBytes) return { tooLarge: 'part', part: entry.name, bytes: entry.size };
    total += entry.size;
    if (total > LIMITS.totalBytes) return { tooLarge: 'total', part: entry.name, bytes: total };
  }
  const pkg: Package = { entries: new Map(), data: new Map(), workbookPart: '' };
  for (const entry of entries) if (!entry.name.endsWith('/')) pkg.entries.set(entry.name, entry);
  try {
    for (const entry of entries) if (readable(entry.name)) getPart(pkg, entry.name);
  } catch {
    return 'not-zip';
  }
  const office = relationships(pkg, '').find((r) => r.type.endsWith('/officeDocument') && !r.external);
  const workbookPart = office ? findPart(pkg, office.part) : null;
  if (workbookPart === null) return 'not-workbook';
  pkg.workbookPart = workbookPart;
  return pkg;
}

/** Zips the parts again, in their order: a part Juri did not change keeps its entry as it was. */
export function pack(pkg: Package): Uint8Array {
  const out: ZipEntry[] = [];
  for (const [name, entry] of pkg.entries) out.push(entry ?? newEntry(name, pkg.data.get(name)!));
  return writeZip(out);
}

/** The part named so, whatever the case of its name (OPC part names ignore case). */
export function findPart(pkg: Package, name: string): string | null {
  if (pkg.entries.has(name)) return name;
  const lower = name.toLowerCase();
  for (const key of pkg.entries.keys()) if (key.toLowerCase() === lower) return key;
  return null;
}

/** 'xl/worksheets/sheet1.xml' -> 'xl/worksheets/_rels/sheet1.xml.rels'; '' -> '_rels/.rels'. */
export function relsPartOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

function folderOf(part: string): string {
  return part.slice(0, part.lastIndexOf('/') + 1);
}

/** A relative target resolved against the folder of its source; an absolute one ('/xl/...', as openpyxl writes) as is. */
export function resolveTarget(source: string, target: string): string {
  let decoded = target;
  try {
    decoded = decodeURIComponent(target);
  } catch {
    // A stray '%' is part of the name.
  }
  const path = decoded.startsWith('/') ? decoded.slice(1) : folderOf(source) + decoded;
  const out: string[] = [];
  for (const piece of path.split('/')) {
    if (piece === '..') out.pop();
    else if (piece !== '.' && piece !== '') out.push(piece);
  }
  return out.join('/');
}

/** A target written relative to the folder of its source, as Excel writes them. */
export function relativeTarget(source: string, part: string): string {
  const from = folderOf(source).split('/').filter(Boolean);
  const to = part.split('/');
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  return [...from.slice(common).map(() => '..'), ...to.slice(common)].join('/');
}

export function relationships(pkg: Package, source: string): Relationship[] {
  const xml = partText(pkg, findPart(pkg, relsPartOf(source)) ?? relsPartOf(source));
  if (xml === null) return [];
  return startTags(xml, 'Relationship').map((tag) => {
    const a = attributes(tag);
    const external = a.TargetMode === 'External';
    const target = a.Target ?? '';
    const resolved = external ? '' : resolveTarget(source, target);
    return {
      id: a.Id ?? '',
      type: a.Type ?? '',
      target,
      external,
      part: external ? '' : (findPart(pkg, resolved) ?? resolved),
    };
  });
}

/** The tabs of the workbook, in order, with the part behind each. */
export function sheetEntries(pkg: Package): SheetEntry[] {
  const xml = partText(pkg, pkg.workbookPart) ?? '';
  const rels = new Map(relationships(pkg, pkg.workbookPart).map((r) => [r.id, r]));
  const sheets = findElement(xml, 'sheets');
  if (sheets === null) return [];
  return startTags(sheets.inner, 'sheet').map((tag) => {
    const a = attributes(tag);
    const rId = prefixedAttribute(a, 'id') ?? '';
    const rel = rels.get(rId);
    const part = rel && !rel.external && hasPart(pkg, rel.part) ? rel.part : '';
    return {
      name: a.name ?? '',
      sheetId: Number(a.sheetId ?? 0),
      state: a.state ?? 'visible',
      rId,
      part,
      worksheet: rel !== undefined && rel.type.endsWith('/worksheet'),
    };
  });
}

/** Whether dates count from 1904 (old Mac Excel) rather than 1900. */
export function date1904(pkg: Package): boolean {
  const xml = partText(pkg, pkg.workbookPart) ?? '';
  const tag = startTags(xml, 'workbookPr')[0];
  const value = tag ? attributes(tag).date1904 : undefined;
  return value === '1' || value === 'true';
}

/** The part a workbook relationship of this type points to (styles, sharedStrings), or null. */
export function workbookPartOfType(pkg: Package, type: string): string | null {
  const rel = relationships(pkg, pkg.workbookPart).find((r) => r.type.endsWith(`/${type}`) && !r.external);
  return rel && hasPart(pkg, rel.part) ? rel.part : null;
}
