// Minimal OOXML / ODF packages for unit tests: just the parts the
// extractors read, written by hand so each test controls the XML exactly.
// Real LibreOffice-made fixtures live elsewhere (test/fixtures).
import { buildZip, type ZipEntrySpec } from './zip-writer.js';

const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const NS_MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const NS_R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const CT = `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>`;

export const xmlEscape = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export interface SheetSpec {
  name: string;
  state?: 'visible' | 'hidden' | 'veryHidden';
  /** The <sheetData> children, written as given. */
  rows: string;
  /** Worksheet children after <sheetData> (hyperlinks, dataValidations, headerFooter, drawing), as given. */
  after?: string;
}

/**
 * An xlsx with the given sheets and shared strings (rich-text <si> bodies as
 * raw XML allowed); `definedNames`: the workbook's <definedName> elements, raw.
 */
export function buildXlsx(sheets: readonly SheetSpec[], shared: readonly string[] = [], extra: ZipEntrySpec[] = [], definedNames = ''): Buffer {
  const wb =
    `${XML}<workbook xmlns="${NS_MAIN}" xmlns:r="${NS_R}"><sheets>` +
    sheets
      .map((s, i) => `<sheet name="${xmlEscape(s.name)}" sheetId="${i + 1}"${s.state ? ` state="${s.state}"` : ''} r:id="rId${i + 1}"/>`)
      .join('') +
    `</sheets>${definedNames ? `<definedNames>${definedNames}</definedNames>` : ''}</workbook>`;
  const rels =
    `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
    sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('') +
    `<Relationship Id="rIdS" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>` +
    '</Relationships>';
  const sst =
    `${XML}<sst xmlns="${NS_MAIN}" count="${shared.length}" uniqueCount="${shared.length}">` +
    shared.map((s) => (s.startsWith('<') ? `<si>${s}</si>` : `<si><t>${xmlEscape(s)}</t></si>`)).join('') +
    '</sst>';
  return buildZip([
    { name: '[Content_Types].xml', data: CT },
    { name: 'xl/workbook.xml', data: wb },
    { name: 'xl/_rels/workbook.xml.rels', data: rels },
    { name: 'xl/sharedStrings.xml', data: sst },
    ...sheets.map((s, i) => ({
      name: `xl/worksheets/sheet${i + 1}.xml`,
      data: `${XML}<worksheet xmlns="${NS_MAIN}"><sheetData>${s.rows}</sheetData>${s.after ?? ''}</worksheet>`,
    })),
    ...extra,
  ]);
}

const NS_W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/** A docx whose body is `body` (w: elements, raw). Extra parts (headers, comments) as given. */
export function buildDocx(body: string, extra: ZipEntrySpec[] = []): Buffer {
  return buildZip([
    { name: '[Content_Types].xml', data: CT },
    { name: 'word/document.xml', data: `${XML}<w:document xmlns:w="${NS_W}"><w:body>${body}</w:body></w:document>` },
    ...extra,
  ]);
}

/** Wrap in a w: part root (header, footer, comments). */
export const wordPart = (root: string, inner: string): string => `${XML}<w:${root} xmlns:w="${NS_W}">${inner}</w:${root}>`;

/** Paragraph / table helpers in WordprocessingML. */
export const wP = (...runs: string[]): string => `<w:p>${runs.map((r) => `<w:r><w:t xml:space="preserve">${xmlEscape(r)}</w:t></w:r>`).join('')}</w:p>`;
export const wTable = (rows: readonly (readonly string[])[]): string =>
  `<w:tbl>${rows.map((r) => `<w:tr>${r.map((c) => `<w:tc>${wP(c)}</w:tc>`).join('')}</w:tr>`).join('')}</w:tbl>`;

const NS_A = 'http://schemas.openxmlformats.org/drawingml/2006/main';
const NS_P = 'http://schemas.openxmlformats.org/presentationml/2006/main';

/** A pptx with slides (raw <p:spTree> children) and optional notes. */
export function buildPptx(slides: readonly string[], notes: readonly string[] = []): Buffer {
  return buildZip([
    { name: '[Content_Types].xml', data: CT },
    { name: 'ppt/presentation.xml', data: `${XML}<p:presentation xmlns:p="${NS_P}"/>` },
    ...slides.map((s, i) => ({
      name: `ppt/slides/slide${i + 1}.xml`,
      data: `${XML}<p:sld xmlns:p="${NS_P}" xmlns:a="${NS_A}"><p:cSld><p:spTree>${s}</p:spTree></p:cSld></p:sld>`,
    })),
    ...notes.map((n, i) => ({
      name: `ppt/notesSlides/notesSlide${i + 1}.xml`,
      data: `${XML}<p:notes xmlns:p="${NS_P}" xmlns:a="${NS_A}"><p:cSld><p:spTree>${n}</p:spTree></p:cSld></p:notes>`,
    })),
  ]);
}

export const aShape = (...paras: string[]): string =>
  `<p:sp><p:txBody>${paras.map((p) => `<a:p><a:r><a:t>${xmlEscape(p)}</a:t></a:r></a:p>`).join('')}</p:txBody></p:sp>`;
export const aTable = (rows: readonly (readonly string[])[]): string =>
  `<p:graphicFrame><a:graphic><a:graphicData><a:tbl>${rows
    .map((r) => `<a:tr>${r.map((c) => `<a:tc><a:txBody><a:p><a:r><a:t>${xmlEscape(c)}</a:t></a:r></a:p></a:txBody></a:tc>`).join('')}</a:tr>`)
    .join('')}</a:tbl></a:graphicData></a:graphic></p:graphicFrame>`;

const ODF_NS =
  'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" ' +
  'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" ' +
  'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"';

/**
 * An ODF package: `mimetype` first and stored, as the spec requires, then
 * content.xml (and `extra` parts); `automaticStyles`: the content's
 * <office:automatic-styles> children, raw.
 */
export function buildOdf(kind: 'text' | 'spreadsheet' | 'presentation', body: string, extra: ZipEntrySpec[] = [], automaticStyles = ''): Buffer {
  return buildZip([
    { name: 'mimetype', data: `application/vnd.oasis.opendocument.${kind}`, method: 'store' },
    { name: 'META-INF/manifest.xml', data: `${XML}<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"/>` },
    {
      name: 'content.xml',
      data: `${XML}<office:document-content ${ODF_NS}>${automaticStyles ? `<office:automatic-styles>${automaticStyles}</office:automatic-styles>` : ''}<office:body><office:${kind}>${body}</office:${kind}></office:body></office:document-content>`,
    },
    ...extra,
  ]);
}
