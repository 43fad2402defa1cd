/**
 * Issuer identification numbers a card held by a Chinese customer plausibly
 * starts with (cn-formats §5.1). Returns the brand, or undefined for an
 * unknown prefix. Lengths are the brand's PAN lengths within 16-19.
 */
export type CardBrand = 'unionpay' | 'visa' | 'mastercard' | 'jcb' | 'discover' | 'cn_domestic';

/**
 * Legacy domestic BINs of §5.1's 60xxxx: Trellix's UnionPay detector list, and
 * 601382, Bank of China's 长城电子借记卡 (19 digits), the most common of them.
 */
const CN_DOMESTIC_BINS = ['601382', '601428', '602969', '603265', '603601', '603708'] as const;

export function cardBrand(digits: string): CardBrand | undefined {
  // Callers pass ASCII digits (≥ 16 of them).
  const n4 = (digits.charCodeAt(0) - 48) * 1000 + (digits.charCodeAt(1) - 48) * 100 + (digits.charCodeAt(2) - 48) * 10 + digits.charCodeAt(3) - 48;
  const n2 = Math.floor(n4 / 100);
  const len = digits.length;
  if (n2 === 62) return 'unionpay';
  // UnionPay 81 range: 810, 8110-8171 (credit-card-type 10.3.0).
  if (n4 >= 8100 && n4 <= 8171) return 'unionpay';
  if (digits[0] === '4') return len === 16 || len === 19 ? 'visa' : undefined;
  if ((n2 >= 51 && n2 <= 55) || (n4 >= 2221 && n4 <= 2720)) return len === 16 ? 'mastercard' : undefined;
  if (n4 >= 3528 && n4 <= 3589) return 'jcb';
  // Discover (6011, 644-649, 65): cards of customers abroad, and UnionPay's partner network.
  if (n4 === 6011 || (n4 >= 6440 && n4 <= 6499) || n2 === 65) return 'discover';
  if (CN_DOMESTIC_BINS.some((b) => digits.startsWith(b))) return 'cn_domestic';
  return undefined;
}
