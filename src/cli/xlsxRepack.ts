/**
 * Putting the sheets Juri rendered back into the user's package. Only these
 * parts change: the worksheet parts of the sheets Juri wrote (and their notes),
 * the workbook part's list of sheets, its relationships, the content types, the
 * styles (formats appended, never renumbered) and the calculation chain (dropped,
 * as Excel does, since formulas changed). Every other part keeps its bytes.
 */
import type ExcelJS from 'exceljs';
import type { PackageEdit, Tab } from './xlsxPackagePort';
import {
  copyPackage,
  deletePart,
  findPart,
  getPart,
  pack,
  partNames,
  partText,
  relationships,
  relativeTarget,
  relsPartOf,
  sheetEntries,
  unpack,
  workbookPartOfType,
  type Package,
  type Relationship,
  type SheetEntry,
  setPart,
} from './xlsxPackage';
import { mergeStyles } from './xlsxStyles';
import { attributes, escapeXml, findElement, prefixedAttribute, startTags } from './xml';

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const TYPE = {
  worksheet: `${REL}/worksheet`,
  styles: `${REL}/styles`,
};
const CONTENT = {
  worksheet: 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml',
  comments: 'application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml',
  vml: 'application/vnd.openxmlformats-officedocument.vmlDrawing',
  styles: 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml',
};
/** What belongs to one sheet alone and goes with it when Juri rewrites or deletes the sheet. */
const OWNED = ['/comments', '/vmlDrawing', '/threadedComment'];
const encoder = new TextEncoder();

function setText(pkg: Package, part: string, xml: string): void {
  setPart(pkg, part, encoder.encode(xml));
}

function unusedName(pkg: Package, make: (n: number) => string): string {
  const taken = new Set(partNames(pkg).map((k) => k.toLowerCase()));
  for (let n = 1; ; n++) if (!taken.has(make(n).toLowerCase())) return make(n);
}

// ---- content types ---------------------------------------------------------

function contentTypes(pkg: Package): string {
  return (
    partText(pkg, '[Content_Types].xml') ??
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"></Types>'
  );
}

function addOverride(pkg: Package, part: string, type: string): void {
  const xml = removeOverrideXml(contentTypes(pkg), part);
  setText(
    pkg,
    '[Content_Types].xml',
    xml.replace(/<\/Types>\s*$/, `<Override PartName="/${escapeXml(part)}" ContentType="${type}"/></Types>`),
  );
}

