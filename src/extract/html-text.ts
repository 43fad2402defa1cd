// HTML (mail bodies, .html files, Excel's "save as web page") to text,
// keeping table rows as lines with tab-separated cells so a customer list
// pasted into a mail groups into person records the same way a CSV does.
// Character references are decoded, so digits written as &#49;&#51;&#56; are
// digits. One linear pass, no DOM and no regex backtracking: mail
// HTML is hostile input. Generic html-to-text turns every cell into its own
// block, which splits a person's fields across lines.
import { looksWhite } from './unseen.js';

const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'caption', 'dd', 'div', 'dl', 'dt', 'fieldset', 'figcaption',
  'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p',
  'pre', 'section', 'table', 'tbody', 'tfoot', 'thead', 'ul',
]);
/** Elements whose content is never shown. */
const HIDDEN = new Set(['head', 'script', 'style', 'template', 'title']);
/** Elements without content: a style on them hides nothing after them. */
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
/** Elements whose text keeps its line breaks and tabs (a list pasted as plain text into an HTML mail). */
const PREFORMATTED = new Set(['pre', 'textarea', 'listing', 'plaintext', 'xmp']);
/** An inline style that keeps line breaks: `white-space: pre`, `pre-wrap`, `pre-line`, `break-spaces`. */
const KEEPS_LINES = /white-space\s*:\s*(?:pre|break-spaces)/i;
/**
 * Attributes whose values are text a page carries without showing it as
 * such: tooltips, alternative text, form values, data attributes (a
 * `<tr data-mobile=…>`), and the number or address behind a link
 * (`tel:`, `sms:`, `mailto:`). Other attributes (classes, styles, URLs) are
 * markup.
 */
const TEXT_ATTRIBUTE = /^(?:title|alt|value|placeholder|label|aria-label|data-[\w.:-]+)$/i;
const LINK_ATTRIBUTE = /^(?:href|src)$/i;
const CONTACT_LINK = /^\s*(?:(?:tel|sms|mailto|callto):|wtai:\/\/wp\/mc;)\s*([^?]*)/i;
/** A cheap first look: most tags (`<td class=xl65>`) hold none of those. */
const ATTRIBUTE_HINT = /(?:title|alt|value|placeholder|label|data-[^=]*|tel|sms|mailto|callto|wtai)\s*[=:]/i;
/** One attribute of a tag: its name, then a quoted or bare value. Linear: no nested repetition. */
const ATTRIBUTE = /([^\s"'<>\/=]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))/g;

/** The text in a tag's attributes (see TEXT_ATTRIBUTE), entities decoded. */
export function attributeText(tag: string): string[] {
  const values: string[] = [];
  if (!ATTRIBUTE_HINT.test(tag)) return values;
  ATTRIBUTE.lastIndex = 0;
  for (let m = ATTRIBUTE.exec(tag); m; m = ATTRIBUTE.exec(tag)) {
    const name = m[1]!;
    const raw = m[2] ?? m[3] ?? m[4] ?? '';
    // Character references decoded once: `&amp;lt;` is `&lt;`, not `<`.
    const decoded = decodeEntities(raw);
    const value = TEXT_ATTRIBUTE.test(name) ? decoded : LINK_ATTRIBUTE.test(name) ? CONTACT_LINK.exec(decoded)?.[1] : undefined;
    if (value === undefined) continue;
    const t = value.replace(/[ \t\r\n\f]+/g, ' ').trim();
    if (t !== '') values.push(t.includes('%') ? safeDecodeUri(t) : t);
  }
  return values;
}

const safeDecodeUri = (s: string): string => {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
};

/**
 * An element's own markup that hides it, or as good as: an inline style
 * (display none, visibility hidden, no opacity, a size of 1 px or pt and
 * less), the hidden attribute; or a text colour white or too pale to read
 * (`TEXT_COLOR`: an inline style's — not a background's —, `<font color>`).
 */
const HIDING = new RegExp(
  [
    String.raw`display\s*:\s*none|visibility\s*:\s*hidden`,
    String.raw`opacity\s*:\s*0*(?:\.0*)?\s*(?:;|"|'|$)`,
    String.raw`font-size\s*:\s*(?:0+(?:\.0+)?(?:px|pt|em|%)?|0*\.\d+(?:px|pt)|0*1(?:\.0+)?(?:px|pt))\s*(?:;|"|'|$)`,
    String.raw`(?:^|\s)hidden(?:\s|=|\/|$)`,
  ].join('|'),
  'i',
);

const TEXT_COLOR = /(?<![-\w])color\s*:\s*([^;"'!]*)|(?:^|\s)color\s*=\s*["']?([^"'\s>/]+)/gi;

/** Whether a tag's markup hides its element (HIDING, TEXT_COLOR). */
function hidesElement(tag: string): boolean {
  if (HIDING.test(tag)) return true;
  for (const m of tag.matchAll(TEXT_COLOR)) if (looksWhite(m[1] ?? m[2])) return true;
  return false;
}

const NAMED: Readonly<Record<string, string>> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ensp: ' ', emsp: ' ', thinsp: ' ',
  middot: '·', bull: '•', mdash: '—', ndash: '–', hellip: '…', ldquo: '“', rdquo: '”', lsquo: '‘', rsquo: '’',
  yen: '¥', times: '×', copy: '©', reg: '®',
};

/** Decode character references; unknown ones are left as written. */
export function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-zA-Z]{2,8});/g, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : ' ';
    }
    return NAMED[ref.toLowerCase()] ?? whole;
  });
}

