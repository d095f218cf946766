/**
 * Putting the sheets Juri rendered back into the user's package. Only these
 * parts change: the worksheet parts of the sheets Juri wrote (and their notes)
 * or wrote cells into, the workbook part's list of sheets, its relationships,
 * the content types, the styles (formats appended, never renumbered) and the calculation chain (dropped,
 * as Excel does, since formulas changed). Every other part keeps its bytes.
 */
import { columnLetter } from '../workbook/a1';
import type { PackageEdit, Tab } from './xlsxPackagePort';
import {
  copyPackage,
  deletePart,
  findPart,
  pack,
  partNames,
  partText,
  relationships,
  relativeTarget,
  relsPartOf,
  sheetEntries,
  workbookPartOfType,
  type Package,
  type Relationship,
  type SheetEntry,
  setPart,
} from './xlsxPackage';
import { patchSheetXml } from './xlsxPatch';
import { mergeStyles } from './xlsxStyles';
import { DraftStyles, draftXml, type DraftXml } from './xlsxDraft';
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

// ---- the sheets Juri wrote -----------------------------------------------------

function remapStyles(xml: string, map: number[]): string {
  return xml.replace(/<c\b[^>]*>/g, (tag) =>
    tag.replace(/(\ss=")(\d+)"/, (_, head: string, n: string) => `${head}${map[Number(n)] ?? 0}"`),
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
 * One sheet Juri wrote, put into `part` of the package with its notes; a
 * drawing (chart, picture) the user had on the sheet it replaces stays on it.
 */
function placeSheet(pkg: Package, part: string, origin: SheetEntry | null, written: DraftXml): void {
  let xml = written.sheet;
  const old: Relationship[] = origin ? relationships(pkg, origin.part) : [];
  for (const r of old) if (!r.external && OWNED.some((t) => r.type.endsWith(t))) removePart(pkg, r.part);
  const rels: NewRel[] = [];
  if (written.notes) {
    const vml = unusedName(pkg, (n) => `xl/drawings/vmlDrawing${n}.vml`);
    setText(pkg, vml, written.notes.vml);
    addDefault(pkg, 'vml', CONTENT.vml);
    const comments = unusedName(pkg, (n) => `xl/comments${n}.xml`);
    setText(pkg, comments, written.notes.comments);
    addOverride(pkg, comments, CONTENT.comments);
    // draftXml refers to the drawing as rId1. The comments come first: exceljs reads the drawing's notes into them.
    rels.push({
      id: 'rId2',
      type: `${REL}/comments`,
      target: relativeTarget(part, comments),
      external: false,
    });
    rels.push({ id: 'rId1', type: `${REL}/vmlDrawing`, target: relativeTarget(part, vml), external: false });
  }
  for (const link of written.links)
    rels.push({ id: link.id, type: `${REL}/hyperlink`, target: link.url, external: true });
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

/** The workbook's first font and border, which Juri's formats build on. */
function defaults(stylesXml: string): { font: string; border: string } {
  const font = findElement(findElement(stylesXml, 'fonts')?.inner ?? '', 'font')?.text;
  const border = findElement(findElement(stylesXml, 'borders')?.inner ?? '', 'border')?.text;
  return {
    font:
      font ??
      '<font><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font>',
    border: border ?? '<border><left/><right/><top/><bottom/><diagonal/></border>',
  };
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

/** A sheet laid out for paper prints its area and repeats its title rows: names local to it, replacing its old ones. */
function printNames(xml: string, tabs: Tab[], prefix: string): string {
  const wanted: string[] = [];
  const laidOut = new Set<number>();
  tabs.forEach((tab, i) => {
    const paper = tab.draft?.paper;
    if (!paper) return;
    laidOut.add(i);
    const sheet = `'${tab.name.replace(/'/g, "''")}'`;
    const { row, col, numRows, numCols } = paper.printArea;
    const area = `${sheet}!$${columnLetter(col)}$${row}:$${columnLetter(col + numCols - 1)}$${row + numRows - 1}`;
    wanted.push(
      `<${prefix}definedName name="_xlnm.Print_Area" localSheetId="${i}">${escapeXml(area)}</${prefix}definedName>`,
    );
    const titles = paper.titleRows;
    if (titles)
      wanted.push(
        `<${prefix}definedName name="_xlnm.Print_Titles" localSheetId="${i}">${escapeXml(`${sheet}!$${titles.first}:$${titles.last}`)}</${prefix}definedName>`,
      );
  });
  if (laidOut.size === 0) return xml;
  const names = findElement(xml, 'definedNames');
  if (!names) {
    const after = ['externalReferences', 'functionGroups', 'sheets']
      .map((name) => findElement(xml, name))
      .find((e) => e !== null)!;
    return `${xml.slice(0, after.end)}<${prefix}definedNames>${wanted.join('')}</${prefix}definedNames>${xml.slice(after.end)}`;
  }
  const kept = names.inner.replace(
    /<(?:[\w.-]+:)?definedName\b[^>]*?(?:\/>|>[\s\S]*?<\/(?:[\w.-]+:)?definedName>)/g,
    (el) => {
      const a = attributes(el.slice(0, el.indexOf('>') + 1));
      const print = a.name === '_xlnm.Print_Area' || a.name === '_xlnm.Print_Titles';
      return print && laidOut.has(Number(a.localSheetId)) ? '' : el;
    },
  );
  return (
    xml.slice(0, names.start) +
    names.open.replace(/\/>$/, '>') +
    kept +
    wanted.join('') +
    (names.open.endsWith('/>') ? `</${prefix}definedNames>` : '') +
    xml.slice(names.start + names.open.length + names.inner.length)
  );
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
  out = printNames(out, tabs, prefix.element);
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
export function repack(edit: PackageEdit): Uint8Array {
  const pkg = copyPackage(edit.pkg);
  const entries = sheetEntries(edit.pkg);
  const tabs = edit.tabs();
  const wbPart = pkg.workbookPart;

  // Each sheet Juri wrote, as XML with its own style numbers, then the styles merged once.
  const stylesPart = workbookPartOfType(pkg, 'styles');
  const stylesXml = (stylesPart && partText(pkg, stylesPart)) ?? '';
  const { font, border } = defaults(stylesXml);
  const styles = new DraftStyles(font, border);
  const written = new Map<Tab, DraftXml>();
  tabs.forEach((tab, i) => {
    if (tab.draft) written.set(tab, draftXml(tab.draft, styles, edit.listFormula, 100 + i));
  });
  let styleMap: number[] = [];
  if (written.size > 0) {
    if (stylesPart) {
      const merged = mergeStyles(stylesXml, styles.xml());
      setText(pkg, stylesPart, merged.xml);
      styleMap = merged.map;
    } else {
      const part = unusedName(pkg, (n) => (n === 1 ? 'xl/styles.xml' : `xl/styles${n}.xml`));
      const merged = mergeStyles(
        `<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="1">${font}</fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1">${border}</borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs></styleSheet>`,
        styles.xml(),
      );
      setText(pkg, part, `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${merged.xml}`);
      styleMap = merged.map;
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
    }
  }

  for (const origin of edit.deleted()) {
    for (const r of relationships(pkg, origin.part))
      if (!r.external && OWNED.some((t) => r.type.endsWith(t))) removePart(pkg, r.part);
    removePart(pkg, origin.part);
    editRels(pkg, wbPart, (x) => removeRelXml(x, origin.rId));
  }

  // Sheets of the file written into in place: their XML with the written cells, nothing else changed.
  for (const tab of tabs)
    if (tab.patches && !tab.draft && tab.origin?.worksheet)
      setText(pkg, tab.origin.part, patchSheetXml(partText(pkg, tab.origin.part) ?? '', tab.patches));

  const ids = new Map<Tab, { sheetId: number; rId: string }>();
  let nextSheetId = Math.max(0, ...entries.map((e) => e.sheetId)) + 1;
  const taken = new Set(relationships(pkg, wbPart).map((r) => r.id));
  for (const tab of tabs) {
    if (tab.origin) ids.set(tab, { sheetId: tab.origin.sheetId, rId: tab.origin.rId });
    const sheet = written.get(tab);
    if (!sheet) continue;
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
    placeSheet(pkg, part, tab.origin, { ...sheet, sheet: remapStyles(sheet.sheet, styleMap) });
  }

  setText(pkg, wbPart, rewriteWorkbook(partText(pkg, wbPart) ?? '', entries, tabs, ids));
  const chain = relationships(pkg, wbPart).find((r) => r.type.endsWith('/calcChain'));
  if (chain) {
    removePart(pkg, chain.part);
    editRels(pkg, wbPart, (x) => removeRelXml(x, chain.id));
  }
  return pack(pkg);
}
