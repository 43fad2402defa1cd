/** Cell and paragraph text must not break the line/cell structure: tabs and line breaks become a space. */
export const flat = (s: string): string => s.replace(/[\t\r\n]+/g, ' ');
