import { describe, expect, it } from 'vitest';
import { extractBuffer } from '../../test/support/extract-harness.js';
import { aShape, aTable, buildPptx } from '../../test/support/office-writer.js';

describe('pptx extractor', () => {
  it('reads slides in numeric order, tables as rows, and notes', async () => {
    const slides = Array.from({ length: 10 }, (_, i) => aShape(`第${i + 1}页`));
    slides[1] = aShape('客户') + aTable([['姓名', '手机'], ['张三', '13812345678']]);
    const deck = buildPptx(slides, [aShape('备注：李四 13987654321')]);
    const sink = await extractBuffer('deck.pptx', deck);
    expect(sink.problems).toEqual([]);
    const slideLocs = sink.units.filter((u) => u.location.includes('/slides/')).map((u) => u.location.replace('deck.pptx!/ppt/slides/', ''));
    expect(slideLocs).toEqual(['slide1.xml', 'slide2.xml', 'slide2.xml#table1', ...Array.from({ length: 8 }, (_, i) => `slide${i + 3}.xml`)]);
    expect(sink.unit('slide2.xml#table1')?.text).toBe('姓名\t手机\n张三\t13812345678\n');
    expect(sink.unit('slide2.xml')?.text).toBe('客户\n');
    expect(sink.unit('notesSlide1.xml')?.text).toBe('备注：李四 13987654321\n');
  });

  it('ignores paragraph properties and keeps line breaks', async () => {
    const sp = '<p:sp><p:txBody><a:p><a:pPr><a:tabLst><a:tab pos="1"/></a:tabLst></a:pPr><a:r><a:t>张三</a:t></a:r><a:br/><a:r><a:t>13812345678</a:t></a:r><a:endParaRPr lang="zh-CN"/></a:p></p:txBody></p:sp>';
    const sink = await extractBuffer('b.pptx', buildPptx([sp]));
    expect(sink.unit('slide1.xml')?.text).toBe('张三\n13812345678\n');
  });
});