function removeOverrideXml(xml: string, part: string): string {
  return xml.replace(/<Override\b[^>]*\/>/g, (tag) =>
    (attributes(tag).PartName ?? '').replace(/^\//, '').toLowerCase() === part.toLowerCase() ? '' : tag,
  );
}

function removePart(pkg: Package, part: string): void {
  deletePart(pkg, part);
  deletePart(pkg, relsPartOf(part));
  setText(pkg, '[Content_Types].xml', removeOverrideXml(contentTypes(pkg), part));
}

function addDefault(pkg: Package, extension: string, type: string): void {
  const xml = contentTypes(pkg);
  const has = startTags(xml, 'Default').some(
    (t) => (attributes(t).Extension ?? '').toLowerCase() === extension,
  );
  if (!has)
    setText(
      pkg,
      '[Content_Types].xml',
      xml.replace(
        /<Types\b[^>]*>/,
        (open) => `${open}<Default Extension="${extension}" ContentType="${type}"/>`,
      ),
    );
}

// ---- relationships ---------------------------------------------------------

interface NewRel {
  id: string;
  type: string;
  target: string;
  external: boolean;
}

function relsXml(rels: NewRel[]): string {
  const items = rels
    .map(
      (r) =>
        `<Relationship Id="${escapeXml(r.id)}" Type="${escapeXml(r.type)}" Target="${escapeXml(r.target)}"${r.external ? ' TargetMode="External"' : ''}/>`,
    )
    .join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${items}</Relationships>`;
}

function unusedId(taken: Set<string>): string {
  for (let n = 1; ; n++) if (!taken.has(`rId${n}`)) return `rId${n}`;
}

function editRels(pkg: Package, source: string, edit: (xml: string) => string): void {
  const part = findPart(pkg, relsPartOf(source)) ?? relsPartOf(source);
  setText(pkg, part, edit(partText(pkg, part) ?? relsXml([])));
}

function removeRelXml(xml: string, id: string): string {
  return xml.replace(/<Relationship\b[^>]*\/>/g, (tag) => (attributes(tag).Id === id ? '' : tag));
}

function addRelXml(xml: string, rel: NewRel): string {
  const item = relsXml([rel]).replace(/^[\s\S]*?<Relationships[^>]*>|<\/Relationships>$/g, '');
  return xml.replace(/<\/Relationships>\s*$/, `${item}</Relationships>`);
}

// ---- the rendered sheets -----------------------------------------------------

interface Rendered {
  pkg: Package;
  sheets: Map<string, SheetEntry>;
  /** Inner XML of each shared string item of exceljs's output. */
  strings: string[];
}

async function renderedPackage(edit: PackageEdit): Promise<Rendered | null> {
  if (edit.rendered.worksheets.length === 0) return null;
  // Stored, not deflated: these parts are taken apart at once.
  const buffer = await edit.rendered.xlsx.writeBuffer({
    zip: { compression: 'STORE' },
  } as Partial<ExcelJS.XlsxWriteOptions>);
  const out = unpack(new Uint8Array(buffer));
  if (typeof out !== 'object' || !('entries' in out))
    throw new Error('exceljs wrote a package it cannot read back');
  const pkg = out;
  const sst = workbookPartOfType(pkg, 'sharedStrings');
  const strings: string[] = [];
  const re = /<si>([\s\S]*?)<\/si>|<si\/>/g;
  let m: RegExpExecArray | null;
  const xml = (sst && partText(pkg, sst)) ?? '';
  while ((m = re.exec(xml)) !== null) strings.push(m[1] ?? '');
  return { pkg, sheets: new Map(sheetEntries(pkg).map((s) => [s.name, s])), strings };
}

/** exceljs's shared strings written inline, so the workbook's own shared strings stay as they are. */
function inlineStrings(xml: string, strings: string[]): string {
  return xml.replace(/<c ([^>]*?)t="s"([^>]*)><v>(\d+)<\/v><\/c>/g, (_, a: string, b: string, i: string) => {
    return `<c ${a}t="inlineStr"${b}><is>${strings[Number(i)] ?? ''}</is></c>`;
  });
}

function remapStyles(xml: string, map: number[]): string {
  return xml.replace(/<(c|row|col)\b[^>]*>/g, (tag) =>
    tag.replace(/(\s(?:s|style)=")(\d+)"/, (_, head: string, n: string) => `${head}${map[Number(n)] ?? 0}"`),
  );
}

/** Elements that follow <drawing> in a worksheet, in schema order. */
const AFTER_DRAWING = [
  'legacyDrawing',
  'legacyDrawingHF',
  'drawingHF',
  'picture',
  'oleObjects',
  'controls',
  'webPublishItems',
  'tableParts',
  'extLst',
];

function insertDrawing(xml: string, id: string): string {
  const element = `<drawing r:id="${id}"/>`;
  for (const name of AFTER_DRAWING) {
    const at = xml.search(new RegExp(`<${name}\\b`));
    if (at >= 0) return xml.slice(0, at) + element + xml.slice(at);
  }
  return xml.replace(/<\/worksheet>\s*$/, `${element}</worksheet>`);
}

/**
 * One sheet Juri rendered, written into `part` of the user's package with its
 * notes; a drawing (chart, picture) the user had on the sheet stays on it.
 */
