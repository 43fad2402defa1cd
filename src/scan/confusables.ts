// Letters of other scripts that look like Latin ones (Unicode TR 39's
// confusables, the Cyrillic and Greek ones a keyboard layout gives): an
// address typed with a Cyrillic а or о reads the same to its recipient and
// is another string to a scanner. Only two-byte UTF-8 letters are listed.

const PAIRS = 'аaеeоoрpсcуyхxіiјjѕsԁdһhӏlАAВBЕEКKМMНHОOРPСCТTХXІIЈJЅSοoαaνvιiκkρpτtυuΑAΒBΕEΖZΗHΙIΚKΜMΝNΟOΡPΤTΥYΧX';

/** Code point → the ASCII letter it looks like. */
const LOOKS_LIKE: ReadonlyMap<number, number> = new Map(
  Array.from({ length: PAIRS.length / 2 }, (_, k) => [PAIRS.codePointAt(2 * k)!, PAIRS.charCodeAt(2 * k + 1)]),
);

/** The ASCII letter a two-byte confusable at i looks like, else 0. */
export function confusableAt(buf: Uint8Array, i: number): number {
  const b = buf[i]!;
  if (b < 0xc2 || b > 0xdf) return 0;
  const c = buf[i + 1];
  if (c === undefined || (c & 0xc0) !== 0x80) return 0;
  return LOOKS_LIKE.get(((b & 0x1f) << 6) | (c & 0x3f)) ?? 0;
}

/** `s` with its confusables as the ASCII letters they look like. */
export function foldConfusables(s: string): string {
  let out = '';
  for (const ch of s) {
    const a = LOOKS_LIKE.get(ch.codePointAt(0)!);
    out += a === undefined ? ch : String.fromCharCode(a);
  }
  return out;
}
