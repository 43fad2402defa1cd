#!/usr/bin/env node
// File-server daemon benchmark (issue 5): initial scan of 10,000 mixed files
// (files/s, MB/s), restart time with a warm state store, and event-to-verdict
// latency (p50/p99) for single file writes. Runs the built daemon (npm run
// build first) as a child process on a temp tree.
//
//   node bench/daemon.js [--files 10000] [--threads 2] [--writes 50]
//
// Exported as runDaemonBench(opts) for bench/run.js.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const DIST = join(ROOT, 'dist', 'src');

// ---------------------------------------------------------------- synthetic data (not real people)
function rng(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗';
const GIVEN = '伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英';
const pick = (r, s) => s[Math.floor(r() * s.length)];
const digits = (r, n) => Array.from({ length: n }, () => Math.floor(r() * 10)).join('');
const mobile = (r) => `1${pick(r, '3589')}${digits(r, 9)}`;
function residentId(r) {
  const body = `110105${1950 + Math.floor(r() * 50)}${String(1 + Math.floor(r() * 12)).padStart(2, '0')}${String(1 + Math.floor(r() * 28)).padStart(2, '0')}${digits(r, 3)}`;
  const w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...body].reduce((a, c, i) => a + Number(c) * w[i], 0);
  return body + '10X98765432'[sum % 11];
}
const MEMO = '项目周报：本周完成接口联调，下周进入测试阶段。会议纪要已归档，请各位查阅。\n';

function makeTree(dir, n, seed = 1) {
  const r = rng(seed);
  let bytes = 0;
  for (let i = 0; i < n; i++) {
    const sub = join(dir, `dept${i % 20}`, `p${Math.floor(i / 500)}`);
    if (i % 500 < 20) mkdirSync(sub, { recursive: true });
    const kind = r();
    let name;
    let text;
    if (kind < 0.8) {
      name = `memo-${i}.txt`;
      text = MEMO.repeat(1 + Math.floor(r() * 40));
    } else if (kind < 0.95) {
      name = `contacts-${i}.csv`;
      const rows = 2 + Math.floor(r() * 60);
      text = ['姓名,手机号码,备注', ...Array.from({ length: rows }, () => `${pick(r, SURNAMES)}${pick(r, GIVEN)}${pick(r, GIVEN)},${mobile(r)},客户`)].join('\n');
    } else if (kind < 0.98) {
      name = `kyc-${i}.csv`;
      text = ['姓名,手机号码,身份证号', ...Array.from({ length: 60 }, () => `${pick(r, SURNAMES)}${pick(r, GIVEN)},${mobile(r)},${residentId(r)}`)].join('\n');
    } else {
      name = `report-${i}.txt`;
      text = MEMO.repeat(1200);
    }
    mkdirSync(sub, { recursive: true });
    writeFileSync(join(sub, name), text);
    bytes += Buffer.byteLength(text);
  }
  return bytes;
}

// ---------------------------------------------------------------- child daemon
function startDaemon(config, log) {
  const start = existsSync(log) ? statSync(log).size : 0;
  const child = spawn(process.execPath, [fileURLToPath(import.meta.url), '--child', config], { stdio: ['ignore', 'ignore', 'inherit'] });
  const exited = new Promise((r) => child.on('exit', r));
  const lines = () => {
    if (!existsSync(log)) return [];
    return readFileSync(log).subarray(start).toString('utf8').split('\n').filter((l) => l.endsWith('}')).map((l) => JSON.parse(l));
  };
  return { child, exited, lines };
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function until(fn, timeoutMs, what, step = 20) {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const v = fn();
    if (v) return v;
    if (Date.now() > end) throw new Error(`timed out: ${what}`);
    await sleep(step);
  }
}

const pct = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
};

