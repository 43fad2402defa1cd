import type { Validator } from './types.js';

/**
 * File extensions that show up after an '@' in code and markup (icon@2x.png,
 * bundle@1.2.3.js) and are not top-level domains. Extensions that ARE real
 * TLDs (.md, .py, .sh, .rs, .pl …) are deliberately absent.
 */
const FILE_EXTENSIONS: ReadonlySet<string> = new Set([
  'png', 'jpg', 'jpeg', 'gif', 'svg', 'webp', 'bmp', 'ico', 'tif', 'tiff', 'avif', 'heic',
  'js', 'mjs', 'cjs', 'jsx', 'ts', 'tsx', 'css', 'scss', 'sass', 'less', 'map', 'json',
  'html', 'htm', 'xml', 'yaml', 'yml', 'txt', 'log', 'csv', 'vue', 'svelte',
  'woff', 'woff2', 'ttf', 'otf', 'eot', 'mp3', 'mp4', 'wav', 'webm', 'avi', 'flv',
  'doc', 'docx', 'xls', 'xlsx', 'ppt', 'pptx', 'pdf', 'lock', 'tgz', 'gz', 'bz2', 'jar',
  'java', 'class', 'kt', 'swift', 'php', 'rb', 'go', 'lua', 'dll', 'exe', 'bin', 'dat',
]);

/** SSH remotes look like addresses ("git@github.com:org/repo"). */
const CODE_FORGES: ReadonlySet<string> = new Set([
  'github.com', 'gitlab.com', 'bitbucket.org', 'gitee.com', 'codeup.aliyun.com', 'ssh.dev.azure.com',
]);

// Dot-atom local part; letters/digits of any script (汉字@qq.com, RFC 6531).
const LOCAL = /^[\p{L}\p{N}!#$%&'*+/=?^_`{|}~-]+(?:\.[\p{L}\p{N}!#$%&'*+/=?^_`{|}~-]+)*$/u;
const TLD = /^(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$/;

/**
 * E-mail address sanity (simplified RFC 5322 addr-spec, no quoted strings or
 * IP literals). true for a well-formed address with a dotted domain; false for
 * malformed input and the code/markup traps of cn-formats §10 that the address
 * alone reveals. Does not know whether the TLD is delegated.
 */
export const email: Validator = (text) => {
  const t = text.trim();
  const at = t.lastIndexOf('@');
  if (at <= 0 || at !== t.indexOf('@')) return { valid: false, note: 'needs exactly one @ with a local part' };
  const local = t.slice(0, at);
  const domain = t.slice(at + 1).toLowerCase();
  if (t.length > 254 || local.length > 64) return { valid: false, note: 'too long' };
  if (!isPlainAsciiLocal(local) && !LOCAL.test(local)) return { valid: false, note: 'bad local part' };
  const tldStart = dottedLabelsTld(domain);
  if (tldStart < 0) return { valid: false, note: 'domain is not dotted labels' };
  const tld = domain.slice(tldStart);
  if (!TLD.test(tld)) return { valid: false, note: 'TLD is not letters' };
  if (FILE_EXTENSIONS.has(tld)) return { valid: false, note: 'TLD is a file extension' };
  // 广东电信's broadband logins are an account number (often the line's landline) @163.gd: no mailbox.
  if (domain === '163.gd') return { valid: false, note: 'a broadband (PPPoE) login, not a mailbox' };
  if (local.toLowerCase() === 'git' && CODE_FORGES.has(domain)) {
    return { valid: false, note: 'SSH remote of a code forge' };
  }
  const value = t.toLowerCase();
  if (isRoleMailbox(value, at)) return { valid: true, value, note: ROLE_MAILBOX, impersonal: true };
  return { valid: true, value, note: /^1[3-9][0-9]{9}$/.test(local) ? LOCAL_MOBILE : WELL_FORMED };
};

/**
 * A mailbox of a function, not a person: service@, hr@, noreply@, and with
 * digits and a separator before them (hr01@, service-2@). `value` is lower
 * case, `at` the index of its '@'.
 */
function isRoleMailbox(value: string, at: number): boolean {
  if (at > 24) return false;
  let end = at;
  while (end > 0 && value.charCodeAt(end - 1) >= 0x30 && value.charCodeAt(end - 1) <= 0x39) end--;
  if (end > 0 && '-_.'.includes(value[end - 1]!)) end--;
  return ROLE_MAILBOXES.has(value.slice(0, end));
}

const ROLE_MAILBOXES: ReadonlySet<string> = new Set(
  'service services support help helpdesk info information admin administrator webmaster postmaster hostmaster noreply no-reply donotreply do-not-reply notify notification notifications system hr job jobs career careers recruit recruitment sales marketing market pr press media ir legal privacy security abuse feedback contact contactus office finance billing invoice fapiao kefu cs customerservice bd business'.split(' '),
);

const ROLE_MAILBOX = "a function's mailbox (names no person)";
const WELL_FORMED = 'well-formed address';
const LOCAL_MOBILE = 'well-formed address (local part looks like a mobile number)';

/**
 * Where the last label starts when the (lower-case) domain is two or more
 * dot-separated labels of 1–63 of [a-z0-9-], none starting or ending with
 * '-'; -1 otherwise. A loop, not split + regex: it runs per candidate.
 */
function dottedLabelsTld(domain: string): number {
  let labelStart = 0;
  let labels = 0;
  for (let i = 0; i <= domain.length; i++) {
    const c = i < domain.length ? domain.charCodeAt(i) : 0x2e;
    if (c === 0x2e) {
      const n = i - labelStart;
      if (n < 1 || n > 63 || domain.charCodeAt(labelStart) === 0x2d || domain.charCodeAt(i - 1) === 0x2d) return -1;
      labels++;
      if (i < domain.length) labelStart = i + 1;
      continue;
    }
    if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 0x2d)) return -1;
  }
  return labels >= 2 ? labelStart : -1;
}

/**
 * The common local part, checked without the Unicode regex: ASCII letters,
 * digits and `._%+-`, dots only between characters. Everything it accepts
 * LOCAL accepts too; what it refuses goes on to LOCAL.
 */
function isPlainAsciiLocal(local: string): boolean {
  let prevDot = true;
  for (let i = 0; i < local.length; i++) {
    const c = local.charCodeAt(i);
    if (c === 0x2e) {
      if (prevDot) return false;
      prevDot = true;
      continue;
    }
    prevDot = false;
    const alnum = (c >= 48 && c <= 57) || ((c | 0x20) >= 97 && (c | 0x20) <= 122);
    if (!alnum && c !== 0x5f && c !== 0x25 && c !== 0x2b && c !== 0x2d) return false;
  }
  return !prevDot;
}
