// The one registry of extractors, sorted by kind. Kinds come from sniff.ts
// (and zip-flavor.ts for zip-based office formats). Modules load on first
// use: a worker scanning CSV never pays for pdf.js or mailparser.
import type { Extractor } from './types.js';

type Loader = () => Promise<Extractor>;

const LOADERS: Readonly<Record<string, Loader>> = Object.freeze({
  '7z': async () => (await import('./sevenzip.js')).sevenZipExtractor('7z'),
  bzip2: async () => (await import('./sevenzip.js')).sevenZipExtractor('bzip2'),
  docx: async () => (await import('./docx.js')).docxExtractor,
  emf: async () => (await import('./emf.js')).emfExtractor,
  eml: async () => (await import('./eml.js')).emlExtractor,
  gzip: async () => (await import('./gzip.js')).gzipExtractor,
  html: async () => (await import('./html.js')).htmlExtractor,
  image: async () => (await import('./image.js')).imageExtractor,
  odf: async () => (await import('./odf.js')).odfExtractor,
  ole: async () => (await import('./ole.js')).oleExtractor,
  pdf: async () => (await import('./pdf.js')).pdfExtractor,
  pptx: async () => (await import('./pptx.js')).pptxExtractor,
  rar: async () => (await import('./sevenzip.js')).sevenZipExtractor('rar'),
  rtf: async () => (await import('./rtf.js')).rtfExtractor,
  sqlite: async () => (await import('./sqlite.js')).sqliteExtractor,
  tar: async () => (await import('./tar.js')).tarExtractor,
  text: async () => (await import('./text.js')).textExtractor,
  tnef: async () => (await import('./tnef.js')).tnefExtractor,
  xlsb: async () => (await import('./xlsb.js')).xlsbExtractor,
  xlsx: async () => (await import('./xlsx.js')).xlsxExtractor,
  xz: async () => (await import('./sevenzip.js')).sevenZipExtractor('xz'),
  zip: async () => (await import('./zip.js')).zipExtractor,
  zstd: async () => (await import('./sevenzip.js')).sevenZipExtractor('zstd'),
});

/** Kinds with an extractor. */
export const EXTRACTOR_KINDS: readonly string[] = Object.keys(LOADERS);

const loaded = new Map<string, Promise<Extractor>>();

/** The extractor for a kind, or undefined when there is none. */
export function extractorFor(kind: string): Promise<Extractor> | undefined {
  const load = LOADERS[kind];
  if (!load) return undefined;
  let p = loaded.get(kind);
  if (!p) loaded.set(kind, (p = load()));
  return p;
}
