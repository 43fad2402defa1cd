// Which zip-based format an archive is, from its central directory listing
// (never from the file name): OOXML by its main part, ODF by its `mimetype`
// entry. Anything unreadable is 'zip', so the zip extractor reports it.
import { DEFAULT_LIMITS } from '../types.js';
import type { ExtractInput } from './types.js';
import { type ReadContext, ZipReader } from './zip-reader.js';

export type ZipFlavor = 'xlsx' | 'xlsb' | 'docx' | 'pptx' | 'odf' | 'zip';

/** Enough bytes for any `application/vnd.oasis.opendocument.*` type. */
const MIMETYPE_CAP = 256;

/** Decide from a list of member names (and the ODF mimetype, when there is one). */
export function flavorFromNames(names: ReadonlySet<string>, mimetype?: string): ZipFlavor {
  // A package without its content types (that name damaged too) still has its relationships part.
  if (names.has('[content_types].xml') || names.has('_rels/.rels')) {
    if (names.has('xl/workbook.xml')) return 'xlsx';
    if (names.has('xl/workbook.bin')) return 'xlsb';
    if (names.has('word/document.xml')) return 'docx';
    if (names.has('ppt/presentation.xml')) return 'pptx';
    // The main part's name damaged (a byte of the central directory changed): the package is
    // still the application's, whose extractor says the part is missing and reads the others.
    // Read as a plain zip, a document's XML is text whose hidden runs break every number.
    const under = (dir: string): boolean => [...names].some((n) => n.startsWith(dir));
    if (under('xl/')) return [...names].some((n) => n.startsWith('xl/') && n.endsWith('.bin') && !n.startsWith('xl/embeddings/') && !n.startsWith('xl/printersettings/')) ? 'xlsb' : 'xlsx';
    if (under('word/')) return 'docx';
    if (under('ppt/')) return 'pptx';
  }
  if (mimetype !== undefined && /^application\/vnd\.oasis\.opendocument\.[a-z-]+$/.test(mimetype.trim())) return 'odf';
  return 'zip';
}

export async function zipFlavor(input: ExtractInput): Promise<ZipFlavor> {
  let zip: ZipReader;
  try {
    // Never list more than the default member bound here; the extractor applies the real limits.
    zip = await ZipReader.open(input, DEFAULT_LIMITS.maxMembers, AbortSignal.timeout(10_000));
  } catch {
    return 'zip';
  }
  try {
    const names = new Set(zip.members.map((m) => m.name.toLowerCase()));
    const mimeMember = zip.find('mimetype');
    let mimetype: string | undefined;
    if (mimeMember && !mimeMember.encrypted && mimeMember.declaredSize <= MIMETYPE_CAP) {
      const probe: ReadContext = {
        limits: DEFAULT_LIMITS,
        signal: AbortSignal.timeout(10_000),
        // Tiny read outside the item budget: at most MIMETYPE_CAP bytes per archive.
        consume: () => true,
      };
      try {
        const { data, error } = await zip.read(mimeMember, probe, MIMETYPE_CAP);
        if (!error) mimetype = data.toString('latin1');
      } catch {
        // An unreadable mimetype just means: not ODF.
      }
    }
    return flavorFromNames(names, mimetype);
  } finally {
    zip.close();
  }
}
