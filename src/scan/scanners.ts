// Built-in candidate scanners a rule can name. Each is a hand-written pass
// over UTF-8 bytes (see README.md for why): they propose spans, the rule's
// RE2 pattern confirms, the validator decides.
export const SCANNERS = [
  'alnum', // ASCII letter+digit tokens: passports, credit codes
  'digits', // digit runs with separators (+86, spaces, dashes, full-width digits)
  'email', // spans around '@'
  'name', // 2-4 CJK characters in a person context (labels, name columns, record rows)
] as const;
export type ScannerName = (typeof SCANNERS)[number];
