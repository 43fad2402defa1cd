// OpenDocument text, spreadsheets and presentations (odt/ods/odp, and
// their templates): content.xml, styles.xml (headers/footers) and the
// content of embedded objects. Paragraphs are lines; every table:table (an
// ods sheet, an odt table) is a table unit named after the table, one line
// per row, numeric cells printed from office:value like xlsx numbers.
// An object that is not an OpenDocument one (an OLE object kept from a Word
// file: a Package, a Visio drawing) is a file `Object N` of the package,
// read as an item (ole.ts).
// Repeated cells are capped (MAX_CELL_REPEAT) against repeated-cell bombs;
// a repeated row is written once (it adds no new record).
import { extractFlowParts, ODF } from './flow-text.js';
import { readOdfStyles } from './odf-styles.js';
import type { HidingProps } from './unseen.js';
import { recurseEmbedded, reportListing } from './ooxml.js';
import { readDocumentPictures } from './office-pictures.js';
import { readLeftoverParts } from './package-leftovers.js';
import type { ExtractContext, ExtractInput, Extractor } from './types.js';
import { type ZipMember, ZipReader } from './zip-reader.js';
import { ODF_PROPERTIES, readProperties } from './doc-properties.js';

const MANIFEST_CAP = 1024 * 1024;

export const odfExtractor: Extractor = {
  kind: 'odf',
  async extract(input: ExtractInput, ctx: ExtractContext): Promise<void> {
    const textBefore = ctx.sink.textBytes;
    const zip = await ZipReader.open(input, ctx.limits.maxMembers, ctx.signal);
    try {
      reportListing(zip, input, ctx, false);
      // A password-protected ODF file is an ordinary zip whose parts are
      // encrypted; only the manifest says so.
      const manifest = zip.find('META-INF/manifest.xml');
      if (manifest) {
        const { data, error } = await zip.read(manifest, ctx, MANIFEST_CAP);
        if (!error && data.includes('encryption-data')) {
          ctx.fail(input.location, 'encrypted', 'password-protected OpenDocument');
          return;
        }
      }
      // Every OpenDocument file has its content in content.xml: without it the rest reads as empty, not clean.
      if (!zip.find('content.xml')) ctx.fail(input.location, 'corrupt', 'OpenDocument without content.xml');
      const names = ['content.xml', 'styles.xml'];
      const parts = zip.members.filter((m) => names.includes(m.name) || /^Object \d+\/(content|styles)\.xml$/.test(m.name));
      const rank = (n: string): number => (names.includes(n) ? names.indexOf(n) : names.length);
      parts.sort((a, b) => rank(a.name) - rank(b.name) || (a.name < b.name ? -1 : 1));
      // Each document (the file, each `Object N/`) with the common styles of its styles.xml that hide text.
      const roots = new Map<string, ZipMember[]>();
      for (const m of parts) {
        const root = m.name.slice(0, m.name.lastIndexOf('/') + 1);
        roots.set(root, [...(roots.get(root) ?? []), m]);
      }
      for (const [root, members] of roots) {
        if (ctx.signal.aborted || ctx.sink.exhausted) break; // max-text: recorded by the sink
        const styles = members.find((m) => m.name === `${root}styles.xml`);
        // A styles part that cannot be parsed hides nothing here; its own walk below says why.
        const common = styles ? await readOdfStyles(zip, styles, ctx).catch(() => new Map<string, HidingProps>()) : new Map<string, HidingProps>();
        await extractFlowParts(zip, members, { ...ODF, styles: common }, input.location, ctx, new Set(styles ? [styles] : []));
      }
      await readProperties(zip, ODF_PROPERTIES, input, ctx);
      await recurseEmbedded(zip, input, ctx, /^Object \d+$/);
      await readDocumentPictures(zip, input, ctx, textBefore);
      await readLeftoverParts(zip, input, ctx);
    } finally {
      zip.close();
    }
  },
};
