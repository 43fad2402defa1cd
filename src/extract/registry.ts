// The one registry of extractors, sorted by kind. Kinds come from sniff.ts
// (and zip-flavor.ts for zip-based office formats).
import { docxExtractor } from './docx.js';
import { emlExtractor } from './eml.js';
import { gzipExtractor } from './gzip.js';
import { odfExtractor } from './odf.js';
import { oleExtractor } from './ole.js';
import { pdfExtractor } from './pdf.js';
import { pptxExtractor } from './pptx.js';
import { tarExtractor } from './tar.js';
import type { Extractor } from './types.js';
import { textExtractor } from './text.js';
import { xlsxExtractor } from './xlsx.js';
import { zipExtractor } from './zip.js';

export const EXTRACTORS: Readonly<Record<string, Extractor>> = Object.freeze({
  docx: docxExtractor,
  eml: emlExtractor,
  gzip: gzipExtractor,
  odf: odfExtractor,
  ole: oleExtractor,
  pdf: pdfExtractor,
  pptx: pptxExtractor,
  tar: tarExtractor,
  text: textExtractor,
  xlsx: xlsxExtractor,
  zip: zipExtractor,
});
