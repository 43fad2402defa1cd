// The seam between format extractors and detection.
//
// An extractor turns bytes into text units. A unit is one stream of UTF-8
// text with a shape: `text` (prose; lines are lines) or `table` (one row per
// line, cells separated by `delimiter`), so that person-record grouping works
// the same for a CSV file, an xlsx sheet and a Word table. Extractors never
// see findings; detection never sees formats.
import type { Readable } from 'node:stream';
import type { Limits, Unscannable, UnscannableReason } from '../types.js';

export type UnitShape = { kind: 'text' } | { kind: 'table'; delimiter: ',' | '\t' | '|' | ';' };

/** Receives one unit's text, in order, in chunks of any size. */
export interface UnitWriter {
  /**
   * UTF-8 bytes or a JS string. Rows of a table must each end with '\n'.
   * The bytes are lent for the call: the caller may reuse the buffer after
   * it, so a writer copies what it keeps.
   */
  write(text: Buffer | string): void;
  end(): void;
}

/** Where extracted text and problems go. Owned by the scan engine. */
export interface TextSink {
  /** Start a unit; `location` is e.g. `q3.zip!/q3.xlsx!/xl/worksheets/sheet2.xml`. */
  open(location: string, shape: UnitShape): UnitWriter;
  unscannable(problem: Unscannable): void;
  /** Total text bytes written so far (for the max-text bound). */
  readonly textBytes: number;
  /**
   * A write was refused because the item's text passed the max-text bound.
   * The sink has recorded that outcome; extractors stop producing text.
   */
  readonly exhausted: boolean;
}

/**
 * Part of a large text file scanned by one worker while others scan the rest
 * (`end` exclusive; both on line boundaries). Only the text extractor reads
 * ranges; `head` is still the file's first bytes, so encoding and shape are
 * decided once for the whole file.
 */
export interface ByteRange {
  start: number;
  end: number;
}

/** The bytes of one item or embedded member. */
export interface ExtractInput {
  /** Location for messages and findings: the top-level path, then `!/member` per level. */
  location: string;
  /** Name as given (file name, zip member name, attachment name): a hint only, never trusted for type. */
  name: string;
  /** Size in bytes when known. */
  size: number;
  /** First bytes (up to 4 KiB) for sniffing. */
  head: Buffer;
  /** A file on disk (top level) or the whole member in memory (bounded by limits). */
  source: { kind: 'file'; path: string; range?: ByteRange } | { kind: 'buffer'; data: Buffer };
}

/** Shared, per top-level item: bounds and the running byte budget. */
export interface ExtractContext {
  readonly limits: Limits;
  /** 0 for the top-level item, +1 per archive/attachment level. */
  readonly depth: number;
  readonly sink: TextSink;
  readonly signal: AbortSignal;
  /** Account decompressed bytes against limits.maxBytes; false when over (record max-bytes and stop). */
  consume(bytes: number): boolean;
  /** Scan an embedded item (zip member, attachment): sniffs its type and dispatches. */
  recurse(input: ExtractInput): Promise<void>;
  /** Record a problem at a location (shortcut for sink.unscannable). */
  fail(location: string, reason: UnscannableReason, detail?: string): void;
}

export interface Extractor {
  /** Registry key, also the value of `kind` from sniffing: 'xlsx', 'zip', 'pdf' … */
  readonly kind: string;
  extract(input: ExtractInput, ctx: ExtractContext): Promise<void>;
}

/** Open an input as a stream (files are streamed, buffers wrapped). */
export type OpenStream = (input: ExtractInput) => Readable;
