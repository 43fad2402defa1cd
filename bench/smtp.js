#!/usr/bin/env node
// The mail path benchmark (issue 6): Postfix's smtp-source → Postfix
// (content_filter) → filter → Postfix reinjection smtpd → smtp-sink, for
// (a) 5 KB text mail and (b) ~200 KB mail with an xlsx attachment, each
// through listguard and through a pass-through filter (same SMTP server
// code, no scan, no policy) in the same run. Prints messages/s and the time
// a message spends inside the filter (end of DATA → reply), p50/p99.
//
//   node bench/smtp.js [--text N] [--xlsx N] [--sessions S] [--json FILE]
//
// Needs root, postfix (smtp-source, smtp-sink) and dist/ (npm run build);
// otherwise prints why and exits 0. Synthetic data only.
import { execFile, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs, promisify } from 'node:util';
import { crc32, deflateRawSync } from 'node:zlib';

const run = promisify(execFile);
const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const { values: args } = parseArgs({
  options: {
    text: { type: 'string', default: '1500' },
    xlsx: { type: 'string', default: '60' },
    sessions: { type: 'string', default: '10' },
    json: { type: 'string' },
  },
});

function skip(why) {
  console.log(`bench/smtp.js: skipped: ${why}`);
  process.exit(0);
}
if (process.getuid?.() !== 0) skip('needs root (postfix start)');
for (const bin of ['/usr/sbin/postfix', '/usr/sbin/smtp-source', '/usr/sbin/smtp-sink']) if (!existsSync(bin)) skip(`${bin} missing (.ci/system-deps.sh installs postfix)`);
if (!existsSync(join(ROOT, 'dist/src/smtp/filter.js'))) skip('dist/ not built (npm run build)');

const { SmtpFilter } = await import(join(ROOT, 'dist/src/smtp/filter.js'));
const { ScanPool } = await import(join(ROOT, 'dist/src/pool/scan-pool.js'));
const { loadDefaultPolicy, thresholdsOf } = await import(join(ROOT, 'dist/src/policy/index.js'));
const { IncidentEmitter } = await import(join(ROOT, 'dist/src/actions/incidents.js'));
const { initHome } = await import(join(ROOT, 'dist/src/actions/home.js'));
const { openLocalQuarantine } = await import(join(ROOT, 'dist/src/actions/quarantine-store.js'));
const { makeLogger } = await import(join(ROOT, 'dist/src/log/logger.js'));
const { defaultRulesDir } = await import(join(ROOT, 'dist/src/paths.js'));
const { DEFAULT_LIMITS } = await import(join(ROOT, 'dist/src/types.js'));

// ------------------------------------------------------------ synthetic mail

