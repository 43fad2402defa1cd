// Embedded OLE objects: what an object icon in a Word, Excel or PowerPoint
// file carries. An object is a storage (a .doc's ObjectPool/_1234, an .xls's
// MBD0001, the root of a .docx's word/embeddings/oleObject1.bin) whose
// native data is in one stream:
//   - `\x01Ole10Native`: a "Package" — any file dragged into the document
//     (customers.csv, a zip), with its name — or an OLE 1 object's raw data;
//   - `Package`: an Office 2007+ document (a zip);
//   - `CONTENTS`: what Acrobat embeds (a PDF).
// Each is read as a file of its own. An Office 97–2003 workbook or document
// embedded as a storage is read by ole.ts directly. An equation has nothing
// to read; any other object (a Visio drawing, a ChemDraw sketch) is said:
// `unsupported-format`, with the object's class name from `\x01CompObj`.
import iconv from 'iconv-lite';

export const NATIVE_STREAMS = ['\x01Ole10Native', 'Package', 'CONTENTS'] as const;
/** Objects whose native data holds nothing a person could have typed a list into. */
export const NOTHING_TO_READ = ['Equation Native'] as const;
export const COMP_OBJ = '\x01CompObj';

export type Ole10Native =
  | { kind: 'file'; name: string; data: Buffer }
  | { kind: 'link'; name: string }
  | { kind: 'damaged'; detail: string };

/**
 * The file in an `\x01Ole10Native` stream. A package (MS-OLEDS 2.3.6 as
 * Packager writes it): total size, 2, label, source path, 0, 3 (embedded)
 * or 1 (link), temporary path, data size, data. Any other native data is
 * the bytes after the total size, named `Ole10Native`.
 */
export function readOle10Native(stream: Buffer): Ole10Native {
  if (stream.length < 4) return { kind: 'damaged', detail: 'native data stream shorter than its header' };
  const total = stream.readUInt32LE(0);
  if (total > stream.length - 4) return { kind: 'damaged', detail: `native data of ${total} bytes in a stream of ${stream.length}` };
  const native = stream.subarray(4, 4 + total);
  return readPackage(native) ?? { kind: 'file', name: 'Ole10Native', data: native };
}

/** A Packager's native data (the dragged-in file and its name); null when the data is not a package. */
export function readPackage(native: Buffer): Ole10Native | null {
  if (native.length < 2 || native.readUInt16LE(0) !== 2) return null;
  let off = 2;
  const zstr = (): Buffer | null => {
    const nul = native.indexOf(0, off);
    if (nul < 0) return null;
    const s = native.subarray(off, nul);
    off = nul + 1;
    return s;
  };
  const label = zstr();
  const source = zstr();
  if (!label || !source || off + 4 > native.length) return null;
  const type = native.readUInt16LE(off + 2);
  const name = fileName(source) || fileName(label) || 'package';
  if (type === 1) return { kind: 'link', name };
  if (type !== 3) return null;
  if (off + 8 > native.length) return { kind: 'damaged', detail: 'package cut before its data' };
  const tempLen = native.readUInt32LE(off + 4);
  off += 8 + tempLen;
  if (off + 4 > native.length) return { kind: 'damaged', detail: 'package cut before its data' };
  const size = native.readUInt32LE(off);
  if (size > native.length - off - 4) return { kind: 'damaged', detail: `package data of ${size} bytes runs past its stream` };
  return { kind: 'file', name, data: native.subarray(off + 4, off + 4 + size) };
}

/** The last part of a Windows path, in the writer's ANSI code page (GBK on a Chinese system, a superset of ASCII). */
function fileName(path: Buffer): string {
  return iconv
    .decode(path, 'gb18030')
    .split(/[\\/]/)
    .pop()!
    .replace(/[\x00-\x1f!#]/g, '_')
    .trim();
}

/** The object's class as its user sees it ("Microsoft Visio Drawing"), from `\x01CompObj`; '' when not there. */
export function objectClass(compObj: Buffer | undefined): string {
  if (!compObj || compObj.length < 32) return '';
  const len = compObj.readUInt32LE(28);
  if (len < 2 || len > 256 || 32 + len > compObj.length) return '';
  return iconv.decode(compObj.subarray(32, 32 + len - 1), 'gb18030').replace(/[\x00-\x1f]/g, '').trim();
}
