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

  it('keeps a package whose content types part’s name was damaged with its application, said corrupt (found by fuzzing)', async () => {
    // One bit of the decoy-digit document's central directory: `[Content_Types].xml` became `ZContent_Types].xml`.
    // Read as a plain zip, its XML was text whose hidden runs break every number: public, nothing said.
    const docx = Buffer.from(readFileSync(join(import.meta.dirname, '../../test/fixtures/office/hidden-decoy.docx')));
    const at = docx.indexOf('[Content_Types].xml', docx.indexOf('PK\x01\x02', 0, 'latin1'), 'latin1');
    docx[at] = docx[at]! ^ 0x01;
    expect(await zipFlavor(bufferItem('d.docx', docx))).toBe('docx');
    const sink = await extractBuffer('d.docx', docx);
    expect(sink.problems).toEqual([{ reason: 'corrupt', location: 'd.docx!/[Content_Types].xml', detail: 'the package has no content types part' }]);
    expect(sink.unit('d.docx!/word/document.xml#visible#table1')?.text.split('\n').filter((l) => /\d{11}/.test(l))).toHaveLength(30);
  });

  it('needs the content-types or the relationships part for OOXML', () => {
    expect(flavorFromNames(new Set(['[content_types].xml', 'word/document.xml']))).toBe('docx');
    expect(flavorFromNames(new Set(['_rels/.rels', 'word/document.xml']))).toBe('docx');
    expect(flavorFromNames(new Set(['word/document.xml']))).toBe('zip');
    expect(flavorFromNames(new Set(), 'application/vnd.oasis.opendocument.presentation')).toBe('odf');
  });
});
