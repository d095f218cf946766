/**
 * Workbooks as other programs leave them, made by the tests themselves: parts
 * Juri does not own (a chart, a picture, an extra sheet under an unusual part
 * name, notes and threaded comments, defined names) added to a jury workbook,
 * and the quirks of LibreOffice and openpyxl reproduced by rewriting the XML.
 * The zip is read and written with JSZip (which comes with exceljs), not with
 * Juri's own package code, so the tests do not trust what they test.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import JSZip from 'jszip';
import { editFile, juri, tempDir } from './cliRun';
import { scoreEverything } from '../workflow/helpers';

export type Parts = Map<string, Buffer>;

export async function readParts(path: string): Promise<Parts> {
  const zip = await JSZip.loadAsync(await readFile(path));
  const out: Parts = new Map();
  for (const name of Object.keys(zip.files).sort()) {
    const file = zip.files[name];
    if (!file.dir) out.set(name, await file.async('nodebuffer'));
  }
  return out;
}

export async function writeParts(path: string, parts: Parts): Promise<void> {
  const zip = new JSZip();
  for (const [name, bytes] of parts) zip.file(name, bytes);
  await writeFile(path, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
}

export function text(parts: Parts, name: string): string {
  const bytes = parts.get(name);
  if (!bytes) throw new Error(`no part ${name}`);
  return bytes.toString('utf8');
}

export function setText(parts: Parts, name: string, xml: string): void {
  parts.set(name, Buffer.from(xml, 'utf8'));
}

/** The example competition, every stage generated and scored (by exceljs, as a juror's Excel would save it). */
export async function scoredWorkbook(name = 'kompetisi.xlsx'): Promise<string> {
  const path = join(tempDir(), name);
  expect((await juri(['init', path, '--example'])).code).toBe(0);
  for (let stage = 0; stage < 2; stage++) {
    expect((await juri(['generate', path])).code).toBe(0);
    await editFile(path, scoreEverything);
  }
  return path;
}

/** Sheet name -> its part, from the workbook part and its relationships. */
export function sheetParts(parts: Parts): Map<string, string> {
  const workbook = text(parts, 'xl/workbook.xml');
  const rels = text(parts, 'xl/_rels/workbook.xml.rels');
  const targets = new Map<string, string>();
  for (const m of rels.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = /Id="([^"]+)"/.exec(m[0])?.[1];
    const target = /Target="([^"]+)"/.exec(m[0])?.[1];
    if (id && target) targets.set(id, target.startsWith('/') ? target.slice(1) : `xl/${target}`);
  }
  const out = new Map<string, string>();
  for (const m of workbook.matchAll(/<sheet\b[^>]*>/g)) {
    const name = /name="([^"]*)"/.exec(m[0])?.[1] ?? '';
    const id = /r:id="([^"]+)"/.exec(m[0])?.[1] ?? '';
    out.set(name.replace(/&amp;/g, '&'), targets.get(id) ?? '');
  }
  return out;
}

export function sheetNames(parts: Parts): string[] {
  return [...sheetParts(parts).keys()];
}

const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);
const NS_MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const NS_R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const NS_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

function rels(items: [id: string, type: string, target: string][]): string {
  return `${XML}<Relationships xmlns="${NS_REL}">${items
    .map(([id, type, target]) => `<Relationship Id="${id}" Type="${type}" Target="${target}"/>`)
    .join('')}</Relationships>`;
}

/** The parts added by `addForeignParts`, which Juri must leave exactly as they are. */
export const FOREIGN = [
  'xl/custom/Data.xml',
  'xl/custom/_rels/Data.xml.rels',
  'xl/drawings/drawing77.xml',
  'xl/drawings/_rels/drawing77.xml.rels',
  'xl/charts/chart77.xml',
  'xl/media/image77.png',
  'xl/comments77.xml',
  'xl/drawings/vmlDrawing77.vml',
  'xl/threadedComments/threadedComment77.xml',
  'xl/persons/person.xml',
  'docProps/custom.xml',
];

/**
 * A sheet named 'Data' first in the tab order, stored as xl/custom/Data.xml,
 * with a chart, a picture, a note and a threaded comment; a picture on the
 * Setup sheet too; defined names, one of them local to 'Data'.
 */
