// A message's headers beyond From, To, Cc, Bcc, Reply-To and Subject. Any
// mail library or script sets headers of its own choosing (`X-Row-17:
// 张伟,13800138000,…`), every mail client hides them, and they reach the
// recipient intact: a list can ride there. Each header the mail carries is a
// line `Name: value` of the mail's text, decoded; only the headers of
// transport, authentication and MIME structure (machine data: relays,
// signatures, ids, dates) and Exchange's anti-spam verdicts are left out.
import type { ParsedMail } from 'mailparser';
import { decodeDeclared, ENCODED_WORD, encodedWordBytes } from './mail-charset.js';

/** Headers mailText already reads as addresses or the subject. */
const READ_ELSEWHERE = new Set(['from', 'to', 'cc', 'bcc', 'reply-to', 'subject']);
const MACHINE_HEADER =
  /^(?:received|x-received|return-path|delivered-to|envelope-to|message-id|resent-message-id|references|in-reply-to|date|resent-date|mime-version|content-[\w-]+|dkim-signature|x-google-dkim-signature|domainkey-signature|arc-[\w-]+|authentication-results|received-spf|thread-index|x-ms-exchange-[\w-]+|x-microsoft-antispam[\w-]*|x-forefront-[\w-]+|x-ms-traffictypediagnostic|x-ms-publictraffictype|x-ms-office365-filtering-[\w-]+)$/i;
/** A header's value printed at most this long: a header is a line, not a body. */
const MAX_VALUE = 64 * 1024;

/**
 * Decode RFC 2047 encoded words (mailparser decodes them only in the headers it knows); the white
 * space between two of them is dropped, as the RFC says.
 */
export function decodeEncodedWords(value: string): string {
  if (!value.includes('=?')) return value;
  return value
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(ENCODED_WORD, (_whole, charset: string, enc: string, text: string) => decodeDeclared(encodedWordBytes(enc, text), charset.split('*')[0]!));
}

const values = (v: unknown): string[] => (typeof v === 'string' ? [v] : Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

/** Lines `Name: value` for every header the mail carries beyond those read elsewhere and the machine's own. */
export function otherHeaderLines(mail: ParsedMail): string[] {
  const lines: string[] = [];
  for (const [key, value] of mail.headers) {
    if (READ_ELSEWHERE.has(key) || MACHINE_HEADER.test(key)) continue;
    for (const v of values(value)) {
      const text = decodeEncodedWords(v).replace(/[\r\n]+/g, ' ').trim().slice(0, MAX_VALUE);
      if (text) lines.push(`${key}: ${text}`);
    }
  }
  return lines;
}
