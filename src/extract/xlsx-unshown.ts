// Text a workbook holds off its grid, where a list fits and no cell shows
// it: a sheet's page header and footer (printed, never on screen), the
// items of a validation list (seen one drop-down at a time), a link's
// tooltip and display text, and defined names whose value is a constant
// (`名单 = {"张伟","138…";"李娜","139…"}`, seen only in the Name Manager).
// Each is turned here into the lines a person would read; xlsx.ts writes
// them as `…/sheet1.xml#unshown` and `…/workbook.xml#unshown`.

/** Sheet elements whose text is a page header or footer. */
export const HEADER_FOOTER: ReadonlySet<string> = new Set(['oddHeader', 'oddFooter', 'evenHeader', 'evenFooter', 'firstHeader', 'firstFooter']);
/** Elements whose text is a validation's formula: a list's items when quoted. */
export const VALIDATION_FORMULA: ReadonlySet<string> = new Set(['formula1', 'formula2']);

/**
 * A header or footer as lines: its codes (`&L` `&C` `&R` sections, `&P`
 * page and other fields, `&"font"`, `&12` size, `&KFF0000` colour, `&B`
 * bold and other toggles) taken out, `&&` an ampersand. A toggle inside a
 * number does not cut it (`138&B0013&B8000` shows as one number).
 */
export function headerFooterLines(raw: string): string[] {
  const text = raw.replace(/&(?:&|"[^"]*"|K(?:[0-9A-Fa-f]{6}|\d\d[+-]\d{3})|(\d+)|([LCR])|([PNDTZFAG])|[BIUESXYH])/g, (code, size?: string, section?: string, field?: string) => {
    if (code === '&&') return '&';
    // A font size is one to three digits: a longer run is a size written against a number.
    if (size !== undefined) return size.length > 3 ? size.slice(2) : '';
    if (section !== undefined) return '\n';
    return field !== undefined ? ' ' : '';
  });
  return lines(text);
}

/** A validation list's items, a line each (`"张伟,李娜"`); a formula that is a reference or name gives nothing. */
export function validationListLines(formula: string): string[] {
  const text = unquote(formula.trim());
  return text === null ? [] : lines(text.replaceAll(',', '\n'));
}

/** The text of a quoted formula string (`"a ""b"""` is `a "b"`), or null. */
function unquote(f: string): string | null {
  return f.length >= 2 && f.startsWith('"') && f.endsWith('"') ? f.slice(1, -1).replaceAll('""', '"') : null;
}

/**
 * A defined name's constant as table lines: an array `{"a","b";"c","d"}` a
 * row per `;` and a tab per `,`, a string `"a"` one line; a formula or
 * reference (`Sheet1!$A$1:$B$9`, Excel's print areas) gives nothing.
 */
export function constantLines(formula: string): string[] {
  const f = formula.trim();
  const text = unquote(f);
  if (text !== null) return lines(text);
  if (!f.startsWith('{') || !f.endsWith('}')) return [];
  const rows: string[] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const body = f.slice(1, -1);
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (quoted) {
      if (c === '"' && body[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',' || c === ';') {
      row.push(cell.trim());
      cell = '';
      if (c === ';') {
        rows.push(row.join('\t'));
        row = [];
      }
    } else cell += c;
  }
  row.push(cell.trim());
  rows.push(row.join('\t'));
  return rows.filter((r) => r.trim() !== '');
}

function lines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '');
}
