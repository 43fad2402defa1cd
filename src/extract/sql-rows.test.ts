import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { extractBuffer } from '../../test/support/extract-harness.js';
import { defaultEngine } from '../../test/support/engine.js';
import { THRESHOLDS } from '../../test/support/engine.js';
import { chineseName, makeRng, mobile, residentId } from '../../test/support/synth.js';
import { scanItem } from '../scan/scan-item.js';
import { DEFAULT_LIMITS } from '../types.js';
import { createTableColumns, isSqlDump, SqlTupleLines } from './sql-rows.js';

const lines = (sql: string, chunks = 1): string[] => {
  const t = new SqlTupleLines();
  const size = Math.ceil(sql.length / chunks);
  let out = '';
  for (let i = 0; i < sql.length; i += size) out += t.text(sql.slice(i, i + size));
  return (out + t.flush()).split('\n');
};

describe('SQL dumps, one value tuple per line', () => {
  const create = "CREATE TABLE `crm`.`t_customer_2024` (\n  `id` int NOT NULL,\n  `name` varchar(20) DEFAULT '',\n  `mobile1` decimal(11,0),\n  PRIMARY KEY (`id`),\n  KEY `ix_m` (`mobile1`)\n) ENGINE=InnoDB COMMENT='客户';";

  it('puts each tuple of an extended INSERT on its own line, under the columns of its CREATE TABLE', () => {
    const sql = `${create}\nINSERT INTO \`t_customer_2024\` VALUES (1,'张伟','13800138000'),(2,'王芳',NULL),(3,'李娜','15012345678');\n`;
    for (const chunks of [1, 3, 17, sql.length]) {
      expect(lines(sql, chunks).slice(7), `${chunks} chunks`).toEqual([
        'INSERT INTO `t_customer_2024` VALUES',
        '`id`,`name`,`mobile`',
        "(1,'张伟','13800138000')",
        "(2,'王芳',NULL)",
        "(3,'李娜','15012345678');",
        '',
      ]);
    }
  });

  it('leaves literals alone: a "),(" inside a string, backslash and doubled quotes, a comment with an apostrophe', () => {
    const sql = "-- don't edit\nINSERT INTO t (`a`,`b`) VALUES ('x),(y','O\\'Brien'),('it''s','\\\\'),(3,4);\n";
    expect(lines(sql)).toEqual(["-- don't edit", 'INSERT INTO t', '(`a`,`b`) VALUES', "('x),(y','O\\'Brien')", "('it''s','\\\\')", '(3,4);', '']);
  });

  it('reads column names from CREATE TABLE bodies, not keys and constraints', () => {
    expect(createTableColumns(" `id` int, \"姓名\" varchar(20) DEFAULT 'a,b', [mobile] decimal(11,0), PRIMARY KEY (`id`), UNIQUE KEY `u` (`id`,`mobile`), CONSTRAINT fk FOREIGN KEY (x) REFERENCES y (z)")).toEqual(['id', '姓名', 'mobile']);
  });

  it('knows a dump by its name or its first lines, and leaves other text as it is', () => {
    expect(isSqlDump('backup.sql', '')).toBe(true);
    expect(isSqlDump('backup.txt', '-- MySQL dump 10.13  Distrib 8.0.36\n')).toBe(true);
    expect(isSqlDump('notes.txt', '会议纪要：请 INSERT INTO 日程 (周三)\n')).toBe(false);
  });
});

describe('a mysqldump through the scan', () => {
  const rng = makeRng(4242);
  const people = Array.from({ length: 60 }, () => ({ name: chineseName(rng), mobile: mobile(rng), id: residentId(rng) }));
  const dump = [
    '-- MySQL dump 10.13  Distrib 8.0.36, for Linux (x86_64)',
    'CREATE TABLE `member` (`id` int, `会员姓名` varchar(20), `手机` varchar(16), `city` varchar(8), `证件号` varchar(18));',
    `INSERT INTO \`member\` VALUES ${people.map((p, i) => `(${i + 1},'${p.name}','${p.mobile}','${i % 2 ? '高邮' : '林芝'}','${p.id}')`).join(',')};`,
    '',
  ].join('\n');

  it.each([
    ['utf-8', Buffer.from(dump)],
    ['GBK', iconv.encode(dump, 'gbk')],
  ])('counts a %s dump of 60 customers as 60 records with their names, and no city for a name', async (_, data) => {
    const v = await scanItem({ kind: 'buffer', name: 'crm.sql', data }, 'crm.sql', { engine: defaultEngine(), thresholds: THRESHOLDS, limits: DEFAULT_LIMITS, reveal: true });
    expect(v.records).toBe(60);
    expect(v.sensitivity).toBe('secret');
    const names = v.findings.find((f) => f.detector === 'person_name_zh')?.values ?? [];
    expect(new Set(names)).toEqual(new Set(people.map((p) => p.name)));
  });

  it('puts the columns of a pg_dump COPY above its tab-separated rows', async () => {
    const pg = [
      '-- PostgreSQL database dump',
      'COPY public.member (id, name, mobile, city, "证件号") FROM stdin;',
      ...people.map((p, i) => `${i + 1}\t${p.name}\t${p.mobile}\t${i % 2 ? '高邮' : '林芝'}\t${p.id}`),
      '\\.',
      '',
    ].join('\n');
    expect(lines(pg).slice(0, 4)).toEqual(['-- PostgreSQL database dump', 'COPY public.member (id, name, mobile, city, "证件号") FROM stdin;', 'id\tname\tmobile\tcity\t证件号', `1\t${people[0]!.name}\t${people[0]!.mobile}\t林芝\t${people[0]!.id}`]);
    const v = await scanItem({ kind: 'buffer', name: 'crm.dump', data: Buffer.from(pg) }, 'crm.dump', { engine: defaultEngine(), thresholds: THRESHOLDS, limits: DEFAULT_LIMITS, reveal: true });
    expect(v.records).toBe(60);
    expect(new Set(v.findings.find((f) => f.detector === 'person_name_zh')?.values)).toEqual(new Set(people.map((p) => p.name)));
  });

  it('reads the dump as text (a table unit is not forced on it)', async () => {
    const sink = await extractBuffer('crm.sql', Buffer.from(dump));
    expect(sink.problems).toEqual([]);
    expect(sink.units.map((u) => u.location)).toEqual(['crm.sql']);
    expect(sink.units[0]?.text.split('\n').filter((l) => l.startsWith('('))).toHaveLength(60);
  });
});
