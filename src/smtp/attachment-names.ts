// Attachment file names of a message, for the policy's `attachments:`
// globs. mailparser's streaming MailParser: attachment bodies are drained,
// never kept, so memory is the size of the text parts at most (bounded by the
// SMTP size limit). The scan itself happens in a worker; this only names.
import type { Readable } from 'node:stream';
import { MailParser } from 'mailparser';
import { scrub } from '../log/mask.js';

const MAX_NAMES = 1_000;

/** `message`: the original message (no spool prefix). */
export function attachmentNames(message: Readable): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const names: string[] = [];
    const parser = new MailParser({
      skipHtmlToText: true,
      skipTextToHtml: true,
      skipTextLinks: true,
      skipImageLinks: true,
      keepCidLinks: true,
    } as ConstructorParameters<typeof MailParser>[0]);
    parser.on('data', (part: { type: string; filename?: string; content?: NodeJS.ReadableStream; release?: () => void }) => {
      if (part.type !== 'attachment') return;
      if (part.filename && names.length < MAX_NAMES) names.push(part.filename.replace(/[\u0000-\u001f\u007f]/g, '').slice(0, 255));
      part.content?.on('end', () => part.release?.());
      part.content?.resume();
    });
    parser.on('end', () => resolve(names));
    parser.on('error', (e: Error) => reject(new Error(`mail parse failed: ${scrub(e.message).slice(0, 160)}`)));
    message.on('error', reject);
    message.pipe(parser);
  });
}