function placeSheet(
  pkg: Package,
  part: string,
  origin: SheetEntry | null,
  from: Rendered,
  entry: SheetEntry,
  styleMap: number[],
): void {
  let xml = inlineStrings(remapStyles(partText(from.pkg, entry.part) ?? '', styleMap), from.strings);
  const old: Relationship[] = origin ? relationships(pkg, origin.part) : [];
  for (const r of old) if (!r.external && OWNED.some((t) => r.type.endsWith(t))) removePart(pkg, r.part);
  const rels: NewRel[] = [];
  for (const r of relationships(from.pkg, entry.part)) {
    if (r.external) {
      rels.push({ id: r.id, type: r.type, target: r.target, external: true });
      continue;
    }
    const vml = r.type.endsWith('/vmlDrawing');
    const name = vml
      ? unusedName(pkg, (n) => `xl/drawings/vmlDrawing${n}.vml`)
      : unusedName(pkg, (n) => `xl/comments${n}.xml`);
    setPart(pkg, name, getPart(from.pkg, r.part) ?? new Uint8Array());
    if (vml) addDefault(pkg, 'vml', CONTENT.vml);
    else addOverride(pkg, name, CONTENT.comments);
    rels.push({ id: r.id, type: r.type, target: relativeTarget(part, name), external: false });
  }
  for (const r of old) {
    if (r.external || !r.type.endsWith('/drawing')) continue;
    const id = unusedId(new Set(rels.map((x) => x.id)));
    rels.push({ id, type: r.type, target: relativeTarget(part, r.part), external: false });
    xml = insertDrawing(xml, id);
  }
  setText(pkg, part, xml);
  const relsPart = relsPartOf(part);
  if (rels.length > 0) setText(pkg, relsPart, relsXml(rels));
  else deletePart(pkg, relsPart);
}

// ---- the workbook part -------------------------------------------------------

