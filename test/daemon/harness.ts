// Real daemons in child processes on temp directories, for the end-to-end tests.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { initHome } from '../../src/actions/home.js';
import { packageRoot } from '../../src/paths.js';
import { chineseName, makeRng, mobile, residentId } from '../support/synth.js';
import { buildXlsx } from '../support/office-writer.js';
import { tempDir } from '../support/temp-dir.js';
import { openDatabase } from '../../src/state/sqlite.js';

const ROOT = packageRoot();
const BIN = join(ROOT, 'bin', 'listguard.js');
const FALLBACK = join(ROOT, 'test', 'daemon', 'run-daemon.mjs');

/** bin/listguard.js once the lead has registered the command; the command module directly until then. */
function entry(): string {
  const main = join(ROOT, 'dist', 'src', 'cli', 'main.js');
  return existsSync(main) && readFileSync(main, 'utf8').includes('daemonCommand') ? BIN : FALLBACK;
}

export interface Env {
  dir: string;
  share: string;
  home: string;
  config: string;
  log: string;
}

export async function makeEnv(extraYaml = '', opts: { capacity?: number; stabilityMs?: number; rescanIntervalMs?: number } = {}): Promise<Env> {
  const dir = tempDir('lg-daemon-');
  const share = join(dir, 'share');
  const home = join(dir, 'home');
  const { mkdirSync } = await import('node:fs');
  mkdirSync(share);
  await initHome(home);
  const config = join(dir, 'listguard.yaml');
  const log = join(dir, 'daemon.log');
  writeFileSync(
    config,
    [
      `home: ${home}`,
      `roots:`,
      `  - path: ${share}`,
      `pool: { threads: 2 }`,
      `queue: { capacity: ${opts.capacity ?? 1000} }`,
      `watch: { stability_ms: ${opts.stabilityMs ?? 400}, poll_ms: 100, rescan_interval_ms: ${opts.rescanIntervalMs ?? 0} }`,
      `stop_timeout_ms: 5000`,
      `metrics: { listen: "127.0.0.1:0" }`,
      `log: { file: ${log} }`,
      extraYaml,
    ].join('\n'),
  );
  return { dir, share, home, config, log };
}

export interface LogLine {
  event?: string;
  path?: string;
  [k: string]: unknown;
}

export class DaemonProcess {
  readonly child: ChildProcess;
  stderr = '';
  readonly exited: Promise<number | null>;
  /** Where this process's lines start in the log file (shared across restarts). */
  private readonly logStart: number;

  constructor(readonly env: Env, extraEnv: NodeJS.ProcessEnv = {}) {
    this.logStart = existsSync(env.log) ? readFileSync(env.log).length : 0;
    this.child = spawn(process.execPath, [entry(), 'daemon', '-c', env.config], {
      env: { ...process.env, LISTGUARD_HOME: '', LISTGUARD_QUARANTINE_KEY: '', ...extraEnv },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    this.child.stderr!.on('data', (b: Buffer) => (this.stderr += b.toString()));
    this.exited = new Promise((r) => this.child.on('exit', (code) => r(code)));
  }

  get pid(): number {
    return this.child.pid!;
  }

  /** Log lines written by this process. */
  ownLines(): LogLine[] {
    if (!existsSync(this.env.log)) return [];
    return readFileSync(this.env.log)
      .subarray(this.logStart)
      .toString('utf8')
      .split('\n')
      .filter((l) => l.endsWith('}'))
      .map((l) => JSON.parse(l) as LogLine);
  }

  async waitFor(pred: (lines: LogLine[]) => boolean, timeoutMs = 15_000, what = 'condition'): Promise<LogLine[]> {
    const until = Date.now() + timeoutMs;
    for (;;) {
      const l = this.ownLines();
      if (pred(l)) return l;
      if (Date.now() > until) throw new Error(`timed out waiting for ${what}; stderr: ${this.stderr.slice(-2000)}`);
      if (this.child.exitCode !== null) throw new Error(`daemon exited (${this.child.exitCode}) waiting for ${what}: ${this.stderr.slice(-2000)}`);
      await sleep(100);
    }
  }

  ready(): Promise<LogLine[]> {
    return this.waitFor((l) => l.some((x) => x.event === 'reconcile.done'), 20_000, 'daemon ready');
  }

  metricsAddress(): string {
    const l = this.ownLines().find((x) => x.event === 'metrics.listening');
    return String(l?.address);
  }

  async stop(): Promise<number | null> {
    this.child.kill('SIGTERM');
    return this.exited;
  }

  async kill9(): Promise<void> {
    this.child.kill('SIGKILL');
    await this.exited;
  }
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The daemon logs an event and then appends its audit record: wait for the file to say it. */
export async function waitForFileMatch(path: string, pattern: RegExp, timeoutMs: number): Promise<string> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const text = existsSync(path) ? readFileSync(path, 'utf8') : '';
    if (pattern.test(text)) return text;
    if (Date.now() > until) throw new Error(`${path} never matched ${pattern} within ${timeoutMs} ms`);
    await sleep(50);
  }
}

export const decided = (lines: LogLine[], path?: string) => lines.filter((l) => l.event === 'file.decided' && (path === undefined || l.path === path));

/**
 * The state store's rows, read beside the running daemon (WAL). Through the
 * project's SQLite module: better-sqlite3 aborts Node 24 when the GC
 * finalizes one of its statements (see src/state/sqlite.ts).
 */
export function stateRows(home: string): { path: string; sensitivity: string; action: string; quarantine_id: string | null }[] {
  const db = openDatabase(join(home, 'state.db'));
  try {
    return db.prepare('SELECT path, sensitivity, action, quarantine_id FROM files').all() as never;
  } finally {
    db.close();
  }
}

/** A customer list (secret by the default policy): 120 people with name, mobile and resident ID. */
export function customerXlsx(seed = 7): Buffer {
  const rng = makeRng(seed);
  const shared = ['姓名', '手机号码', '身份证号'];
  const cell = (ref: string, text: string) => {
    shared.push(text);
    return `<c r="${ref}" t="s"><v>${shared.length - 1}</v></c>`;
  };
  let xml = '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c></row>';
  for (let i = 2; i <= 121; i++) {
    xml += `<row r="${i}">${cell(`A${i}`, chineseName(rng))}<c r="B${i}"><v>${mobile(rng)}</v></c>${cell(`C${i}`, residentId(rng))}</row>`;
  }
  return buildXlsx([{ name: '客户', rows: xml }], shared);
}

export function customerCsv(seed = 9, n = 120): string {
  const rng = makeRng(seed);
  return ['姓名,手机号码,身份证号', ...Array.from({ length: n }, () => `${chineseName(rng)},${mobile(rng)},${residentId(rng)}`)].join('\n');
}

export const MEMO = '会议纪要：下周二讨论第三季度预算，请各部门准备材料。\n';