const isNameChar = (c: number): boolean =>
  (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x2d || c === 0x3a;

/** Blocks and table rows on their own lines, cells joined by tabs; blank lines dropped. */
const tidy = (out: string[]): string =>
  out
    .join('')
    .split('\n')
    .map((line) => line.replace(/ *\t */g, '\t').trim())
    .filter((line) => line.replace(/\t/g, '') !== '')
    .join('\n');

/**
 * Text of an HTML document: the text of the page first — blocks and table
 * rows on their own lines, cells joined by tabs — then what a browser does
 * not show: comments, script, style, template, the head, and whatever
 * follows a tag or comment that never closes. A list in a comment or in a
 * script's data is still in the file (and a damaged closing tag must not
 * hide the rest of a page), so it is scanned too, after the visible text,
 * one line per line of the source with tags removed.
 *
 * Elements hidden by their own markup (`style="display:none"`, `hidden`)
 * stay in the page's text, in place: a list can be hidden that way. When a
 * page has any, the page is written a second time without them: a hidden
 * decoy digit inside every number (`138<span style="display:none">7</span>00138000`)
 * turns the numbers a reader sees into nothing in the first reading.
 */
export function htmlToText(html: string): string {
  const out: string[] = [];
  /** The page as shown: without elements hidden by their markup. */
  const shown: string[] = [];
  let hiding: { name: string; depth: number } | null = null;
  let hidingSeen = false;
  /** The element whose text keeps its line breaks, while inside it. */
  let keeping: { name: string; depth: number } | null = null;
  const hidden: string[] = [];
  let cellsInRow = 0;
  const push = (s: string): void => {
    out.push(s);
    if (!hiding) shown.push(s);
  };
  const text = (s: string): void => {
    const t = decodeEntities(keeping ? s.replace(/\r\n?/g, '\n').replace(/[\f\v]/g, ' ') : s.replace(/[ \t\r\n\f]+/g, ' '));
    if (t !== '') push(t);
  };
  const newline = (): void => {
    push('\n');
  };
  let i = 0;
  const len = html.length;
  while (i < len) {
    const lt = html.indexOf('<', i);
    if (lt < 0) {
      text(html.slice(i));
      break;
    }
    if (lt > i) text(html.slice(i, lt));
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      hidden.push(html.slice(lt + 4, end < 0 ? len : end));
      i = end < 0 ? len : end + 3;
      continue;
    }
    let p = lt + 1;
    const closing = html.charCodeAt(p) === 0x2f;
    if (closing) p++;
    const nameStart = p;
    while (p < len && isNameChar(html.charCodeAt(p))) p++;
    const gt = html.indexOf('>', p);
    if (p === nameStart) {
      // `<` that opens no tag (`a < b`, `<!DOCTYPE`, `<?xml`): text, or a declaration to skip.
      const c = html[nameStart];
      if (c === '!' || c === '?') {
        if (gt < 0) hidden.push(html.slice(nameStart));
        i = gt < 0 ? len : gt + 1;
      } else {
        text('<');
        i = lt + 1;
      }
      continue;
    }
    const name = html.slice(nameStart, p).toLowerCase();
    if (hiding && name === hiding.name) {
      if (!closing) hiding.depth++;
      else if (--hiding.depth === 0) hiding = null;
    } else if (!hiding && !closing && !VOID.has(name) && hidesElement(html.slice(p, gt < 0 ? len : gt))) {
      hiding = { name, depth: 1 };
      hidingSeen = true;
    }
    if (keeping && name === keeping.name) {
      if (!closing) keeping.depth++;
      else if (--keeping.depth === 0) {
        keeping = null;
        newline(); // a textarea's last line is not the start of what follows it
      }
    } else if (!keeping && !closing && (PREFORMATTED.has(name) || KEEPS_LINES.test(html.slice(p, gt < 0 ? len : gt)))) {
      keeping = { name, depth: 1 };
    }
    if (gt < 0) hidden.push(html.slice(p)); // a tag that never closes: the rest of the file
    i = gt < 0 ? len : gt + 1;
    if (!closing && HIDDEN.has(name)) {
      const close = new RegExp(`</${name}`, 'gi');
      close.lastIndex = i;
      const end = close.exec(html);
      hidden.push(html.slice(i, end ? end.index : len));
      i = end ? end.index : len;
      continue;
    }
    if (name === 'tr') {
      newline();
      cellsInRow = 0;
    } else if ((name === 'td' || name === 'th') && !closing) {
      if (cellsInRow++ > 0) push('\t');
    } else if (BLOCK.has(name)) {
      newline();
    }
    if (!closing && gt > p) {
      const values = attributeText(html.slice(p, gt));
      if (values.length > 0) push(`${out[out.length - 1]?.endsWith(' ') ? '' : ' '}${values.join(' ')} `);
    }
  }
  const page = tidy(out);
  const rest = decodeEntities(hidden.join('\n').replace(/<[^>]*>/g, '\n'))
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .join('\n');
  const asShown = hidingSeen ? tidy(shown) : '';
  return [page, rest, asShown].filter((part) => part !== '').join('\n');
}
