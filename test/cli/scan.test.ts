// `listguard scan` as a user runs it: a real process, real files, real workers.
import { execFileSync, spawnSync } from 'node:child_process';
import { symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { beforeAll, describe, expect, it } from 'vitest';
import { packageRoot } from '../../src/paths.js';
import { buildRar } from '../support/rar-writer.js';
import { chineseName, makeRng, mobile, residentId } from '../support/synth.js';
import { tempDir } from '../support/temp-dir.js';

const BIN = join(packageRoot(), 'bin', 'listguard.js');
const run = (args: string[], env: NodeJS.ProcessEnv = {}) => {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { ...process.env, ...env }, timeout: 60_000 });
  // A process ended by a signal is no exit code to compare: say which, and what it printed last.
  if (r.signal !== null) throw new Error(`listguard ${args.join(' ')}: ended by ${r.signal}; stderr: ${r.stderr.slice(-2000)}`);
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};

const rng = makeRng(42);
const people = Array.from({ length: 120 }, () => ({ name: chineseName(rng), mobile: mobile(rng), id: residentId(rng) }));
const csv = ['姓名,手机号码,身份证号', ...people.map((p) => `${p.name},${p.mobile},${p.id}`)].join('\r\n');
let dir: string;

beforeAll(() => {
  dir = tempDir('lg-scan-');
  writeFileSync(join(dir, 'list-utf8.csv'), csv);
  writeFileSync(join(dir, 'list-gbk.csv'), iconv.encode(csv, 'gb18030'));
  writeFileSync(join(dir, 'list-utf16le.csv'), Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(csv, 'utf16le')]));
  writeFileSync(join(dir, 'list-utf16be.txt'), Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(csv.replaceAll(',', '\t'), 'utf16be')]));
  writeFileSync(join(dir, 'list-utf32le.csv'), iconv.encode(csv, 'utf32le', { addBOM: true }));
  writeFileSync(join(dir, 'list-utf32be.txt'), iconv.encode(csv.replaceAll(',', '\t'), 'utf32be', { addBOM: true }));
  writeFileSync(join(dir, 'list-bom.csv'), `\ufeff${csv}`);
  writeFileSync(join(dir, 'signature.txt'), `此致\n${people[0]!.name} | 客户经理 | ${people[0]!.mobile}\n`);
  writeFileSync(join(dir, 'binary.bin'), Buffer.from([0, 1, 2, 3, 0, 0, 255, 254, 0, 7, 8, 9, 0, 0, 0, 1]));
});

