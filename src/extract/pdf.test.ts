import { randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import { describe, expect, it, vi } from 'vitest';
import { CaptureSink } from '../../test/support/capture-sink.js';
import { tempDir } from '../../test/support/temp-dir.js';
import { packageRoot } from '../paths.js';
import { DEFAULT_LIMITS, type Limits } from '../types.js';
import { bufferInput, extractItem, readHead } from './dispatch.js';
import { lzwDecode, lzwDecodedSize, runLength } from './pdf-filters.js';
import { MAX_EXAMINED } from './pdf-pictures.js';

/**
 * LZW as PDF writes it (LZWDecode, /EarlyChange 1): a clear code first, codes
 * of 9–12 bits, a clear code when the table is nearly full, the end code last.
 */
function lzwEncode(data: Uint8Array): Buffer {
  const out: number[] = [];
  let acc = 0;
  let nbits = 0;
  let codeLength = 9;
  const emit = (code: number): void => {
    acc = (acc << codeLength) | code;
    nbits += codeLength;
    while (nbits >= 8) {
      out.push((acc >>> (nbits - 8)) & 0xff);
      nbits -= 8;
    }
    acc &= (1 << nbits) - 1;
  };
  const table = new Map<number, number>();
  let next = 258;
  emit(256);
  let prefix = -1;
  for (const b of data) {
    if (prefix < 0) {
      prefix = b;
      continue;
    }
    const known = table.get(prefix * 256 + b);
    if (known !== undefined) {
      prefix = known;
      continue;
    }
    emit(prefix);
    table.set(prefix * 256 + b, next++);
    // The decoder adds each entry one code later: it widens its codes when its next + 1 reaches 2^n.
    if (next >= 1 << codeLength && codeLength < 12) codeLength++;
    if (next === 4000) {
      emit(256);
      table.clear();
      next = 258;
      codeLength = 9;
    }
    prefix = b;
  }
  if (prefix >= 0) {
    emit(prefix);
    // The decoder adds an entry on reading this last code too, and widens its codes as it does.
    if (next + 1 >= 1 << codeLength && codeLength < 12) codeLength++;
  }
  emit(257);
  if (nbits > 0) out.push((acc << (8 - nbits)) & 0xff);
  return Buffer.from(out);
}

/** RunLengthDecode's encoding: runs of 2–128 equal bytes as (257 − n, byte), the rest as literals of up to 128. */
function runLengthEncode(data: Uint8Array): Buffer {
  const out: number[] = [];
  let i = 0;
  while (i < data.length) {
    let run = 1;
    while (i + run < data.length && run < 128 && data[i + run] === data[i]) run++;
    if (run >= 2) {
      out.push(257 - run, data[i]!);
      i += run;
      continue;
    }
    const from = i;
    while (i < data.length && i - from < 128 && !(i + 1 < data.length && data[i + 1] === data[i])) i++;
    if (i === from) i++;
    out.push(i - from - 1, ...data.subarray(from, i));
  }
  out.push(128);
  return Buffer.from(out);
}

/** ASCII85 as PDF writes it: groups of five, `z` for four zero bytes, `~>` at the end. */
function a85Encode(data: Buffer): Buffer {
  let out = '';
  for (let i = 0; i < data.length; i += 4) {
    const chunk = Buffer.alloc(4);
    const n = data.copy(chunk, 0, i, i + 4);
    let v = chunk.readUInt32BE(0);
    if (v === 0 && n === 4) {
      out += 'z';
      continue;
    }
    const digits: string[] = [];
    for (let k = 0; k < 5; k++) {
      digits.unshift(String.fromCharCode(0x21 + (v % 85)));
      v = Math.floor(v / 85);
    }
    out += digits.slice(0, n + 1).join('');
  }
  return Buffer.from(`${out}~>`, 'latin1');
}

/**
 * A FlateDecode (or LZWDecode) stream object: `bytes` of content, with `padding` spaces after it
 * (a bomb when large); `ascii`: behind an ASCIIHex or ASCII85 encoding too.
 */
function flateStream(dict: string, bytes: Buffer, padding = 0, lzw = false, ascii?: 'hex' | 'a85', outer?: 'flate' | 'rl'): string {
  const raw = padding ? Buffer.concat([bytes, Buffer.alloc(padding, 0x20)]) : bytes;
  let data = lzw ? lzwEncode(raw) : deflateSync(raw, { level: 9 });
  let filter = `/${lzw ? 'LZW' : 'Flate'}Decode`;
  if (outer === 'flate') [data, filter] = [deflateSync(data, { level: 9 }), `[/FlateDecode ${filter}]`];
  if (outer === 'rl') [data, filter] = [runLengthEncode(data), `[/RunLengthDecode ${filter}]`];
  if (ascii === 'hex') [data, filter] = [Buffer.from(`${data.toString('hex')}>`), `[/ASCIIHexDecode ${filter}]`];
  if (ascii === 'a85') [data, filter] = [a85Encode(data), `[/ASCII85Decode ${filter}]`];
  return `<< ${dict} /Filter ${filter} /Length ${data.length} >>\nstream\n${data.toString('latin1')}\nendstream`;
}

/**
 * A minimal PDF: each page is a list of lines, each line a list of cells drawn with Helvetica.
 * `padding`: the content streams are deflated, with that many spaces after the text;
 * `blank`: a deflated all-black RGB image of that size (a scanned blank page compresses ~1000:1),
 * `imageBytes` bytes of pixels where it declares `blank`'s; `imageOn`: the pages that draw the image (all by default).
 */
function makePdf(
  pages: string[][][],
  opts: {
    image?: boolean;
    /** Each page draws an XObject of a subtype that does not exist: pdf.js cannot draw the page, and reads its text. */
    badXObject?: boolean;
    encrypt?: boolean;
    padding?: number;
    lzw?: boolean;
    ascii?: 'hex' | 'a85';
    /** A second compression around the first: [/FlateDecode /FlateDecode], [/RunLengthDecode /FlateDecode]. */
    outer?: 'flate' | 'rl';
    blank?: { width: number; height: number; imageBytes?: number };
    imageOn?: readonly number[];
  } = {},
): Buffer {
  const objects: string[] = [];
  const add = (body: string): number => objects.push(body);
  const catalog = add('');
  const pagesObj = add('');
  const font = add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>');
  const blank = opts.blank;
  const image = blank
    ? add(
        flateStream(
          `/Type /XObject /Subtype /Image /Width ${blank.width} /Height ${blank.height} /ColorSpace /DeviceRGB /BitsPerComponent 8`,
          Buffer.alloc(blank.imageBytes ?? blank.width * blank.height * 3),
        ),
      )
    : opts.image
      ? add('<< /Type /XObject /Subtype /Image /Width 2 /Height 2 /ColorSpace /DeviceGray /BitsPerComponent 8 /Length 4 >>\nstream\n\x00\xff\xff\x00\nendstream')
      : 0;
  const badXObject = opts.badXObject ? add('<< /Type /XObject /Subtype /Nonesuch /Length 0 >>\nstream\n\nendstream') : 0;
  const kids: number[] = [];
  for (const [p, lines] of pages.entries()) {
    const draws = image && (opts.imageOn ?? [p]).includes(p);
    let content = draws ? 'q 200 0 0 200 100 400 cm /Im1 Do Q\n' : '';
    if (opts.badXObject) content += '/X9 Do\n';
    lines.forEach((cells, row) => {
      cells.forEach((cell, col) => {
        content += `BT /F1 11 Tf ${72 + col * 150} ${740 - row * 16} Td (${cell}) Tj ET\n`;
      });
    });
    const stream = add(
      opts.padding === undefined
        ? `<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}endstream`
        : flateStream('', Buffer.from(content, 'latin1'), opts.padding, opts.lzw, opts.ascii, opts.outer),
    );
    const xobj = image ? ` /XObject << /Im1 ${image} 0 R >>` : badXObject ? ` /XObject << /X9 ${badXObject} 0 R >>` : '';
    kids.push(add(`<< /Type /Page /Parent ${pagesObj} 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 ${font} 0 R >>${xobj} >> /Contents ${stream} 0 R >>`));
  }
  objects[catalog - 1] = `<< /Type /Catalog /Pages ${pagesObj} 0 R >>`;
  objects[pagesObj - 1] = `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`;
  // Standard security handler with O/U entries no empty password opens: a PDF that needs a password.
  const encrypt = opts.encrypt
    ? add(`<< /Filter /Standard /V 1 /R 2 /Length 40 /P -44 /O <${'ab'.repeat(32)}> /U <${'cd'.repeat(32)}> >>`)
    : 0;
  let out = '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(out, 'latin1'));
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const off of offsets) out += `${String(off).padStart(10, '0')} 00000 n \n`;
  const enc = encrypt ? ` /Encrypt ${encrypt} 0 R /ID [<${'01'.repeat(16)}> <${'01'.repeat(16)}>]` : '';
  out += `trailer\n<< /Size ${objects.length + 1} /Root ${catalog} 0 R${enc} >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

// Synthetic: valid MOD 11-2 IDs and allocated mobile prefixes, names in pinyin (Helvetica has no CJK).
const ROWS = [
  ['Zhang Wei', '13812345678', '11010519491231002X'],
  ['Li Na', '15912345670', '440305199003071234'],
  ['Wang Fang', '18698765432', '310104198512120013'],
];
/** A scanned list with its OCR text layer: enough text that the page's picture is not reported (pdf-pictures.ts). */
const OCR_ROWS = [...ROWS, ...ROWS, ...ROWS];

async function run(data: Buffer, limits: Limits = DEFAULT_LIMITS): Promise<CaptureSink> {
  const sink = new CaptureSink();
  await extractItem(bufferInput('doc.pdf', 'doc.pdf', data), sink, limits, new AbortController().signal);
  return sink;
}

describe('pdf extractor', () => {
  const dir = tempDir('listguard-pdf-');

  it('emits one unit per page: a table page as tab-separated rows, prose as text', async () => {
    const sink = await run(makePdf([[['Name', 'Mobile', 'ID'], ...ROWS], [['page two note']]]));
    expect(sink.problems).toEqual([]);
    expect(sink.units.map((u) => u.location)).toEqual(['doc.pdf!/page/1', 'doc.pdf!/page/2']);
    expect(sink.units.map((u) => u.shape)).toEqual([{ kind: 'table', delimiter: '\t' }, { kind: 'text' }]);
    expect(sink.units.every((u) => u.ended)).toBe(true);
    // Cells from glyph positions: one row per line, cells in column order, nothing glued.
    expect(sink.units[0]?.text).toBe(`${[['Name', 'Mobile', 'ID'], ...ROWS].map((r) => r.join('\t')).join('\n')}\n`);
    expect(sink.units[1]?.text).toBe('page two note\n');
  });

  it('repeats a table header above the rows that continue on the next page', async () => {
    const sink = await run(makePdf([[['Name', 'Mobile', 'ID'], ROWS[0]!], [ROWS[1]!, ROWS[2]!]]));
    expect(sink.units[1]?.text.split('\n')[0]).toBe('Name\tMobile\tID');
    expect(sink.units[1]?.text).toContain(ROWS[2]!.join('\t'));
  });

  it('reads a top-level file and counts it against the byte budget', async () => {
    const path = join(dir, 'list.pdf');
    const data = makePdf([ROWS]);
    writeFileSync(path, data);
    const input = { location: 'list.pdf', name: 'list.pdf', size: data.length, head: await readHead(path), source: { kind: 'file' as const, path } };
    const ok = new CaptureSink();
    await extractItem(input, ok, DEFAULT_LIMITS, new AbortController().signal);
    expect(ok.text).toContain('13812345678');
    const small = new CaptureSink();
    await extractItem(input, small, { ...DEFAULT_LIMITS, maxBytes: data.length - 1 }, new AbortController().signal);
    expect(small.reasons()).toEqual(['max-bytes']);
    expect(small.units).toEqual([]);
  });

  it('reports an image-only PDF as no-text-layer, never clean', async () => {
    const sink = await run(makePdf([[], []], { image: true }));
    expect(sink.units).toEqual([]);
    expect(sink.problems).toEqual([expect.objectContaining({ reason: 'no-text-layer', location: 'doc.pdf' })]);
  });

  it('reports a page of little text that shows a picture (a scanned list behind a cover letter), and reads the rest', async () => {
    const scan = await run(makePdf([ROWS, []], { blank: { width: 400, height: 400 }, imageOn: [1] }));
    expect(scan.text).toContain('13812345678');
    expect(scan.problems).toEqual([expect.objectContaining({ reason: 'no-text-layer', location: 'doc.pdf!/page/2', detail: expect.stringContaining('400×400 picture') })]);
    // A picture too small to hold a list (a logo), or one on a page full of text (a figure), is not a scan.
    const logo = await run(makePdf([ROWS, []], { blank: { width: 300, height: 300 }, imageOn: [1] }));
    expect(logo.problems).toEqual([]);
    const longRows = Array.from({ length: 12 }, (_, i) => [`Row ${i} of the quarterly report`, 'figures below', 'see appendix']);
    const figure = await run(makePdf([longRows], { blank: { width: 400, height: 400 } }));
    expect(figure.problems).toEqual([]);
  });

  it('says so when pages of little text were not all examined for pictures, or a picture was too large to examine', async () => {
    const many = await run(makePdf([ROWS, ...Array.from({ length: MAX_EXAMINED + 3 }, () => [])]));
    expect(many.problems).toEqual([expect.objectContaining({ reason: 'no-text-layer', location: 'doc.pdf', detail: expect.stringContaining('4 page(s) with little or no text not examined') })]);
    // 25 megapixels: pdf.js leaves it out of the page without decoding it, and says nothing.
    const huge = await run(makePdf([ROWS, []], { blank: { width: 5000, height: 5000 }, imageOn: [1] }));
    expect(huge.problems).toEqual([expect.objectContaining({ reason: 'no-text-layer', location: 'doc.pdf', detail: expect.stringContaining('25 megapixels') })]);
  });

  it('refuses a deflate bomb before pdf.js inflates it whole (a stream past 100:1), and reads one that compresses well', async () => {
    const ok = await run(makePdf([ROWS], { padding: 1 << 20 }));
    expect(ok.problems).toEqual([]);
    expect(ok.text).toContain('13812345678');
    // 160 MB of spaces in ~160 KB: pdf.js would hold all of it, twice (2 GB took 4 GB of memory).
    const bomb = await run(makePdf([ROWS], { padding: 160 << 20 }));
    expect(bomb.units).toEqual([]);
    expect(bomb.problems).toEqual([expect.objectContaining({ reason: 'max-ratio', location: 'doc.pdf' })]);
  });

  it('bounds LZW streams the same way, counting what they decode to without decoding it', async () => {
    const ok = await run(makePdf([ROWS], { padding: 200_000, lzw: true }));
    expect(ok.problems).toEqual([]);
    expect(ok.text).toContain('13812345678'); // pdf.js reads the encoder's output: the test encoder is right
    for (const data of [randomBytes(50_000), Buffer.alloc(3_000_000), Buffer.from('13812345678,张伟\n'.repeat(20_000))]) {
      expect(lzwDecodedSize(lzwEncode(data), Infinity)).toEqual({ size: data.length, damaged: false });
    }
    // A code the table does not hold yet (clear, then 300): pdf.js stops there, so it is damage.
    expect(lzwDecodedSize(Uint8Array.of(0b10000000, 0b01001011, 0b00000000), Infinity)).toEqual({ size: 0, damaged: true });
    // 24 MB of spaces in ~20 KB of LZW.
    const bomb = await run(makePdf([ROWS], { padding: 24 << 20, lzw: true }));
    expect(bomb.units).toEqual([]);
    expect(bomb.reasons()).toEqual(['max-ratio']);
  });

  it('undoes ASCIIHex and ASCII85 before Flate or LZW: read when sound, bounded when a bomb', async () => {
    for (const ascii of ['hex', 'a85'] as const) {
      for (const lzw of [false, true]) {
        const ok = await run(makePdf([ROWS], { padding: 1000, lzw, ascii }));
        expect(ok.problems, `${ascii} ${lzw ? 'lzw' : 'flate'}`).toEqual([]);
        expect(ok.text).toContain('13812345678');
        const bomb = await run(makePdf([ROWS], { padding: 24 << 20, lzw, ascii }));
        expect(bomb.reasons(), `${ascii} ${lzw ? 'lzw' : 'flate'} bomb`).toEqual(['max-ratio']);
      }
    }
  });

  it('decodes chains of compression stage by stage: read when sound, bounded when a bomb hides inside another', async () => {
    for (const outer of ['flate', 'rl'] as const) {
      for (const lzw of [false, true]) {
        const what = `${outer} around ${lzw ? 'lzw' : 'flate'}`;
        const ok = await run(makePdf([ROWS], { padding: 1000, lzw, outer }));
        expect(ok.problems, what).toEqual([]);
        expect(ok.text, what).toContain('13812345678');
        // 24 MB of spaces: the outer stage decodes to less than 1 MiB, within its bound;
        // only decoding the inner one too shows the bomb.
        const bomb = await run(makePdf([ROWS], { padding: 24 << 20, lzw, outer }));
        expect(bomb.units, what).toEqual([]);
        expect(bomb.reasons(), what).toEqual(['max-ratio']);
      }
    }
  });

  it('decodes LZW and RunLength as pdf.js does', () => {
    for (const data of [randomBytes(20_000), Buffer.alloc(100_000), Buffer.from('13812345678,张伟\n'.repeat(5_000))]) {
      expect(lzwDecode(lzwEncode(data), Infinity)).toEqual(data);
      expect(lzwDecode(lzwEncode(data), data.length - 1)).toBe('over');
      const rl = runLength(runLengthEncode(data), Infinity, true);
      expect(rl.out).toEqual(data);
      expect(runLength(runLengthEncode(data), Infinity).size).toBe(data.length);
    }
    expect(lzwDecode(Uint8Array.of(0b10000000, 0b01001011, 0b00000000), Infinity)).toBe('damaged');
    // Two bytes stand for 128: a run-length stream reaches at most 64:1.
    expect(runLength(Uint8Array.of(129, 0x41, 0, 0x42, 128, 0x43), Infinity, true).out).toEqual(Buffer.from(`${'A'.repeat(128)}B`));
  });

  it('lets an image inflate to the size it declares (a blank scanned page, ~1000:1), not past it', async () => {
    const page = { width: 2480, height: 3508 }; // A4 at 300 dpi, 26 MB of RGB
    const scanned = await run(makePdf([OCR_ROWS], { blank: page }));
    expect(scanned.problems).toEqual([]);
    expect(scanned.text).toContain('13812345678');
    const lying = await run(makePdf([ROWS], { blank: { width: 100, height: 100, imageBytes: 26 << 20 } }));
    expect(lying.units).toEqual([]);
    expect(lying.reasons()).toEqual(['max-ratio']);
  });

  it('does not spend the item byte budget on images, which are not decoded for text (an OCR\'d scan)', async () => {
    // 26 MB of pixels and 8 MiB of page text, against a 30 MiB budget: only the text spends it.
    const pdf = makePdf([OCR_ROWS], { blank: { width: 2480, height: 3508 }, padding: 8 << 20 });
    const sink = await run(pdf, { ...DEFAULT_LIMITS, maxRatio: 10_000, maxBytes: 30 << 20 });
    expect(sink.problems).toEqual([]);
    expect(sink.text).toContain('13812345678');
    // An image larger than the whole budget is still over it.
    const huge = await run(makePdf([ROWS], { blank: { width: 2480, height: 3508 } }), { ...DEFAULT_LIMITS, maxBytes: 8 << 20 });
    expect(huge.reasons()).toEqual(['max-bytes']);
  });

  it('bounds what all streams of a PDF inflate to by the item byte budget', async () => {
    const data = makePdf([ROWS], { padding: 4 << 20 });
    const sink = await run(data, { ...DEFAULT_LIMITS, maxRatio: 1000, maxBytes: 3 << 20 });
    expect(sink.units).toEqual([]);
    expect(sink.reasons()).toEqual(['max-bytes']);
  });

  it('reports a password-protected PDF as encrypted', async () => {
    const sink = await run(makePdf([ROWS], { encrypt: true }));
    expect(sink.units).toEqual([]);
    expect(sink.reasons()).toEqual(['encrypted']);
  });

  it('reports garbage after a PDF header as corrupt, without printing to stdout', async () => {
    const log = vi.spyOn(console, 'log');
    const warn = vi.spyOn(console, 'warn');
    const out = vi.spyOn(process.stdout, 'write');
    try {
      const sink = await run(Buffer.concat([Buffer.from('%PDF-1.7\n'), randomBytes(4096)]));
      // Twice at one location (no %%EOF, then unparseable); the verdict keeps one per reason and location.
      expect([...new Set(sink.reasons())]).toEqual(['corrupt']);
      expect(log).not.toHaveBeenCalled();
      expect(warn).not.toHaveBeenCalled();
      expect(out).not.toHaveBeenCalled();
    } finally {
      log.mockRestore();
      warn.mockRestore();
      out.mockRestore();
    }
  });

  it('always gives text or a reason for truncated PDFs', async () => {
    const whole = makePdf([ROWS, ROWS]);
    for (const cut of [20, 200, Math.floor(whole.length / 2), whole.length - 30]) {
      const sink = await run(whole.subarray(0, cut));
      expect(sink.units.length + sink.problems.length, `cut at ${cut}`).toBeGreaterThan(0);
    }
  });

  it('reads a file attached by pdfattach (an incremental update), and calls the PDF cut off before it corrupt', async () => {
    const pdf = readFileSync(join(packageRoot(), 'test/fixtures/office/memo-attachment.pdf'));
    const whole = await run(pdf);
    expect(whole.problems).toEqual([]);
    expect(whole.units.map((u) => u.location)).toContain('doc.pdf!/customers.xlsx!/xl/worksheets/sheet1.xml');
    // Cut inside the update: pdf.js repairs the memo and the attachment is gone.
    const cut = await run(pdf.subarray(0, pdf.lastIndexOf('%%EOF', pdf.length - 10) + 100));
    expect(cut.units.map((u) => u.location)).toEqual(['doc.pdf!/page/1', 'doc.pdf#strings']); // the memo and its metadata
    expect(cut.reasons()).toEqual(['corrupt']);
    // The catalog's /Names key overwritten (fuzz seed 1): the attachment is there but pdf.js cannot reach it.
    const lost = Buffer.from(pdf);
    lost.write('\0\0', lost.indexOf('/Names <</EmbeddedFiles'), 'latin1');
    expect((await run(lost)).problems).toContainEqual({ reason: 'corrupt', location: 'doc.pdf', detail: 'the file holds attached files that could not be reached' });
  });

  // One flipped bit in a compressed page stream, found by the fuzz test: pdf.js read
  // the heading and dropped the table behind the damage, silently.
  it('calls a PDF with a damaged compressed stream corrupt', async () => {
    const pdf = Buffer.from(readFileSync(join(packageRoot(), 'test/fixtures/office/customers-table.pdf')));
    const flate = pdf.indexOf('/FlateDecode');
    const data = pdf.indexOf('stream\n', flate) + 'stream\n'.length;
    pdf[data + 60]! ^= 1;
    const sink = await run(pdf);
    expect(sink.reasons()).toEqual(['corrupt', 'corrupt']);
    expect(sink.problems).toContainEqual({ reason: 'corrupt', location: 'doc.pdf', detail: '1 stream(s) damaged: read as far as they go' });
    // Here pdf.js gives up on the page (stopAtErrors): that page is named, not taken for a scan.
    expect(sink.problems).toContainEqual({ reason: 'corrupt', location: 'doc.pdf!/page/1', detail: 'page could not be read: UnknownErrorException: Bad encoding in flate stream' });
  });

  // An object header renumbered by one flipped bit (7 0 obj → 6 0 obj, a font descriptor):
  // pdf.js repaired around it and lost every digit of the table, silently.
  it('calls a PDF corrupt when its cross-reference table does not match its objects', async () => {
    const pdf = Buffer.from(readFileSync(join(packageRoot(), 'test/fixtures/office/customers-table.pdf')));
    expect((await run(pdf)).problems).toEqual([]);
    pdf.write('6', pdf.indexOf('\n7 0 obj') + 1, 'latin1');
    const sink = await run(pdf);
    expect(sink.problems).toContainEqual({ reason: 'corrupt', location: 'doc.pdf', detail: '1 cross-reference entry does not match the objects: repaired, read as far as it goes' });
    // The same font descriptor with its `<<` overwritten: the header is right, the value is no value.
    const other = Buffer.from(readFileSync(join(packageRoot(), 'test/fixtures/office/customers-table.pdf')));
    other.write('\0\0', other.indexOf('\n7 0 obj\n<<') + '\n7 0 obj'.length, 'latin1');
    expect((await run(other)).problems).toContainEqual({ reason: 'corrupt', location: 'doc.pdf', detail: '1 cross-reference entry does not match the objects: repaired, read as far as it goes' });
    // An entry's generation changed (fuzz seed 606 at 5,000 runs): `7 0 R` finds no object, and the digits went with the font.
    const generation = Buffer.from(readFileSync(join(packageRoot(), 'test/fixtures/office/customers-table.pdf')));
    const entry = generation.indexOf(`${String(generation.indexOf('\n7 0 obj') + 1).padStart(10, '0')} 00000 n`);
    expect(entry).toBeGreaterThan(0);
    generation.write('1', entry + 11, 'latin1');
    expect((await run(generation)).problems).toContainEqual({ reason: 'corrupt', location: 'doc.pdf', detail: '1 cross-reference entry does not match the objects: repaired, read as far as it goes' });
    // A byte of the font descriptor (fuzz seeds 404, 505 at 5,000 runs): its value no longer parses, and pdf.js
    // drops the digits drawn in that font without a word.
    for (const [from, to] of [['/ItalicAngle 0', '/ItalicAngle(0'], ['7 0 obj\n<<', '7 0 obj\n8<']] as const) {
      const font = Buffer.from(readFileSync(join(packageRoot(), 'test/fixtures/office/customers-table.pdf')));
      expect(font.indexOf(from), from).toBeGreaterThan(0);
      font.write(to, font.indexOf(from), 'latin1');
      expect((await run(font)).problems, to).toContainEqual({ reason: 'corrupt', location: 'doc.pdf', detail: '1 object does not parse: read as far as it goes' });
    }
    // Bytes inserted before the table: `startxref` points into them, at no table and no object.
    const shifted = readFileSync(join(packageRoot(), 'test/fixtures/office/customers-table.pdf'));
    const at = shifted.indexOf('\n7 0 obj');
    const inserted = Buffer.concat([shifted.subarray(0, at), Buffer.from('\n% padding '.repeat(40)), shifted.subarray(at)]);
    expect((await run(inserted)).problems).toContainEqual(expect.objectContaining({ reason: 'corrupt', detail: expect.stringContaining('cross-reference') }));
  });

  it('calls a PDF corrupt when a stream’s length object is damaged', async () => {
    const pdf = Buffer.from(readFileSync(join(packageRoot(), 'test/fixtures/office/customers-table.pdf')));
    const lengthObject = pdf.indexOf('\n6 0 obj\n') + '\n6 0 obj\n'.length;
    pdf.write('\0\0', lengthObject, 'latin1');
    expect((await run(pdf)).problems).toContainEqual({ reason: 'corrupt', location: 'doc.pdf', detail: '1 stream(s) damaged: read as far as they go' });
  });

  it('calls a PDF corrupt when it holds annotations pdf.js cannot reach', async () => {
    const pdf = Buffer.from(readFileSync(join(packageRoot(), 'test/fixtures/office/memo-note.pdf')));
    pdf.write('/XXXXXX', pdf.indexOf('/Annots'), 'latin1'); // the page no longer lists them
    const sink = await run(pdf);
    expect(sink.units.map((u) => u.location)).toEqual(['doc.pdf!/page/1', 'doc.pdf#strings']);
    expect(sink.problems).toEqual([{ reason: 'corrupt', location: 'doc.pdf', detail: 'the file lists annotations that could not be read' }]);
    expect(sink.unit('#strings')?.text).toContain('手机：15914955053'); // the note's text, read from the bytes
  });

  it('reads annotation text as its own unit, once although its popup repeats it', async () => {
    const sink = await run(readFileSync(join(packageRoot(), 'test/fixtures/office/memo-note.pdf')));
    expect(sink.problems).toEqual([]);
    const notes = sink.unit('doc.pdf!/page/1#annotations')?.text ?? '';
    expect(notes.split('\n').filter((l) => l.startsWith('姓名：'))).toHaveLength(12);
  });

  it('reads a page again as it looks when a decoy glyph inside every number is white, invisible or 1-point (#visible)', async () => {
    const table = (rows: readonly (readonly string[])[]): string => `${rows.map((r) => r.join('\t')).join('\n')}\n`;
    const shown = table([['Name', 'Mobile', 'ID'], ...ROWS]);
    // The decoy drawn between the fifth and sixth digit of each mobile, in the same text object.
    const hides: Record<string, (digit: string) => string> = {
      gray: (d) => `1 g (${d}) Tj 0 g`,
      rgb: (d) => `1 1 1 rg (${d}) Tj 0 0 0 rg`,
      cmyk: (d) => `0 0 0 0 k (${d}) Tj 0 0 0 1 k`,
      invisible: (d) => `3 Tr (${d}) Tj 0 Tr`,
      tiny: (d) => `/F1 1 Tf (${d}) Tj /F1 11 Tf`,
    };
    for (const [how, hide] of Object.entries(hides)) {
      const rows = ROWS.map(([name, mobile, id]) => [name!, `${mobile!.slice(0, 5)}) Tj ${hide('7')} (${mobile!.slice(5)}`, id!]);
      // Plain and deflated content streams: the fill is looked for in what they inflate to.
      for (const padding of [undefined, 0]) {
        const sink = await run(makePdf([[['Name', 'Mobile', 'ID'], ...rows]], { padding }));
        expect(sink.problems, how).toEqual([]);
        expect(sink.units.map((u) => u.location), how).toEqual(['doc.pdf!/page/1', 'doc.pdf!/page/1#visible']);
        expect(sink.units[0]!.text.replace(/\s/g, ''), how).toContain('138127345678');
        expect(sink.units[1]!.text, how).toBe(shown);
      }
    }
    // What the eye sees is not read twice: a red digit, white restored before the text, a white fill outlined in black.
    for (const seen of ['1 0 0 rg (7) Tj 0 g', 'q 1 g Q (7) Tj', '1 g 0 G 1 Tr (7) Tj 0 Tr 0 g']) {
      const rows = ROWS.map(([name, mobile, id]) => [name!, `${mobile!.slice(0, 5)}) Tj ${seen} (${mobile!.slice(5)}`, id!]);
      const sink = await run(makePdf([[['Name', 'Mobile', 'ID'], ...rows]]));
      expect(sink.units.map((u) => u.location), seen).toEqual(['doc.pdf!/page/1']);
    }
  });

  it('keeps a page’s text when its drawing cannot be read for glyph colours (an XObject pdf.js cannot draw, beside a white fill)', async () => {
    const rows = ROWS.map(([name, mobile, id]) => [name!, `${mobile!.slice(0, 5)}) Tj 1 g (7) Tj 0 g (${mobile!.slice(5)}`, id!]);
    const sink = await run(makePdf([[['Name', 'Mobile', 'ID'], ...rows]], { badXObject: true }));
    expect(sink.units[0]?.location).toBe('doc.pdf!/page/1');
    expect(sink.units[0]!.text).toContain(ROWS[1]![2]);
    expect(sink.problems).toEqual([expect.objectContaining({ reason: 'corrupt', location: 'doc.pdf!/page/1', detail: expect.stringContaining('could not be drawn') })]);
  });

  it('leaves the caller’s buffer intact (pdf.js detaches what it is given)', async () => {
    const data = makePdf([ROWS]);
    const copy = Buffer.from(data);
    await run(data);
    expect(data.equals(copy)).toBe(true);
  });
});