export async function runDaemonBench({ files = 10_000, threads = 2, writes = 50, stabilityMs = 200 } = {}) {
  const { initHome } = await import(pathToFileURL(join(DIST, 'actions', 'home.js')).href);
  // The project's SQLite module: better-sqlite3 aborts Node 24 when the GC finalizes a statement.
  const { openDatabase } = await import(pathToFileURL(join(DIST, 'state', 'sqlite.js')).href);
  const dir = mkdtempSync(join(tmpdir(), 'lg-bench-daemon-'));
  const share = join(dir, 'share');
  const home = join(dir, 'home');
  const log = join(dir, 'daemon.log');
  const config = join(dir, 'listguard.yaml');
  mkdirSync(share);
  await initHome(home);
  writeFileSync(
    config,
    `home: ${home}\nroots:\n  - path: ${share}\npool: { threads: ${threads} }\nwatch: { stability_ms: ${stabilityMs}, poll_ms: 50, rescan_interval_ms: 0 }\nmetrics: false\nlog: { file: ${log} }\n`,
  );
  const bytes = makeTree(share, files);
  const countRows = () => {
    if (!existsSync(join(home, 'state.db'))) return 0;
    const db = openDatabase(join(home, 'state.db'));
    try {
      return db.prepare('SELECT count(*) AS n FROM files').get().n;
    } catch {
      return 0;
    } finally {
      db.close();
    }
  };
  try {
    // 1. Initial scan of the whole tree (the catch-up walk on an empty state store).
    let t0 = performance.now();
    let d = startDaemon(config, log);
    await until(() => countRows() >= files, 600_000, 'initial scan', 200);
    const initialS = (performance.now() - t0) / 1000;
    const q = d.lines().filter((l) => l.event === 'file.decided');
    const actions = q.reduce((m, l) => ((m[l.action] = (m[l.action] ?? 0) + 1), m), {});
    d.child.kill('SIGTERM');
    await d.exited;

    // 2. Restart with a warm state store: nothing changed, nothing to scan.
    t0 = performance.now();
    d = startDaemon(config, log);
    const done = await until(() => d.lines().find((l) => l.event === 'reconcile.done'), 120_000, 'restart catch-up');
    const restartS = (performance.now() - t0) / 1000;

    // 3. Event-to-verdict latency for single writes, one at a time.
    const lat = [];
    const own = [];
    for (let i = 0; i < writes; i++) {
      const p = join(share, `single-${i}.txt`);
      const w0 = performance.now();
      writeFileSync(p, `${MEMO}${i}\n`);
      const line = await until(() => d.lines().find((l) => l.event === 'file.decided' && l.path === p), 30_000, `verdict for ${p}`, 5);
      lat.push(performance.now() - w0);
      own.push(line.latencyMs);
    }
    d.child.kill('SIGTERM');
    await d.exited;
    return {
      files,
      mb: bytes / 1e6,
      threads,
      initial: { seconds: initialS, filesPerS: files / initialS, mbPerS: bytes / 1e6 / initialS, actions },
      restart: { seconds: restartS, walked: done.seen, rescanned: done.changed, walkMs: done.ms },
      latency: { stabilityMs, p50: pct(lat, 50), p99: pct(lat, 99), daemonP50: pct(own, 50), daemonP99: pct(own, 99) },
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function print(r) {
  const f = (n, d = 1) => n.toFixed(d);
  console.log(`daemon: initial scan of ${r.files} mixed files (${f(r.mb)} MB, ${r.threads} threads): ${f(r.initial.seconds)} s = ${f(r.initial.filesPerS, 0)} files/s, ${f(r.initial.mbPerS, 2)} MB/s  ${JSON.stringify(r.initial.actions)}`);
  console.log(`daemon: restart with warm state store: ${f(r.restart.seconds, 2)} s to catch-up done (walked ${r.restart.walked} files in ${r.restart.walkMs} ms, rescanned ${r.restart.rescanned})`);
  console.log(`daemon: event-to-verdict for single writes (settle ${r.latency.stabilityMs} ms): p50 ${f(r.latency.p50, 0)} ms, p99 ${f(r.latency.p99, 0)} ms (daemon's own measure: p50 ${r.latency.daemonP50} ms, p99 ${r.latency.daemonP99} ms)`);
}

const isMain = process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1];
if (isMain && process.argv[2] === '--child') {
  const { daemonCommand } = await import(pathToFileURL(join(DIST, 'cli', 'commands', 'daemon.js')).href);
  const io = { stdout: process.stdout, stderr: process.stderr, env: { ...process.env, LISTGUARD_HOME: '' }, cwd: process.cwd() };
  process.exitCode = await daemonCommand.run(['-c', process.argv[3]], io);
} else if (isMain) {
  const { values } = parseArgs({ options: { files: { type: 'string' }, threads: { type: 'string' }, writes: { type: 'string' } } });
  const r = await runDaemonBench({
    ...(values.files ? { files: Number(values.files) } : {}),
    ...(values.threads ? { threads: Number(values.threads) } : {}),
    ...(values.writes ? { writes: Number(values.writes) } : {}),
  });
  print(r);
}

export { print as printDaemonBench };
