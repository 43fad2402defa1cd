// Plain text, CSV and TSV in UTF-8 (BOM or not), UTF-16LE/BE and GB18030/GBK
// (what Excel on Chinese Windows writes for "CSV"); SQL dumps with one value
// tuple per line (sql-rows.ts). UTF-8 stays bytes all the
// way to the detector; other encodings are decoded with iconv-lite. Bytes that
// are neither text nor a known encoding are `unsupported-format`, never
// scanned as if they were clean text.
import { isUtf8 } from 'node:buffer';
import { open } from 'node:fs/promises';
import iconv from 'iconv-lite';
import { EmbeddedBlocks } from './embedded-blocks.js';
import { csvRecordWriter } from './csv-records.js';
import { completeUtf8Prefix, detectEncoding } from './encoding.js';
import { isSqlDump, tupleLineWriter } from './sql-rows.js';
import { contactDocumentKind, contactDocumentWriter } from './contact-documents.js';
import { isLdif, ldifRowWriter } from './ldif.js';
import { isVcard, vcardRowWriter } from './vcard.js';
import type { ExtractContext, ExtractInput, Extractor, UnitShape, UnitWriter } from './types.js';

/** Table or prose: by name (.csv/.tsv), else by consistent delimiters in the first lines. */
export function detectShape(name: string, sample: string): UnitShape {
  const lower = name.toLowerCase();
  if (lower.endsWith('.tsv')) return { kind: 'table', delimiter: '\t' };
  if (lower.endsWith('.csv')) return { kind: 'table', delimiter: sample.includes('\t') && !sample.includes(',') ? '\t' : ',' };
  const lines = sample.split(/\r?\n/).filter((l) => l.trim() !== '').slice(0, 6);
  if (lines.length < 2) return { kind: 'text' };
  for (const delimiter of ['\t', ','] as const) {
    const counts = lines.slice(0, -1).map((l) => l.split(delimiter).length - 1);
    const first = counts[0] ?? 0;
    if (first > 0 && counts.every((c) => c === first)) return { kind: 'table', delimiter };
  }
  return { kind: 'text' };
}

/**
 * Cells split by semicolons (the CSV of Excel in locales whose decimal mark
 * is a comma, and of tools set to it): the first three lines (not counting
 * a last one the sample may cut) hold as many `;` outside quotes each, two
 * or more, and the first no comma or tab (two lines of code can have as
 * many: `for (…; …; …)`, `x = 1; y = 2;`). Read as a comma CSV, each row
 * was one cell: its values were found, its names mostly not. A title of one
 * or two lines without a semicolon may come first (会员名单导出); read as
 * text, the rows were sentences and a card type beside a phone a name.
 * The `;` ending a character reference (`&nbsp;`) is none.
 */
function isSemicolonSeparated(sample: string): boolean {
  const cells = (line: string): number => line.replace(/"[^"]*"|&(?:[a-zA-Z]+|#\d+|#x[\da-fA-F]+);/g, '').split(';').length - 1;
  let lines = sample.split(/\r?\n/).filter((l) => l.trim() !== '');
  for (let title = 0; title < 2 && lines.length > 0 && cells(lines[0]!) === 0 && !/[,\t]/.test(lines[0]!); title++) lines = lines.slice(1);
  lines = lines.slice(0, 6);
  if (lines.length < 4 || /[,\t]/.test(lines[0]!)) return false;
  const counts = lines.slice(0, -1).map(cells);
  const first = counts[0]!;
  return first >= 2 && counts.every((c) => c === first) && cells(lines.at(-1)!) <= first;
}

const SEMICOLON = 0x3b;
const QUOTE = 0x22;

/** A writer that rewrites ASCII bytes in place (`rewrite` gets a copy: the reader reuses its buffers) before passing the text on. */
function bytesRewriter(out: UnitWriter, rewrite: (bytes: Buffer) => void): UnitWriter {
  return {
    write: (text) => {
      const bytes = typeof text === 'string' ? Buffer.from(text, 'utf8') : Buffer.from(text);
      rewrite(bytes);
      out.write(bytes);
    },
    end: () => out.end(),
  };
}

