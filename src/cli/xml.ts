/**
 * The little XML the package layer needs: attributes of one tag, text with
 * entities, and the elements of a list. Parts are scanned as text with regular
 * expressions rather than parsed into trees: Juri reads a handful of element
 * kinds and copies everything else untouched, so a tree would only cost time.
 */

const ENTITY: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** XML text (with entities and character references) as plain text. */
export function unescapeXml(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, name: string) => {
    if (name[0] !== '#') return ENTITY[name] ?? whole;
    const code =
      name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

/** Plain text as XML text or attribute value. */
export function escapeXml(text: string): string {
  return text.replace(
    /[<>&"]/g,
    (c) => `&${c === '<' ? 'lt' : c === '>' ? 'gt' : c === '&' ? 'amp' : 'quot'};`,
  );
}

/**
 * Office escapes characters XML cannot hold as _xHHHH_ (a carriage return is
 * _x000D_); a literal "_x" is itself written _x005F_x.
 */
export function unescapeOffice(text: string): string {
  if (!text.includes('_x')) return text;
  return text.replace(/_x([0-9a-fA-F]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** The attributes of a start tag ('<c r="A1" s="2">'), by qualified name, unescaped. */
export function attributes(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  const re = /([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(tag)) !== null) out[m[1]] = unescapeXml(m[2] ?? m[3] ?? '');
  return out;
}

/** The value of an attribute given by its local name, whatever its prefix (r:id, ns0:id). */
export function prefixedAttribute(attrs: Record<string, string>, local: string): string | undefined {
  for (const [name, value] of Object.entries(attrs)) {
    const colon = name.indexOf(':');
    if (colon >= 0 && name.slice(colon + 1) === local && name.slice(0, colon) !== 'xmlns') return value;
  }
  return undefined;
}

/** xsd:boolean as Office and LibreOffice write it ('1', 'true', '0', 'false'). */
export function xmlBool(value: string | undefined, fallback: boolean): boolean {
  if (value === undefined) return fallback;
  return value === '1' || value === 'true';
}

/** The start tags of every element with this local name (any prefix), in order. */
export function startTags(xml: string, local: string): string[] {
  const re = new RegExp(`<(?:[\\w.-]+:)?${local}\\b[^>]*>`, 'g');
  return xml.match(re) ?? [];
}

/**
 * The whole of the first element with this local name: start, content and end
 * (or the empty-element tag), with where it starts and ends, or null.
 */
export function findElement(
  xml: string,
  local: string,
  from = 0,
): { start: number; end: number; text: string; inner: string; open: string } | null {
  const re = new RegExp(`<((?:[\\w.-]+:)?${local})\\b[^>]*?(/?)>`, 'g');
  re.lastIndex = from;
  const m = re.exec(xml);
  if (m === null) return null;
  const start = m.index;
  const open = m[0];
  if (m[2] === '/') return { start, end: start + open.length, text: open, inner: '', open };
  const close = `</${m[1]}>`;
  const at = xml.indexOf(close, start + open.length);
  if (at < 0) return null;
  const end = at + close.length;
  return { start, end, text: xml.slice(start, end), inner: xml.slice(start + open.length, at), open };
}

/** Every child element of a list (fonts, fills, xfs...), each as its whole text. */
export function childElements(inner: string, local: string): string[] {
  const out: string[] = [];
  let from = 0;
  for (;;) {
    const found = findElement(inner, local, from);
    if (found === null) return out;
    out.push(found.text);
    from = found.end;
  }
}
