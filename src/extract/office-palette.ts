// The legacy colour palette of Excel 97–2003, which .xls fonts and .xlsx
// `indexed` colours still point into: 0–7 fixed colours, 8–63 the default
// palette a workbook may change (a PALETTE record, an <indexedColors>
// list), 64 the system's text colour, 65 its window colour (white).
import { looksWhiteRgb, parseRgb } from './unseen.js';

/** Indexes 0–63 of the default palette, as RRGGBB. */
const DEFAULT_PALETTE: readonly string[] = [
  '000000', 'FFFFFF', 'FF0000', '00FF00', '0000FF', 'FFFF00', 'FF00FF', '00FFFF',
  '000000', 'FFFFFF', 'FF0000', '00FF00', '0000FF', 'FFFF00', 'FF00FF', '00FFFF',
  '800000', '008000', '000080', '808000', '800080', '008080', 'C0C0C0', '808080',
  '9999FF', '993366', 'FFFFCC', 'CCFFFF', '660066', 'FF8080', '0066CC', 'CCCCFF',
  '000080', 'FF00FF', 'FFFF00', '00FFFF', '800080', '800000', '008080', '0000FF',
  '00CCFF', 'CCFFFF', 'CCFFCC', 'FFFF99', '99CCFF', 'FF99CC', 'CC99FF', 'FFCC99',
  '3366FF', '33CCCC', '99CC00', 'FFCC00', 'FF9900', 'FF6600', '666699', '969696',
  '003366', '339966', '003300', '333300', '993300', '993366', '333399', '333333',
];
const SYSTEM_WINDOW = 65;

/**
 * Whether palette index `index` is white or too pale to read on a white
 * page. `palette(i)`: the workbook's own colour for index i as [r, g, b],
 * undefined where it has none (the default stands).
 */
export function paletteLooksWhite(index: number, palette?: (i: number) => readonly [number, number, number] | undefined): boolean {
  if (index === SYSTEM_WINDOW) return true;
  const rgb = paletteRgb(index, palette);
  return rgb !== undefined && looksWhiteRgb(rgb[0], rgb[1], rgb[2]);
}

/** Palette index `index` as [r, g, b]: the workbook's own colour, else the default's; undefined past index 63. */
export function paletteRgb(index: number, palette?: (i: number) => readonly [number, number, number] | undefined): readonly [number, number, number] | undefined {
  const own = palette?.(index);
  if (own) return own;
  return parseRgb(DEFAULT_PALETTE[index]);
}
