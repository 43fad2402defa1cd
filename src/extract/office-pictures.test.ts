import { describe, expect, it } from 'vitest';
import { extractBuffer } from '../../test/support/extract-harness.js';
import { buildDocx, buildOdf, wP } from '../../test/support/office-writer.js';
import { png } from '../../test/support/png-writer.js';

const screenshot = { name: 'word/media/image1.png', data: png(827, 1170), method: 'store' as const };

describe('pictures of office documents that gave little text', () => {
  it('reports the screenshot under a one-line caption as no-text-layer, and still reads the caption', async () => {
    const sink = await extractBuffer('memo.docx', buildDocx(wP('客户名单见下图：张伟 13800138000'), [screenshot, { name: 'word/media/image2.png', data: png(120, 40) }]));
    expect(sink.text).toContain('13800138000');
    expect(sink.problems).toEqual([{ reason: 'no-text-layer', location: 'memo.docx!/word/media/image1.png', detail: 'little or no text and a 827×1170 picture: a scan or a screenshot, not read' }]);
  });

  it('leaves the pictures of a document with text alone (figures), and a logo beside a caption', async () => {
    const text = Array.from({ length: 40 }, (_, i) => wP(`第${i + 1}条：本季度各部门工作安排如下，请按时完成。`)).join('');
    expect((await extractBuffer('report.docx', buildDocx(text, [screenshot]))).problems).toEqual([]);
    expect((await extractBuffer('memo.docx', buildDocx(wP('见附图'), [{ name: 'word/media/image1.png', data: png(300, 300) }]))).problems).toEqual([]);
  });

  it('says so when a document that gave little text holds more pictures than are examined', async () => {
    const icons = Array.from({ length: 17 }, (_, i) => ({ name: `word/media/image${i + 1}.png`, data: png(120, 40) }));
    const sink = await extractBuffer('memo.docx', buildDocx(wP('见下图'), icons));
    expect(sink.problems).toEqual([{ reason: 'no-text-layer', location: 'memo.docx', detail: 'little or no text and 17 pictures, 1 not examined' }]);
    expect((await extractBuffer('memo.docx', buildDocx(wP('见下图'), icons.slice(1)))).problems).toEqual([]);
  });

  it('looks in an OpenDocument file’s Pictures/', async () => {
    const sink = await extractBuffer('memo.odt', buildOdf('text', '<text:p>见下图</text:p>', [{ name: 'Pictures/10000001.png', data: png(1024, 768) }]));
    expect(sink.problems).toEqual([expect.objectContaining({ reason: 'no-text-layer', location: 'memo.odt!/Pictures/10000001.png' })]);
  });

  it('says so when a picture part cannot be read, and passes over drawings it cannot size (EMF, SVG)', async () => {
    const damaged = { name: 'word/media/image1.png', data: png(827, 1170), declaredSize: 10 };
    const sink = await extractBuffer('memo.docx', buildDocx(wP('见下图'), [damaged]));
    expect(sink.problems).toEqual([expect.objectContaining({ reason: 'corrupt', location: 'memo.docx!/word/media/image1.png' })]);
    const vector = await extractBuffer('memo.docx', buildDocx(wP('见下图'), [{ name: 'word/media/image1.svg', data: '<svg xmlns="http://www.w3.org/2000/svg"/>' }]));
    expect(vector.problems).toEqual([]);
  });
});