describe('listguard scan', () => {
  it('classifies a customer list in every text encoding the same way', () => {
    const r = run(['scan', '--format', 'jsonl', '--threads', '2', dir]);
    expect(r.code).toBe(1);
    const rows = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    const by = Object.fromEntries(rows.map((v) => [v.path.slice(dir.length + 1), v]));
    for (const f of ['list-utf8.csv', 'list-gbk.csv', 'list-utf16le.csv', 'list-utf16be.txt', 'list-utf32le.csv', 'list-utf32be.txt', 'list-bom.csv']) {
      expect(by[f], f).toMatchObject({ sensitivity: 'secret', action: 'block', records: 120, unscannable: [] });
      const ids = by[f].findings.find((x: { detector: string }) => x.detector === 'cn_resident_id');
      expect(ids.count, f).toBe(120);
    }
    expect(by['signature.txt']).toMatchObject({ sensitivity: 'internal', action: 'allow', records: 1 });
    expect(by['binary.bin'].unscannable[0].reason).toBe('unsupported-format');
    expect(r.stderr).toBe(''); // no progress line when stderr is not a TTY
  });

  it('never prints a raw value unless --reveal is given', () => {
    for (const format of ['table', 'jsonl']) {
      const r = run(['scan', '--format', format, join(dir, 'list-utf8.csv')]);
      const out = r.stdout + r.stderr;
      for (const p of people) {
        expect(out).not.toContain(p.mobile);
        expect(out).not.toContain(p.id);
        expect(out).not.toContain(p.id.slice(0, 14));
      }
      expect(out).toMatch(/\d{3}\*{4}\d{4}/);
    }
    const revealed = run(['scan', '--format', 'jsonl', '--reveal', join(dir, 'list-utf8.csv')]);
    expect(revealed.stderr).toContain('--reveal');
    expect(revealed.stdout).toContain(people[5]!.id);
  });

  it('nor the values an insider names a zip member or a mail attachment after', () => {
    const named = tempDir('lg-scan-names-');
    const junk = Buffer.from([0, 1, 2, 3, 0, 0, 255, 254, 0, 7, 8, 9, 0, 0, 0, 1]);
    const names = people.slice(0, 3).map((p) => `${p.name}_${p.mobile}_${p.id}.bin`);
    for (const n of names) writeFileSync(join(named, n), junk);
    execFileSync('zip', ['-q', 'members.zip', ...names], { cwd: named });
    const attachments = names.map((n) => `--B\r\nContent-Type: application/octet-stream\r\nContent-Disposition: attachment; filename="${n}"\r\nContent-Transfer-Encoding: base64\r\n\r\n${junk.toString('base64')}\r\n`);
    writeFileSync(join(named, 'm.eml'), `From: a@example.com\r\nSubject: x\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=B\r\n\r\n${attachments.join('')}--B--\r\n`);
    const r = run(['scan', '--format', 'jsonl', join(named, 'members.zip'), join(named, 'm.eml')]);
    const rows = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    // Each member is still said to be unreadable, at a location that names it masked.
    expect(rows.map((v) => v.unscannable.length)).toEqual([3, 3]);
    expect(rows[0].unscannable[0].location).toContain(`${people[0]!.name}_${people[0]!.mobile.slice(0, 3)}****${people[0]!.mobile.slice(-4)}_`);
    for (const p of people.slice(0, 3)) {
      expect(r.stdout + r.stderr).not.toContain(p.mobile);
      expect(r.stdout + r.stderr).not.toContain(p.id.slice(0, 14));
    }
  });

  it('reads a list packed with WinRAR (RAR 5 and RAR 4), and says a RAR whose names are hidden is encrypted', () => {
    const packed = tempDir('lg-scan-rar-');
    writeFileSync(join(packed, 'list5.rar'), buildRar([{ name: '客户名单.csv', data: csv }]));
    writeFileSync(join(packed, 'list4.rar'), buildRar([{ name: '客户名单.csv', data: csv }], { version: 4 }));
    writeFileSync(join(packed, 'locked.rar'), buildRar([{ name: '客户名单.csv', data: csv }], { encryptHeaders: true }));
    const r = run(['scan', '--format', 'jsonl', packed]);
    const rows = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    const by = Object.fromEntries(rows.map((v) => [v.path.slice(packed.length + 1), v]));
    for (const f of ['list5.rar', 'list4.rar']) {
      expect(by[f], f).toMatchObject({ sensitivity: 'secret', action: 'block', records: 120, unscannable: [] });
      expect(by[f].findings[0].locations, f).toContain(`${join(packed, f)}!/客户名单.csv`);
    }
    expect(by['locked.rar'].unscannable).toMatchObject([{ reason: 'encrypted' }]);
    expect(r.code).toBe(1);
  });

  it('--reveal lists every distinct value of a list longer than a thousand rows', () => {
    const rng = makeRng(77);
    const rows = new Map<string, string>();
    while (rows.size < 1500) rows.set(mobile(rng), chineseName(rng));
    const file = join(dir, 'long-list.csv');
    writeFileSync(file, ['姓名,手机', ...[...rows].map(([m, n]) => `${n},${m}`)].join('\n') + '\n');
    const out = JSON.parse(run(['scan', '--format', 'jsonl', '--reveal', file]).stdout) as { findings: { detector: string; values: string[]; values_truncated?: true }[] };
    const mobiles = out.findings.find((f) => f.detector === 'cn_mobile')!;
    expect(new Set(mobiles.values)).toEqual(new Set(rows.keys()));
    expect(mobiles.values_truncated).toBeUndefined();
  });

  it('exits 0 when nothing is blocked and 2 on usage errors', () => {
    expect(run(['scan', join(dir, 'signature.txt')]).code).toBe(0);
    expect(run(['scan']).code).toBe(2);
    expect(run(['scan', '--format', 'xml', dir]).code).toBe(2);
    expect(run(['scan', '--bogus', dir]).code).toBe(2);
    expect(run(['frobnicate']).code).toBe(2);
  });

  it('reports a symbolic link inside a scanned folder instead of skipping it in silence', () => {
    const tree = tempDir('lg-link-');
    writeFileSync(join(tree, 'a.txt'), 'nothing here\n');
    symlinkSync(join(dir, 'list-utf8.csv'), join(tree, 'link.csv'));
    const r = run(['scan', '--format', 'jsonl', tree]);
    const rows = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    const link = rows.find((v) => v.path.endsWith('link.csv'));
    expect(link.unscannable[0]).toMatchObject({ reason: 'read-error', detail: 'symbolic link not followed' });
    expect(link.findings).toEqual([]);
  });

  it('reports a missing path as unscannable, not clean, scans the rest and exits 2', () => {
    const missing = join(dir, 'nope.csv');
    const r = run(['scan', '--format', 'jsonl', missing, join(dir, 'signature.txt')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${missing}: no such file or directory`);
    const rows = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(rows.find((v) => v.path === missing).unscannable[0]).toMatchObject({ reason: 'read-error', detail: 'ENOENT' });
    expect(rows.find((v) => v.path.endsWith('signature.txt'))).toMatchObject({ sensitivity: 'internal' });
  });

  it('names file, line and field for a broken rule pack, and exits 2', () => {
    const rules = tempDir('lg-rules-');
    writeFileSync(
      join(rules, 'bad.yaml'),
      ['pack: bad', 'rules:', '  - id: my_rule', '    description: x', '    category: personal', '    scanner: digits', '    pattern: "\\\\d{11}"', '    confidence: 70', '    context:', '      window: -3', ''].join('\n'),
    );
    const r = run(['scan', '--rules', rules, dir]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/bad\.yaml:10: my_rule\.context\.window: expected a positive integer/);
    expect(r.stdout).toBe(''); // no table header before the error
  });

  it('names the rule when RE2 rejects a pattern', () => {
    const rules = tempDir('lg-rules-');
    writeFileSync(
      join(rules, 're.yaml'),
      ['pack: re', 'rules:', '  - id: lookbehind', '    description: x', '    category: personal', '    scanner: digits', "    pattern: '(?<=a)\\d{11}'", '    confidence: 70', ''].join('\n'),
    );
    const r = run(['rules', 'test', rules]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/re\.yaml:7: lookbehind\.pattern: RE2 rejects the pattern/);
  });
});

describe('listguard --help', () => {
  it.each(['scan', 'rules test', 'policy test', 'init', 'quarantine', 'audit', 'daemon', 'watch', 'smtp'])('%s --help prints usage and exits 0', (cmd) => {
    const r = run([...cmd.split(' '), '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/usage: listguard/);
  });
});

describe('listguard scan into a pipe that closes early', () => {
  it('finishes the scan and exits with its own code, without a stack trace (`listguard scan dir | head -1`)', () => {
    // The shell's pipe: head reads one line and exits; listguard's later writes meet EPIPE.
    const r = spawnSync('bash', ['-c', `"${process.execPath}" "${BIN}" scan "${dir}" "${join(packageRoot(), 'samples')}" | head -1 >/dev/null; echo "status \${PIPESTATUS[0]}" >&2`], {
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(r.stderr).not.toMatch(/EPIPE|Error|at /);
    expect(r.stderr).toContain('status 1');
  });
});