let seed = 42;
const rand = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
const pick = (a) => a[Math.floor(rand() * a.length)];
const digits = (n) => Array.from({ length: n }, () => Math.floor(rand() * 10)).join('');
const SURNAMES = [...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗'];
const GIVEN = [...'伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华'];
const name = () => pick(SURNAMES) + pick(GIVEN) + (rand() < 0.7 ? pick(GIVEN) : '');
const mobile = () => pick(['138', '139', '186', '150', '177', '135']) + digits(8);

function zip(entries) {
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const { name: n, data } of entries) {
    const raw = Buffer.from(data);
    const comp = deflateRawSync(raw);
    const nb = Buffer.from(n);
    const crc = crc32(raw);
    const lh = Buffer.alloc(30);
    lh.writeUInt32LE(0x04034b50, 0);
    lh.writeUInt16LE(20, 4);
    lh.writeUInt16LE(8, 8);
    lh.writeUInt32LE(crc, 14);
    lh.writeUInt32LE(comp.length, 18);
    lh.writeUInt32LE(raw.length, 22);
    lh.writeUInt16LE(nb.length, 26);
    const ch = Buffer.alloc(46);
    ch.writeUInt32LE(0x02014b50, 0);
    ch.writeUInt16LE(20, 4);
    ch.writeUInt16LE(20, 6);
    ch.writeUInt16LE(8, 10);
    ch.writeUInt32LE(crc, 16);
    ch.writeUInt32LE(comp.length, 20);
    ch.writeUInt32LE(raw.length, 24);
    ch.writeUInt16LE(nb.length, 28);
    ch.writeUInt32LE(offset, 42);
    locals.push(lh, nb, comp);
    centrals.push(ch, nb);
    offset += 30 + nb.length + comp.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

function xlsx(rows) {
  const X = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
  const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
  const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  const cell = (ref, v) => `<c r="${ref}" t="inlineStr"><is><t>${v}</t></is></c>`;
  const sheet = rows.map((r, i) => `<row r="${i + 1}">${r.map((v, j) => cell(`${'ABCD'[j]}${i + 1}`, v)).join('')}</row>`).join('');
  return zip([
    { name: '[Content_Types].xml', data: `${X}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>` },
    { name: 'xl/workbook.xml', data: `${X}<workbook xmlns="${NS}" xmlns:r="${REL}"><sheets><sheet name="客户" sheetId="1" r:id="rId1"/></sheets></workbook>` },
    { name: 'xl/_rels/workbook.xml.rels', data: `${X}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>` },
    { name: 'xl/worksheets/sheet1.xml', data: `${X}<worksheet xmlns="${NS}"><sheetData>${sheet}</sheetData></worksheet>` },
  ]);
}

const HEAD = (subject, extra = []) =>
  ['From: sales@corp.test', 'To: team@corp.test', `Subject: ${subject}`, 'Date: Sun, 29 Nov 2026 10:00:00 +0800', 'Message-ID: <bench@corp.test>', 'MIME-Version: 1.0', ...extra].join('\r\n');

function textMail(bytes) {
  const line = '本季度的项目进度正常，下周例会讨论预算和排期安排。The project is on schedule; see the plan.';
  let body = '';
  while (Buffer.byteLength(body) < bytes) body += `${line}\r\n`;
  return Buffer.from(`${HEAD('weekly status', ['Content-Type: text/plain; charset=utf-8', 'Content-Transfer-Encoding: 8bit'])}\r\n\r\n${body}`);
}

function xlsxMail(targetBytes) {
  const rows = [['姓名', '手机号', '城市', '备注']];
  let mail;
  for (let n = 500; ; n += 500) {
    while (rows.length < n) rows.push([name(), mobile(), pick(['深圳', '杭州', '成都', '上海']), `订单 ${digits(4)} 已发货`]);
    const b64 = xlsx(rows).toString('base64').replace(/.{76}/g, '$&\r\n');
    const B = 'bench_boundary';
    mail = Buffer.from(
      `${HEAD('customer follow-up', [`Content-Type: multipart/mixed; boundary="${B}"`])}\r\n\r\n--${B}\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n跟进名单见附件。\r\n--${B}\r\n` +
        `Content-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet; name="followup.xlsx"\r\nContent-Transfer-Encoding: base64\r\nContent-Disposition: attachment; filename="followup.xlsx"\r\n\r\n${b64}\r\n--${B}--\r\n`,
    );
    if (mail.length >= targetBytes) return mail;
  }
}

// ------------------------------------------------------------ harness

const pct = (xs, p) => {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
};
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

const dir = mkdtempSync(join(tmpdir(), 'lg-bench-smtp-'));
const home = join(dir, 'home');
const base = 30_000 + (process.pid % 2_000) * 10;
const PORT = { in: base, filter: base + 1, reinject: base + 2, sink: base + 3 };
const conf = join(dir, 'etc');
let sink;

async function queueEmpty() {
  const { stdout } = await run('postqueue', ['-c', conf, '-j']);
  return stdout.trim() === '';
}

async function main() {
  await initHome(home);
  sink = spawn('/usr/sbin/smtp-sink', ['-u', 'nobody', '-m', '200', `127.0.0.1:${PORT.sink}`, '256'], { stdio: 'ignore' });
  await run('bash', [join(ROOT, 'test/postfix/setup.sh'), dir, 'start', String(PORT.in), String(PORT.filter), String(PORT.reinject), `sink:${PORT.sink}`]);

  const policy = await loadDefaultPolicy();
  const threads = availableParallelism();
  const pool = new ScanPool({ threads, rulesDir: defaultRulesDir(), thresholds: thresholdsOf(policy), limits: { ...DEFAULT_LIMITS }, fingerprintKey: Buffer.alloc(32, 1) });
  const logger = makeLogger({ destination: join(dir, 'listguard.log') });
  const files = { text: join(dir, 'text.eml'), xlsx: join(dir, 'xlsx.eml') };
  const mails = { text: textMail(5 * 1024), xlsx: xlsxMail(200 * 1024) };
  writeFileSync(files.text, mails.text);
  writeFileSync(files.xlsx, mails.xlsx);
  const counts = { text: Number(args.text), xlsx: Number(args.xlsx) };

  async function phase(kind, passThrough) {
    const f = new SmtpFilter({
      listen: { host: '127.0.0.1', port: PORT.filter },
      nextHop: { host: '127.0.0.1', port: PORT.reinject },
      policy,
      internalDomains: ['corp.test'],
      scan: (message, display) => pool.scan(message, display),
      quarantine: openLocalQuarantine({ home, env: {} }),
      emitter: new IncidentEmitter({ logger }),
      logger,
      spoolDir: join(home, 'smtp-spool'),
      maxSize: 50 * 1024 * 1024,
      passThrough,
    });
    await f.listen();
    const n = counts[kind];
    const started = performance.now();
    await run('/usr/sbin/smtp-source', ['-s', args.sessions, '-m', String(n), '-f', 'sales@corp.test', '-t', 'team@corp.test', '-F', files[kind], `127.0.0.1:${PORT.in}`], {
      maxBuffer: 1 << 24,
    });
    const handled = () => f.stats.relayed + f.stats.quarantined + f.stats.blocked;
    const until = Date.now() + 600_000;
    while (handled() < n && Date.now() < until) await sleep(20);
    const seconds = (performance.now() - started) / 1000;
    const result = {
      kind,
      filter: passThrough ? 'pass-through' : 'listguard',
      messages: handled(),
      tempfailed: f.stats.tempfailed,
      connections: f.stats.connections,
      bytes: mails[kind].length,
      msgsPerSec: +(handled() / seconds).toFixed(1),
      p50ms: +pct(f.latencies, 50).toFixed(1),
      p99ms: +pct(f.latencies, 99).toFixed(1),
    };
    await f.close();
    // Let Postfix hand everything to the sink before the next phase starts.
    for (let i = 0; i < 600 && !(await queueEmpty()); i++) await sleep(100);
    return result;
  }

  const results = [];
  for (const kind of ['text', 'xlsx']) {
    // Warm-up (workers, rule compilation, Postfix processes), not measured.
    const save = counts[kind];
    counts[kind] = 10;
    await phase(kind, false);
    counts[kind] = save;
    const pass = await phase(kind, true);
    const lg = await phase(kind, false);
    results.push(pass, lg, {
      kind,
      ratio: +(lg.msgsPerSec / pass.msgsPerSec).toFixed(2),
      addedP50ms: +(lg.p50ms - pass.p50ms).toFixed(1),
      addedP99ms: +(lg.p99ms - pass.p99ms).toFixed(1),
    });
  }
  await pool.close();

  console.log(`\nmail path: smtp-source (${args.sessions} sessions) → Postfix → filter → Postfix → smtp-sink; ${threads} scan thread(s)\n`);
  console.log('kind  filter         msgs   msg/s   p50 ms   p99 ms   filter conns   bytes/msg');
  for (const r of results.filter((r) => r.filter)) {
    console.log(
      `${r.kind.padEnd(5)} ${r.filter.padEnd(13)} ${String(r.messages).padStart(5)} ${String(r.msgsPerSec).padStart(7)} ${String(r.p50ms).padStart(8)} ${String(r.p99ms).padStart(8)} ${String(r.connections).padStart(14)} ${String(r.bytes).padStart(11)}`,
    );
  }
  for (const r of results.filter((r) => r.ratio !== undefined)) {
    const target = r.kind === 'text' ? `  (target ≥ 0.70: ${r.ratio >= 0.7 ? 'met' : 'NOT met'})` : '';
    console.log(`${r.kind}: listguard/pass-through = ${r.ratio}; added latency p50 +${r.addedP50ms} ms, p99 +${r.addedP99ms} ms${target}`);
  }
  if (args.json) writeFileSync(args.json, JSON.stringify({ date: new Date().toISOString(), threads, results }, null, 2));
}

try {
  await main();
} finally {
  await run('bash', [join(ROOT, 'test/postfix/setup.sh'), dir, 'stop']).catch(() => {});
  if (sink && sink.exitCode === null) sink.kill();
  rmSync(dir, { recursive: true, force: true });
}