export function addForeignParts(parts: Parts): void {
  const sheet =
    `${XML}<worksheet xmlns="${NS_MAIN}" xmlns:r="${NS_R}"><sheetData>` +
    '<row r="1"><c r="A1" t="inlineStr"><is><t>Anggaran</t></is></c><c r="B1"><v>120</v></c></row>' +
    '<row r="2"><c r="A2" t="inlineStr"><is><t>Realisasi</t></is></c><c r="B2"><f>B1*0.8</f><v>96</v></c></row>' +
    '</sheetData><drawing r:id="rId1"/><legacyDrawing r:id="rId2"/></worksheet>';
  setText(parts, 'xl/custom/Data.xml', sheet);
  setText(
    parts,
    'xl/custom/_rels/Data.xml.rels',
    rels([
      ['rId1', `${NS_R}/drawing`, '../drawings/drawing77.xml'],
      ['rId2', `${NS_R}/vmlDrawing`, '../drawings/vmlDrawing77.vml'],
      ['rId3', `${NS_R}/comments`, '../comments77.xml'],
      [
        'rId4',
        'http://schemas.microsoft.com/office/2017/10/relationships/threadedComment',
        '../threadedComments/threadedComment77.xml',
      ],
    ]),
  );
  setText(
    parts,
    'xl/drawings/drawing77.xml',
    `${XML}<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="${NS_R}" xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart">` +
      '<xdr:twoCellAnchor><xdr:from><xdr:col>3</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>1</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>9</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>15</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>' +
      '<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="Chart 1"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>' +
      '<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart r:id="rId1"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>' +
      '<xdr:oneCellAnchor><xdr:from><xdr:col>0</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>5</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:ext cx="952500" cy="952500"/>' +
      '<xdr:pic><xdr:nvPicPr><xdr:cNvPr id="3" name="Picture 1"/><xdr:cNvPicPr/></xdr:nvPicPr><xdr:blipFill><a:blip r:embed="rId2"/><a:stretch><a:fillRect/></a:stretch></xdr:blipFill>' +
      '<xdr:spPr><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></xdr:spPr></xdr:pic><xdr:clientData/></xdr:oneCellAnchor></xdr:wsDr>',
  );
  setText(
    parts,
    'xl/drawings/_rels/drawing77.xml.rels',
    rels([
      ['rId1', `${NS_R}/chart`, '../charts/chart77.xml'],
      ['rId2', `${NS_R}/image`, '../media/image77.png'],
    ]),
  );
  setText(
    parts,
    'xl/charts/chart77.xml',
    `${XML}<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="${NS_R}">` +
      '<c:chart><c:plotArea><c:layout/><c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/>' +
      '<c:ser><c:idx val="0"/><c:order val="0"/><c:val><c:numRef><c:f>Data!$B$1:$B$2</c:f></c:numRef></c:val></c:ser>' +
      '<c:axId val="10"/><c:axId val="20"/></c:barChart>' +
      '<c:catAx><c:axId val="10"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:crossAx val="20"/></c:catAx>' +
      '<c:valAx><c:axId val="20"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:crossAx val="10"/></c:valAx>' +
      '</c:plotArea></c:chart></c:chartSpace>',
  );
  parts.set('xl/media/image77.png', PNG);
  setText(
    parts,
    'xl/comments77.xml',
    `${XML}<comments xmlns="${NS_MAIN}"><authors><author>tc={6A1B}</author></authors><commentList><comment ref="B2" authorId="0"><text><t>Angka sementara, cek ke bendahara.</t></text></comment></commentList></comments>`,
  );
  setText(
    parts,
    'xl/drawings/vmlDrawing77.vml',
    '<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel"><v:shape id="_x0000_s1025" type="#_x0000_t202"><x:ClientData ObjectType="Note"><x:Row>1</x:Row><x:Column>1</x:Column></x:ClientData></v:shape></xml>',
  );
  setText(
    parts,
    'xl/threadedComments/threadedComment77.xml',
    `${XML}<ThreadedComments xmlns="http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments"><threadedComment ref="B2" dT="2026-11-20T09:00:00.00" personId="{11111111-2222-3333-4444-555555555555}" id="{6A1B0000-0000-0000-0000-000000000001}"><text>Angka sementara, cek ke bendahara.</text></threadedComment></ThreadedComments>`,
  );
  setText(
    parts,
    'xl/persons/person.xml',
    `${XML}<personList xmlns="http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments"><person displayName="Sekretariat" id="{11111111-2222-3333-4444-555555555555}" userId="sekretariat@example.go.id" providerId="None"/></personList>`,
  );
  setText(
    parts,
    'docProps/custom.xml',
    `${XML}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="Nomor surat"><vt:lpwstr>800/123/2026</vt:lpwstr></property></Properties>`,
  );

  // Registered in the workbook: first tab, its own relationship, content types, defined names.
  const workbookRels = text(parts, 'xl/_rels/workbook.xml.rels').replace(
    '</Relationships>',
    `<Relationship Id="rId77" Type="${NS_R}/worksheet" Target="custom/Data.xml"/><Relationship Id="rId78" Type="http://schemas.microsoft.com/office/2017/10/relationships/person" Target="persons/person.xml"/></Relationships>`,
  );
  setText(parts, 'xl/_rels/workbook.xml.rels', workbookRels);
  const setupIndex = sheetNames(parts).indexOf('Pengaturan') + 1;
  let workbook = text(parts, 'xl/workbook.xml').replace(
    /<sheets>/,
    '<sheets><sheet name="Data" sheetId="77" r:id="rId77"/>',
  );
  const names =
    '<definedNames><definedName name="Anggaran">Data!$B$1</definedName>' +
    '<definedName name="_xlnm.Print_Area" localSheetId="0">Data!$A$1:$B$2</definedName>' +
    `<definedName name="_xlnm.Print_Titles" localSheetId="${setupIndex}">Pengaturan!$1:$1</definedName></definedNames>`;
  workbook = workbook.includes('<definedNames')
    ? workbook.replace('<definedNames>', names.replace('</definedNames>', ''))
    : workbook.replace('</sheets>', `</sheets>${names}`);
  setText(parts, 'xl/workbook.xml', workbook);
  let types = text(parts, '[Content_Types].xml');
  if (!/Extension="png"/.test(types))
    types = types.replace(/<Types[^>]*>/, (m) => `${m}<Default Extension="png" ContentType="image/png"/>`);
  if (!/Extension="vml"/.test(types))
    types = types.replace(
      /<Types[^>]*>/,
      (m) =>
        `${m}<Default Extension="vml" ContentType="application/vnd.openxmlformats-officedocument.vmlDrawing"/>`,
    );
  const override = (part: string, type: string) => `<Override PartName="/${part}" ContentType="${type}"/>`;
  types = types.replace(
    '</Types>',
    override(
      'xl/custom/Data.xml',
      'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml',
    ) +
      override('xl/drawings/drawing77.xml', 'application/vnd.openxmlformats-officedocument.drawing+xml') +
      override('xl/charts/chart77.xml', 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml') +
      override(
        'xl/comments77.xml',
        'application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml',
      ) +
      override('xl/threadedComments/threadedComment77.xml', 'application/vnd.ms-excel.threadedcomments+xml') +
      override('xl/persons/person.xml', 'application/vnd.ms-excel.person+xml') +
      override('docProps/custom.xml', 'application/vnd.openxmlformats-officedocument.custom-properties+xml') +
      '</Types>',
  );
  setText(parts, '[Content_Types].xml', types);
}

/** openpyxl writes every relationship target as an absolute part name ('/xl/worksheets/sheet1.xml'). */
export function absoluteTargets(parts: Parts): void {
  for (const name of [...parts.keys()].filter((n) => n.endsWith('.rels'))) {
    const source = name.replace(/_rels\/([^/]*)\.rels$/, '$1');
    const folder = source.slice(0, source.lastIndexOf('/') + 1);
    const xml = text(parts, name).replace(/Target="([^"]+)"/g, (whole, target: string) => {
      if (/^[a-z]+:/i.test(target) || target.startsWith('/')) return whole;
      const path: string[] = [];
      for (const piece of (folder + target).split('/')) {
        if (piece === '..') path.pop();
        else if (piece !== '.' && piece !== '') path.push(piece);
      }
      return `Target="/${path.join('/')}"`;
    });
    setText(parts, name, xml);
  }
}
