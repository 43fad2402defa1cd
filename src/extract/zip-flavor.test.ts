import { describe, expect, it } from 'vitest';
import { bufferItem } from '../../test/support/extract-harness.js';
import { buildDocx, buildOdf, buildPptx, buildXlsx } from '../../test/support/office-writer.js';
import { buildZip } from '../../test/support/zip-writer.js';
import { flavorFromNames, zipFlavor } from './zip-flavor.js';

describe('zipFlavor', () => {
  it('tells the office formats apart by their parts', async () => {
    expect(await zipFlavor(bufferItem('a', buildXlsx([{ name: 'S', rows: '' }])))).toBe('xlsx');
    expect(await zipFlavor(bufferItem('a', buildDocx('')))).toBe('docx');
    expect(await zipFlavor(bufferItem('a', buildPptx([])))).toBe('pptx');
    expect(await zipFlavor(bufferItem('a', buildOdf('spreadsheet', '')))).toBe('odf');
    expect(await zipFlavor(bufferItem('a', buildZip([{ name: 'xl/workbook.xml', data: '' }])))).toBe('zip');
    expect(await zipFlavor(bufferItem('a', buildZip([{ name: 'mimetype', data: 'application/epub+zip' }])))).toBe('zip');
  });

  it('calls anything unreadable a zip so the zip extractor reports it', async () => {
    expect(await zipFlavor(bufferItem('a', Buffer.from('PK\x03\x04garbage')))).toBe('zip');
  });

  it('needs the content-types part for OOXML', () => {
    expect(flavorFromNames(new Set(['[content_types].xml', 'word/document.xml']))).toBe('docx');
    expect(flavorFromNames(new Set(['word/document.xml']))).toBe('zip');
    expect(flavorFromNames(new Set(), 'application/vnd.oasis.opendocument.presentation')).toBe('odf');
  });
});
