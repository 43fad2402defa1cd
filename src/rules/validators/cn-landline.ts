import { CN_AREA_CODES } from './cn-area-codes.js';
import { isAllDigits } from './digits.js';
import type { Validator, ValidatorResult } from './types.js';

const NO_AREA_CODE: ValidatorResult = Object.freeze({ valid: false, note: 'no area code (service or bare number)' });

/**
 * National form "0" + area code + subscriber, from any accepted written form.
 * International forms drop the trunk 0 (+86 10 6552 9988), so it is restored;
 * "+86 (0)755 …" keeps it. A bare "86…" without '+' is only taken as a
 * country code when a separator follows it: "8610…" alone is just digits.
 */
function nationalDigits(text: string): string | undefined {
  let t = text.trim();
  if (/[^0-9\s\-+()]/.test(t)) return undefined;
  let international = false;
  const cc = /^(?:\(\+?86\)|\+86|0086|86(?=[\s-]))[\s-]*/.exec(t);
  if (cc) {
    international = true;
    t = t.slice(cc[0].length);
    const trunk = /^\(0\)\s*/.exec(t);
    if (trunk) t = `0${t.slice(trunk[0].length)}`;
  }
  if (t.includes('+')) return undefined;
  // Parentheses only around the area code: "(0755)82345678", "(010) 1234 5678".
  const paren = /^\((0?[0-9]{2,3})\)/.exec(t);
  if (paren) t = paren[1]! + t.slice(paren[0].length);
  if (/[()]/.test(t)) return undefined;
  const d = t.replace(/[\s-]/g, '');
  if (!/^[0-9]+$/.test(d)) return undefined;
  if (international && !d.startsWith('0')) return `0${d}`;
  return d;
}

function split(d: string): { area: string; subscriber: string } | undefined {
  if (!d.startsWith('0')) return undefined;
  // 10 and 2X are the only 2-digit codes; every other code is 3 digits and
  // starts with 3-9, so the first two digits after the 0 decide the length.
  const two = d.slice(1, 3);
  const areaLen = two === '10' || two[0] === '2' ? 2 : 3;
  return { area: d.slice(1, 1 + areaLen), subscriber: d.slice(1 + areaLen) };
}

/**
 * Fixed line with area code: the area code must exist and the subscriber
 * number have a length allowed for it (cn-area-codes.ts, from libphonenumber),
 * starting with 2-8. Service numbers (400/800, 95xxx, 1xxxx) have no area
 * code and are rejected, as are bare subscriber numbers.
 */
export const cnLandline: Validator = (text) => {
  // Fast path: bare digits without the trunk 0 have no area code (most candidates are mobiles, IDs, cards).
  if (text.charCodeAt(0) !== 48 && isAllDigits(text)) return NO_AREA_CODE;
  const d = nationalDigits(text);
  if (d === undefined) return { valid: false, note: 'not a phone-number shape' };
  const parts = split(d);
  if (!parts) return NO_AREA_CODE;
  const lengths = CN_AREA_CODES.get(parts.area);
  if (!lengths) return { valid: false, note: 'unknown area code' };
  if (!lengths.includes(parts.subscriber.length)) {
    return { valid: false, note: 'subscriber length wrong for the area code' };
  }
  if (!/^[2-8]/.test(parts.subscriber)) return { valid: false, note: 'subscriber starts with 0, 1 or 9' };
  // Beijing's and Shanghai's 800 block is no fixed line (libphonenumber's patterns); elsewhere
  // an 800 number is an ordinary one (0512-80033192 in Suzhou, 0755-8003… in Shenzhen).
  if (parts.subscriber.startsWith('800') && (parts.area === '10' || parts.area === '21')) return { valid: false, note: 'toll-free block 800 after the area code' };
  return { valid: true, value: d, note: 'known area code and subscriber length' };
};
