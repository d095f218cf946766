/**
 * Bringing the cell formats of the sheets Juri rendered (with exceljs, which
 * numbers its own styles) into the workbook's styles part: each font, fill,
 * border, number format and cell format is appended only when the workbook
 * lacks an identical one, so formats of untouched sheets keep their numbers and
 * running a command twice adds nothing the second time.
 */
import { attributes, childElements, escapeXml, findElement, startTags } from './xml';

interface Section {
  items: string[];
  /** The section's start tag, to keep its other attributes. */
  open: string | null;
}

function section(xml: string, list: string, item: string): Section {
  const found = findElement(xml, list);
  if (found === null) return { items: [], open: null };
  return { items: childElements(found.inner, item), open: found.open };
}

function numFmts(xml: string): Map<number, string> {
  const out = new Map<number, string>();
  for (const tag of startTags(findElement(xml, 'numFmts')?.inner ?? '', 'numFmt')) {
    const a = attributes(tag);
    out.set(Number(a.numFmtId), a.formatCode ?? '');
  }
  return out;
}

/** Index of an identical item, appending it when there is none. */
function indexIn(items: string[], item: string): number {
  const at = items.indexOf(item);
  if (at >= 0) return at;
  items.push(item);
  return items.length - 1;
}

function setAttribute(tag: string, name: string, value: string): string {
  const re = new RegExp(`(\\s${name}\\s*=\\s*)(?:"[^"]*"|'[^']*')`);
  if (re.test(tag)) return tag.replace(re, `$1"${value}"`);
  return tag.replace(/^<([\w:.-]+)/, `<$1 ${name}="${value}"`);
}

function renderSection(open: string | null, list: string, items: string[]): string {
  const start = setAttribute((open ?? `<${list}>`).replace(/\/>$/, '>'), 'count', String(items.length));
  return `${start}${items.join('')}</${list}>`;
}

/**
 * The workbook's styles with exceljs's formats merged in, and for each
 * exceljs cell format index the index it has in the merged styles.
 */
export function mergeStyles(target: string, source: string): { xml: string; map: number[] } {
  const fonts = section(target, 'fonts', 'font');
  const fills = section(target, 'fills', 'fill');
  const borders = section(target, 'borders', 'border');
  const xfs = section(target, 'cellXfs', 'xf');
  const formats = numFmts(target);
  const sFonts = section(source, 'fonts', 'font').items.map((f) => indexIn(fonts.items, f));
  const sFills = section(source, 'fills', 'fill').items.map((f) => indexIn(fills.items, f));
  const sBorders = section(source, 'borders', 'border').items.map((b) => indexIn(borders.items, b));
  const added: string[] = [];
  const formatId = (id: number, sourceFormats: Map<number, string>): number => {
    const code = sourceFormats.get(id);
    if (code === undefined) return id;
    for (const [have, haveCode] of formats) if (haveCode === code) return have;
    const next = Math.max(163, ...formats.keys()) + 1;
    formats.set(next, code);
    added.push(`<numFmt numFmtId="${next}" formatCode="${escapeXml(code)}"/>`);
    return next;
  };
  const sourceFormats = numFmts(source);
  const map = section(source, 'cellXfs', 'xf').items.map((xf) => {
    const end = xf.indexOf('>') + 1;
    const a = attributes(xf.slice(0, end));
    let open = xf.slice(0, end);
    open = setAttribute(open, 'numFmtId', String(formatId(Number(a.numFmtId ?? 0), sourceFormats)));
    open = setAttribute(open, 'fontId', String(sFonts[Number(a.fontId ?? 0)] ?? 0));
    open = setAttribute(open, 'fillId', String(sFills[Number(a.fillId ?? 0)] ?? 0));
    open = setAttribute(open, 'borderId', String(sBorders[Number(a.borderId ?? 0)] ?? 0));
    open = setAttribute(open, 'xfId', '0');
    return indexIn(xfs.items, open + xf.slice(end));
  });

  let xml = target;
  const replace = (list: string, s: Section) => {
    const found = findElement(xml, list);
    const text = renderSection(s.open, list, s.items);
    if (found) xml = xml.slice(0, found.start) + text + xml.slice(found.end);
    else {
      // Sections come in schema order: numFmts, fonts, fills, borders, cellStyleXfs, cellXfs.
      const next = ['fonts', 'fills', 'borders', 'cellStyleXfs', 'cellXfs', 'cellStyles', 'dxfs']
        .map((name) => findElement(xml, name))
        .find((e) => e !== null);
      const at = next ? next.start : xml.lastIndexOf('</');
      xml = xml.slice(0, at) + text + xml.slice(at);
    }
  };
  if (added.length > 0) {
    const existing = section(xml, 'numFmts', 'numFmt');
    replace('numFmts', { open: existing.open, items: [...existing.items, ...added] });
  }
  replace('fonts', fonts);
  replace('fills', fills);
  replace('borders', borders);
  replace('cellXfs', xfs);
  return { xml, map };
}