function sheetTag(
  tab: Tab,
  id: { sheetId: number; rId: string },
  original: string | undefined,
  prefix: { element: string; rel: string },
): string {
  if (original) return original.replace(/(\sname\s*=\s*)(?:"[^"]*"|'[^']*')/, `$1"${escapeXml(tab.name)}"`);
  const state = tab.state === 'visible' ? '' : ` state="${tab.state}"`;
  return `<${prefix.element}sheet name="${escapeXml(tab.name)}" sheetId="${id.sheetId}"${state} ${prefix.rel}:id="${id.rId}"/>`;
}

function rewriteWorkbook(
  xml: string,
  entries: SheetEntry[],
  tabs: Tab[],
  ids: Map<Tab, { sheetId: number; rId: string }>,
): string {
  const sheets = findElement(xml, 'sheets');
  if (!sheets) throw new Error('The workbook part has no <sheets>');
  const originals = new Map<string, string>();
  let prefix = { element: '', rel: 'r' };
  for (const tag of startTags(sheets.inner, 'sheet')) {
    const a = attributes(tag);
    const relAttr = Object.keys(a).find((k) => k.endsWith(':id') && !k.startsWith('xmlns'));
    if (relAttr) prefix = { element: /^<([\w.-]+:)?/.exec(tag)?.[1] ?? '', rel: relAttr.split(':')[0] };
    originals.set(prefixedAttribute(a, 'id') ?? '', tag.endsWith('/>') ? tag : tag.replace(/>$/, '/>'));
  }
  const inner = tabs
    .map((t) => sheetTag(t, ids.get(t)!, t.origin ? originals.get(t.origin.rId) : undefined, prefix))
    .join('');
  let out =
    xml.slice(0, sheets.start) +
    sheets.open.replace(/\/>$/, '>') +
    inner +
    `</${prefix.element}sheets>` +
    xml.slice(sheets.end);

  // Names and views that point at a sheet by its position follow it; those of a deleted sheet go.
  const newIndex = (old: number): number => {
    const origin = entries[old];
    return origin ? tabs.findIndex((t) => t.origin?.rId === origin.rId) : -1;
  };
  const names = findElement(out, 'definedNames');
  if (names) {
    const kept = names.inner.replace(
      /<(?:[\w.-]+:)?definedName\b[^>]*?(?:\/>|>[\s\S]*?<\/(?:[\w.-]+:)?definedName>)/g,
      (el) => {
        const m = /\slocalSheetId="(\d+)"/.exec(el.slice(0, el.indexOf('>') + 1));
        if (!m) return el;
        const to = newIndex(Number(m[1]));
        return to < 0 ? '' : el.replace(/(\slocalSheetId=")\d+"/, `$1${to}"`);
      },
    );
    out =
      out.slice(0, names.start) +
      names.open +
      kept +
      out.slice(names.start + names.open.length + names.inner.length);
  }
  out = out.replace(/<(?:[\w.-]+:)?workbookView\b[^>]*>/g, (tag) =>
    tag.replace(
      /(\s(?:activeTab|firstSheet)=")(\d+)"/g,
      (_, head: string, n: string) => `${head}${Math.max(0, newIndex(Number(n)))}"`,
    ),
  );
  // Cached results of formulas may be stale: ask Excel and LibreOffice to recompute on opening.
  const calc = startTags(out, 'calcPr')[0];
  if (calc) {
    const full = /\sfullCalcOnLoad\s*=\s*(?:"[^"]*"|'[^']*')/.test(calc)
      ? calc.replace(/(\sfullCalcOnLoad\s*=\s*)(?:"[^"]*"|'[^']*')/, '$1"1"')
      : calc.replace(/^<([\w:.-]+)/, '<$1 fullCalcOnLoad="1"');
    out = out.replace(calc, full);
  } else {
    const after = ['definedNames', 'externalReferences', 'functionGroups', 'sheets']
      .map((name) => findElement(out, name))
      .find((e) => e !== null)!;
    out = `${out.slice(0, after.end)}<${prefix.element}calcPr fullCalcOnLoad="1"/>${out.slice(after.end)}`;
  }
  return out;
}

/** The package's bytes with Juri's changes. */
export async function repack(edit: PackageEdit): Promise<Uint8Array> {
  const pkg = copyPackage(edit.pkg);
  const entries = sheetEntries(edit.pkg);
  const tabs = edit.tabs();
  const from = await renderedPackage(edit);
  const wbPart = pkg.workbookPart;

  let styleMap: number[] = [];
  if (from) {
    const target = workbookPartOfType(pkg, 'styles');
    const source = workbookPartOfType(from.pkg, 'styles');
    const sourceXml = (source && partText(from.pkg, source)) ?? '';
    if (target) {
      const merged = mergeStyles(partText(pkg, target) ?? '', sourceXml);
      setText(pkg, target, merged.xml);
      styleMap = merged.map;
    } else {
      const part = unusedName(pkg, (n) => (n === 1 ? 'xl/styles.xml' : `xl/styles${n}.xml`));
      setText(pkg, part, sourceXml);
      addOverride(pkg, part, CONTENT.styles);
      const taken = new Set(relationships(pkg, wbPart).map((r) => r.id));
      editRels(pkg, wbPart, (x) =>
        addRelXml(x, {
          id: unusedId(taken),
          type: TYPE.styles,
          target: relativeTarget(wbPart, part),
          external: false,
        }),
      );
      styleMap = [];
    }
  }

  for (const origin of edit.deleted()) {
    for (const r of relationships(pkg, origin.part))
      if (!r.external && OWNED.some((t) => r.type.endsWith(t))) removePart(pkg, r.part);
    removePart(pkg, origin.part);
    editRels(pkg, wbPart, (x) => removeRelXml(x, origin.rId));
  }

  const ids = new Map<Tab, { sheetId: number; rId: string }>();
  let nextSheetId = Math.max(0, ...entries.map((e) => e.sheetId)) + 1;
  const taken = new Set(relationships(pkg, wbPart).map((r) => r.id));
  for (const tab of tabs) {
    if (tab.origin) ids.set(tab, { sheetId: tab.origin.sheetId, rId: tab.origin.rId });
    if (!tab.edited || !from) continue;
    const entry = from.sheets.get(tab.name);
    if (!entry) throw new Error(`exceljs did not write the sheet '${tab.name}'`);
    let part = tab.origin?.part ?? '';
    if (!tab.origin) {
      part = unusedName(pkg, (n) => `xl/worksheets/sheet${n}.xml`);
      const rId = unusedId(taken);
      taken.add(rId);
      editRels(pkg, wbPart, (x) =>
        addRelXml(x, {
          id: rId,
          type: TYPE.worksheet,
          target: relativeTarget(wbPart, part),
          external: false,
        }),
      );
      addOverride(pkg, part, CONTENT.worksheet);
      ids.set(tab, { sheetId: nextSheetId++, rId });
    }
    placeSheet(pkg, part, tab.origin, from, entry, styleMap);
  }

  setText(pkg, wbPart, rewriteWorkbook(partText(pkg, wbPart) ?? '', entries, tabs, ids));
  const chain = relationships(pkg, wbPart).find((r) => r.type.endsWith('/calcChain'));
  if (chain) {
    removePart(pkg, chain.part);
    editRels(pkg, wbPart, (x) => removeRelXml(x, chain.id));
  }
  return pack(pkg);
}
