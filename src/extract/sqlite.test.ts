import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultEngine } from '../../test/support/engine.js';
import { extractBuffer } from '../../test/support/extract-harness.js';
import { chineseName, makeRng, mobile, residentId } from '../../test/support/synth.js';
import { tempDir } from '../../test/support/temp-dir.js';
import { detectText } from '../scan/detect-text.js';
import { sniff } from './sniff.js';

const rng = makeRng(0x5e);
const people = Array.from({ length: 30 }, () => [chineseName(rng), mobile(rng), residentId(rng)]);

/** A database written by Python's sqlite3 module: `script` runs with `db` open and `rows` the people. */
function database(script: string): Buffer {
  const path = join(tempDir('lg-sqlite-'), 'crm.db');
  const program = `import json,sqlite3,sys\nrows=json.load(sys.stdin)\ndb=sqlite3.connect(sys.argv[1])\n${script}\ndb.commit()\ndb.close()`;
  execFileSync('python3', ['-c', program, path], { input: JSON.stringify(people) });
  return readFileSync(path);
}

const CUSTOMERS = `db.execute('CREATE TABLE "客户" (id INTEGER PRIMARY KEY, "姓名" TEXT, "手机" TEXT, "身份证号" TEXT, "备注" TEXT, photo BLOB)')
db.executemany('INSERT INTO "客户" ("姓名","手机","身份证号","备注",photo) VALUES (?,?,?,?,?)', [(n,m,i,'老客户\\t回访\\n优先', bytes([0,255,1,2])) for n,m,i in rows])
db.execute('CREATE TABLE notes (body BLOB, amount REAL)')
db.execute("INSERT INTO notes VALUES (CAST('张伟的新地址' AS BLOB), 12.5)")
db.execute('CREATE VIEW v AS SELECT * FROM "客户"')`;

describe('sqlite extractor', () => {
  it('reads every table as a table unit, a header line then a line per row; a view is not read twice', async () => {
    const db = database(CUSTOMERS);
    expect(sniff(db)).toBe('sqlite');
    const sink = await extractBuffer('crm.db', db);
    expect(sink.problems).toEqual([]);
    expect(sink.units.map((u) => u.location)).toEqual(['crm.db#客户', 'crm.db#notes']);
    const table = sink.unit('crm.db#客户')!;
    const lines = table.text.trim().split('\n');
    expect(lines[0]).toBe('id\t姓名\t手机\t身份证号\t备注\tphoto');
    expect(lines[1]).toBe(`1\t${people[0]!.join('\t')}\t老客户 回访 优先\t`);
    expect(detectText(defaultEngine(), table.text, table.shape).records).toBe(30);
    expect(sink.unit('crm.db#notes')?.text).toBe('body\tamount\n张伟的新地址\t12.5\n');
  });

  it('reads a database left in WAL mode, and says a damaged one is corrupt', async () => {
    const wal = database(`db.execute('PRAGMA journal_mode=WAL')\n${CUSTOMERS}`);
    expect(wal[18]).toBe(2);
    const sink = await extractBuffer('wal.db', wal);
    expect(sink.problems).toEqual([]);
    expect(sink.unit('wal.db#客户')?.text.split('\n')).toHaveLength(32);
    const damaged = Buffer.from(database(CUSTOMERS));
    damaged.fill(0xa5, 100, 4096); // the schema page's cells
    expect((await extractBuffer('bad.db', damaged)).reasons()).toEqual(['corrupt']);
  });

  it('does not put a table name holding a number into its location (locations print unmasked)', async () => {
    const db = database(`db.execute('CREATE TABLE "客户13800138000" (n TEXT, m TEXT, i TEXT)')\ndb.executemany('INSERT INTO "客户13800138000" VALUES (?,?,?)', rows)`);
    expect((await extractBuffer('crm.db', db)).units.map((u) => u.location)).toEqual(['crm.db#table1']);
  });

  it('reads at most maxMembers tables, and says so', async () => {
    const sink = await extractBuffer('crm.db', database(CUSTOMERS), { maxMembers: 1 });
    expect(sink.units.map((u) => u.location)).toEqual(['crm.db#客户']);
    expect(sink.reasons()).toEqual(['max-members']);
  });
});

describe('Android contacts2.db', () => {
  /** The contacts provider's tables as a phone keeps them: a person's name, numbers and notes in rows of `data`. */
  const ANDROID = `db.executescript('''
CREATE TABLE mimetypes (_id INTEGER PRIMARY KEY AUTOINCREMENT, mimetype TEXT NOT NULL);
CREATE TABLE raw_contacts (_id INTEGER PRIMARY KEY AUTOINCREMENT, display_name TEXT, deleted INTEGER NOT NULL DEFAULT 0);
CREATE TABLE data (_id INTEGER PRIMARY KEY AUTOINCREMENT, mimetype_id INTEGER NOT NULL, raw_contact_id INTEGER NOT NULL,
  data1 TEXT, data2 TEXT, data3 TEXT, data4 TEXT);
INSERT INTO mimetypes (mimetype) VALUES ('vnd.android.cursor.item/name'), ('vnd.android.cursor.item/phone_v2'),
  ('vnd.android.cursor.item/note'), ('vnd.android.cursor.item/photo');
''')
for i,(n,m,idn) in enumerate(rows, 1):
    db.execute('INSERT INTO raw_contacts (_id, display_name) VALUES (?,?)', (i, n))
    db.execute('INSERT INTO data (mimetype_id, raw_contact_id, data1, data2, data3) VALUES (1,?,?,?,?)', (i, n, n[1:], n[0]))
    db.execute('INSERT INTO data (mimetype_id, raw_contact_id, data1, data2) VALUES (2,?,?,2)', (i, m[:3]+' '+m[3:7]+' '+m[7:]))
    db.execute('INSERT INTO data (mimetype_id, raw_contact_id, data1) VALUES (3,?,?)', (i, '身份证 '+idn))`;

  it('reads each person as a row of the contact table, from rows of the data table', async () => {
    const sink = await extractBuffer('contacts2.db', database(ANDROID));
    expect(sink.problems).toEqual([]);
    const unit = sink.unit('contacts2.db#contacts')!;
    expect(unit.text.split('\n')[1]!.split('\t').slice(0, 2)).toEqual([people[0]![0], `${people[0]![1]!.slice(0, 3)} ${people[0]![1]!.slice(3, 7)} ${people[0]![1]!.slice(7)}`]);
    const found = detectText(defaultEngine(), unit.text, unit.shape);
    // read table by table, the data rows hold one field each: no record
    expect(detectText(defaultEngine(), sink.unit('contacts2.db#data')!.text, { kind: 'table', delimiter: '\t' }).records).toBe(0);
    expect([found.records, found.sensitiveRecords]).toEqual([30, 30]);
  });
});
