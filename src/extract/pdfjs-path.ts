// Where the pdf.js that pdf-parse loads lives: its data files (CMaps, fonts)
// and its operator codes must come from that copy, not another one.
import { createRequire } from 'node:module';
import { dirname } from 'node:path';

/** The pdfjs-dist directory pdf-parse resolves to; throws when it cannot be found. */
export function pdfjsRoot(): string {
  const require = createRequire(import.meta.url);
  return dirname(require.resolve('pdfjs-dist/package.json', { paths: [dirname(require.resolve('pdf-parse'))] }));
}
