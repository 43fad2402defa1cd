import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bufferItem, extractBuffer } from '../../test/support/extract-harness.js';
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

  it('keeps a package whose main part’s name was damaged with its application (found by fuzzing)', async () => {
    expect(flavorFromNames(new Set(['[content_types].xml', 'ord/document.xml', 'word/styles.xml', 'word/_rels/document.xml.rels']))).toBe('docx');
    expect(flavorFromNames(new Set(['[content_types].xml', 'xl/worksheets/sheet1.xml']))).toBe('xlsx');
    expect(flavorFromNames(new Set(['[content_types].xml', 'xl/worksheets/sheet1.bin', 'xl/sharedStrings.bin']))).toBe('xlsb');
    expect(flavorFromNames(new Set(['[content_types].xml', 'ppt/slides/slide1.xml']))).toBe('pptx');
    expect(flavorFromNames(new Set(['[content_types].xml', 'data/list.csv']))).toBe('zip');
    // The decoy-digit document with the first byte of word/document.xml's name zeroed: corrupt, not public.
    const docx = Buffer.from(readFileSync(join(import.meta.dirname, '../../test/fixtures/office/hidden-decoy.docx')));
    docx[docx.indexOf('word/document.xml', docx.indexOf('PK\x01\x02', 0, 'latin1'), 'latin1')] = 0;
    expect((await extractBuffer('d.docx', docx)).reasons()).toContain('corrupt');
  });

  it('needs the content-types part for OOXML', () => {
    expect(flavorFromNames(new Set(['[content_types].xml', 'word/document.xml']))).toBe('docx');
    expect(flavorFromNames(new Set(['word/document.xml']))).toBe('zip');
    expect(flavorFromNames(new Set(), 'application/vnd.oasis.opendocument.presentation')).toBe('odf');
  });
});
