// Where the pdf.js that pdf-parse loads lives: its data files (CMaps, fonts)
// and its operator codes must come from that copy, not another one.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** The pdfjs-dist directory pdf-parse resolves to; throws when it cannot be found. */
export function pdfjsRoot(): string {
  const require = createRequire(import.meta.url);
  return dirname(require.resolve('pdfjs-dist/package.json', { paths: [dirname(require.resolve('pdf-parse'))] }));
}

let ops: Promise<Readonly<Record<string, number>>> | undefined;

/** pdf.js's operator codes, from that copy (the same module instance pdf-parse loads). */
export function pdfjsOps(): Promise<Readonly<Record<string, number>>> {
  ops ??= (async () => {
    const file = join(pdfjsRoot(), 'legacy/build/pdf.mjs');
    return ((await import(pathToFileURL(file).href)) as { OPS: Record<string, number> }).OPS;
  })();
  return ops;
}

/** The code of one pdf.js operator; throws when this pdf.js has no such operator. */
export function opCode(all: Readonly<Record<string, number>>, name: string): number {
  const c = all[name];
  if (typeof c !== 'number') throw new Error(`pdf.js has no operator ${name}`);
  return c;
}
