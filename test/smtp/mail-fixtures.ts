// Synthetic messages for the SMTP filter tests and the bench: raw RFC 5322
// bytes built by hand (so every byte is known), customer lists from
// test/support/synth.ts, xlsx/zip from the test writers. No real data.
import { buildXlsx, xmlEscape } from '../support/office-writer.js';
import { chineseName, makeRng, mobile, residentId, type Rng } from '../support/synth.js';
import { buildZip } from '../support/zip-writer.js';

export interface Person {
  name: string;
  mobile: string;
  id: string;
}

export function people(seed: number, n: number): Person[] {
  const rng: Rng = makeRng(seed);
  return Array.from({ length: n }, () => ({ name: chineseName(rng), mobile: mobile(rng), id: residentId(rng) }));
}

/** Every raw value, to grep outputs for: none may appear in a reply, header or log. */
export const rawValues = (ps: readonly Person[]): string[] => ps.flatMap((p) => [p.mobile, p.id]);

const CRLF = '\r\n';

/** base64 folded at 76 columns, as MIME wants. */
const b64 = (b: Buffer): string => b.toString('base64').replace(/.{76}/g, `$&${CRLF}`);

export interface MailSpec {
  from?: string;
  to?: string;
  subject?: string;
  /** The text/plain body (UTF-8, 8bit); CRLF line ends are the caller's. */
  text: string;
  attachments?: { name: string; type: string; data: Buffer }[];
}

/** A message as Postfix would hand it over (CRLF line ends). */
export function buildMail(spec: MailSpec): Buffer {
  const boundary = '=_listguard_test_boundary';
  const head = [
    `From: ${spec.from ?? 'sales@corp.test'}`,
    `To: ${spec.to ?? 'partner@external.test'}`,
    `Subject: ${spec.subject ?? 'quarterly update'}`,
    'Date: Sun, 29 Nov 2026 10:00:00 +0800',
    `Message-ID: <${Math.random().toString(36).slice(2)}@corp.test>`,
    'MIME-Version: 1.0',
  ];
  if (!spec.attachments?.length) {
    return Buffer.from([...head, 'Content-Type: text/plain; charset=utf-8', 'Content-Transfer-Encoding: 8bit', '', spec.text].join(CRLF), 'utf8');
  }
  const parts = [
    [...head, `Content-Type: multipart/mixed; boundary="${boundary}"`, '', 'This is a multi-part message in MIME format.', ''].join(CRLF),
    [`--${boundary}`, 'Content-Type: text/plain; charset=utf-8', 'Content-Transfer-Encoding: 8bit', '', spec.text].join(CRLF),
    ...spec.attachments.map((a) =>
      [`--${boundary}`, `Content-Type: ${a.type}; name="${a.name}"`, 'Content-Transfer-Encoding: base64', `Content-Disposition: attachment; filename="${a.name}"`, '', b64(a.data)].join(CRLF),
    ),
    `--${boundary}--${CRLF}`,
  ];
  return Buffer.from(parts.join(CRLF), 'utf8');
}

/** An xlsx customer list: header row + one row per person (name, mobile, ID). */
export function customerXlsx(ps: readonly Person[]): Buffer {
  const cell = (ref: string, v: string) => `<c r="${ref}" t="inlineStr"><is><t>${xmlEscape(v)}</t></is></c>`;
  const rows = [['姓名', '手机号', '身份证号'], ...ps.map((p) => [p.name, p.mobile, p.id])]
    .map((r, i) => `<row r="${i + 1}">${r.map((v, j) => cell(`${'ABC'[j]}${i + 1}`, v)).join('')}</row>`)
    .join('');
  return buildXlsx([{ name: '客户', rows }]);
}

export const zipOf = (name: string, data: Buffer): Buffer => buildZip([{ name, data }]);

/** The zipped customer list the issue's scenario sends. */
export function zippedCustomerListMail(ps: readonly Person[], to = 'buyer@external.test', from = 'sales@corp.test'): Buffer {
  return buildMail({
    from,
    to,
    subject: 'list',
    text: `附件是资料，请查收。${CRLF}`,
    attachments: [{ name: 'customers.zip', type: 'application/zip', data: zipOf('customers.xlsx', customerXlsx(ps)) }],
  });
}

/** Plain text rows "姓名 手机号" — each a person record of two fields. */
export function recordRowsText(ps: readonly Person[]): string {
  return ['联系人名单：', '姓名，手机号', ...ps.map((p) => `${p.name}，${p.mobile}`), ''].join(CRLF);
}

/** A clean business mail of about `bytes` bytes (no personal data). */
export function cleanText(bytes: number): string {
  const line = '本季度的项目进度正常，下周例会讨论预算和排期安排。The project is on schedule.';
  const lines: string[] = [];
  let n = 0;
  while (n < bytes) {
    lines.push(line);
    n += Buffer.byteLength(line) + 2;
  }
  return lines.join(CRLF) + CRLF;
}

/** An encrypted-flag zip (content unreadable by design): the default policy quarantines it outbound. */
export function encryptedZipMail(to = 'partner@external.test'): Buffer {
  const zip = buildZip([{ name: 'secret.xlsx', data: Buffer.from('not really encrypted'), encrypted: true }]);
  return buildMail({ to, subject: 'locked', text: `见附件，密码另发。${CRLF}`, attachments: [{ name: 'locked.zip', type: 'application/zip', data: zip }] });
}