/** Semicolons outside quotes become tabs; a quote left open ends at the line's end (a stray one spoils one row, not the rest). */
function semicolonWriter(out: UnitWriter): UnitWriter {
  let quoted = false;
  return bytesRewriter(out, (bytes) => {
    for (let i = 0; i < bytes.length; i++) {
      const b = bytes[i];
      if (b === QUOTE) quoted = !quoted;
      else if (b === 0x0a) quoted = false;
      else if (b === SEMICOLON && !quoted) bytes[i] = 0x09;
    }
  });
}

const US = 0x1f;
const RS = 0x1e;
/** ASCII unit separators between cells (and record separators between rows, or line ends): a table, whatever its name. */
const isUnitSeparated = (sample: string): boolean => sample.split('\x1f').length > 2;

/**
 * Cells split by US (0x1F) and rows by RS (0x1E), as database and mainframe
 * exports write them: rows become lines and cells tab-separated (read as they
 * came, a whole list was one line of text: one record).
 */
function unitSeparatedWriter(out: UnitWriter): UnitWriter {
  return bytesRewriter(out, (bytes) => {
    for (let i = 0; i < bytes.length; i++) {
      if (bytes[i] === US) bytes[i] = 0x09;
      else if (bytes[i] === RS) bytes[i] = 0x0a;
    }
  });
}

function* chunksOf(data: Buffer, size: number): Generator<Buffer> {
  for (let i = 0; i < data.length; i += size) yield data.subarray(i, i + size);
}

async function* readChunks(input: ExtractInput): AsyncGenerator<Buffer> {
  if (input.source.kind === 'buffer') {
    yield* chunksOf(input.source.data, 1 << 20);
    return;
  }
  const range = input.source.range;
  // A small file is already all in the head: no second open and read.
  if (!range && input.size <= input.head.length) {
    yield input.head;
    return;
  }
  // Two buffers, reused: one is read while the other is scanned. A fresh
  // buffer per chunk (what a read stream gives) is external memory freed
  // only when a GC gets to it (~50 MB of it per worker at the peak); and a
  // 1 MiB buffer per tiny file is most of the garbage when a share is scanned.
  const size = Math.min(1 << 20, Math.max(64 << 10, input.size));
  const buffers = [Buffer.allocUnsafe(size), Buffer.allocUnsafe(size)];
  const end = range ? range.end : Infinity;
  const fh = await open(input.source.path, 'r');
  let position = range ? range.start : 0;
  const readInto = (buf: Buffer) => fh.read(buf, 0, Math.min(buf.length, end - position), position);
  let next = readInto(buffers[0]!);
  try {
    for (let k = 1; ; k ^= 1) {
      const { bytesRead, buffer } = await next;
      if (bytesRead === 0) return;
      position += bytesRead;
      next = position < end ? readInto(buffers[k]!) : Promise.resolve({ bytesRead: 0, buffer });
      yield buffer.subarray(0, bytesRead);
    }
  } finally {
    // Left early (a limit, an abort): the read ahead is not wanted, and close waits for it.
    next.catch(() => {});
    await fh.close();
  }
}

/**
 * Pass UTF-8 through; if a later chunk turns out not to be UTF-8 after all,
 * decode the rest as GB18030 rather than scan mangled bytes. Chunks are the
 * reader's reused buffers: only the few bytes of a character cut at a
 * chunk's end are kept (copied) for the next.
 */
class Utf8OrGb {
  private carry: Buffer = Buffer.alloc(0);
  private gb: ReturnType<typeof iconv.getDecoder> | null = null;
  constructor(private readonly out: UnitWriter) {}

  write(chunk: Buffer): void {
    if (this.gb) {
      this.out.write(this.gb.write(chunk));
      return;
    }
    let body = chunk;
    if (this.carry.length) {
      // The character cut at the end of the last chunk, completed by this one's first bytes.
      const joined = Buffer.concat([this.carry, chunk.subarray(0, 4)]);
      const whole = completeUtf8Prefix(joined);
      if (whole.length < this.carry.length) {
        this.carry = joined; // a chunk of a byte or two, and still cut
        return;
      }
      if (!isUtf8(whole)) return this.toGb(Buffer.concat([this.carry, chunk]));
      this.out.write(whole);
      body = chunk.subarray(whole.length - this.carry.length);
    }
    const whole = completeUtf8Prefix(body);
    if (!isUtf8(whole)) return this.toGb(body);
    this.out.write(whole);
    this.carry = Buffer.from(body.subarray(whole.length));
  }

  private toGb(bytes: Buffer): void {
    this.gb = iconv.getDecoder('gb18030');
    this.out.write(this.gb.write(bytes));
    this.carry = Buffer.alloc(0);
  }

  end(): void {
    if (this.gb) this.out.write(this.gb.end() ?? '');
    else if (this.carry.length) this.out.write(iconv.decode(this.carry, 'gb18030'));
  }
}

export const textExtractor: Extractor = {
  kind: 'text',
  async extract(input: ExtractInput, ctx: ExtractContext): Promise<void> {
    const detected = detectEncoding(input.head);
    if (!detected) {
      ctx.fail(input.location, 'unsupported-format', 'binary data');
      return;
    }
    const sampleBytes = input.head.subarray(detected.bom);
    const sample =
      detected.encoding === 'utf8' ? completeUtf8Prefix(sampleBytes).toString('utf8') : iconv.decode(sampleBytes, detected.encoding);
    const unitSeparated = isUnitSeparated(sample);
    // Address books: an entry a row (contact-rows.ts).
    const document = contactDocumentKind(sample);
    const ldif = !unitSeparated && isLdif(sample);
    const contacts = unitSeparated
      ? null
      : isVcard(sample)
        ? vcardRowWriter
        : ldif
          ? ldifRowWriter
          : document
            ? (unit: UnitWriter) => contactDocumentWriter(document, unit)
            : null;
    const semicolons = !unitSeparated && !contacts && isSemicolonSeparated(sample);
    const shape = unitSeparated || contacts || semicolons ? ({ kind: 'table', delimiter: '\t' } as const) : detectShape(input.name, sample);
    const unit = ctx.sink.open(input.location, shape);
    // A table's record is one line again when a quoted cell holds line breaks.
    const writer = unitSeparated
      ? unitSeparatedWriter(unit)
      : contacts
        ? contacts(unit)
        : semicolons
          ? semicolonWriter(csvRecordWriter(unit, '\t'))
        : isSqlDump(input.name, sample)
        ? tupleLineWriter(unit)
        : shape.kind === 'table' && (shape.delimiter === ',' || shape.delimiter === '\t')
          ? csvRecordWriter(unit, shape.delimiter)
          : unit;
    const decoder =
      detected.encoding === 'utf8'
        ? new Utf8OrGb(writer)
        : (() => {
            const d = iconv.getDecoder(detected.encoding);
            return { write: (b: Buffer) => writer.write(d.write(b)), end: () => writer.write(d.end() ?? '') };
          })();
    const range = input.source.kind === 'file' ? input.source.range : undefined;
    // A later part of a split file starts with the file's first line again, so
    // a table header still gives its columns context (values and records are
    // counted distinct, so the repeat adds nothing).
    if (range && range.start > 0) {
      const nl = input.head.indexOf(0x0a, detected.bom);
      if (nl > 0) decoder.write(input.head.subarray(detected.bom, nl + 1));
    }
    let first = !range || range.start === 0;
    // Files encoded in ASCII-compatible text (base64, uuencode, hex dumps): found as the text streams by, scanned as embedded items.
    // In LDIF its writer decodes every base64 value that is text (a dn read again, cn=张伟,mail=…, was a second record
    // of each entry): only the blocks that are files — a photo, a document — are items of their own.
    const embedded = detected.encoding === 'utf8' || detected.encoding === 'gb18030' ? new EmbeddedBlocks(input.location, ctx, { text: !ldif }) : null;
    let offset = range?.start ?? 0;
    for await (let chunk of readChunks(input)) {
      if (ctx.signal.aborted) break;
      if (first) {
        chunk = chunk.subarray(detected.bom);
        first = false;
      }
      if (input.source.kind === 'file' && !ctx.consume(chunk.length)) {
        ctx.fail(input.location, 'max-bytes', `more than ${ctx.limits.maxBytes} bytes`);
        break;
      }
      if (ctx.sink.exhausted) break; // max-text: recorded by the sink
      decoder.write(chunk);
      if (embedded) await embedded.feed(chunk, offset);
      offset += chunk.length;
    }
    decoder.end();
    writer.end();
    if (embedded && !ctx.signal.aborted) await embedded.end();
  },
};
