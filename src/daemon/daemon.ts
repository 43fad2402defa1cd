// The file-server daemon: events → settle → bounded queue → worker pool →
// policy → act → state store. How and why: README.md in this folder.
import { lstat, mkdir } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { watch, type FSWatcher } from 'chokidar';
import type { Logger } from 'pino';
import { appendAudit } from '../actions/audit-log.js';
import { removesFile } from '../actions/file-decision.js';
import { resolveHome } from '../actions/home.js';
import { IncidentEmitter } from '../actions/incidents.js';
import { loadKeyring } from '../actions/master-key.js';
import { openLocalQuarantine, type QuarantineStore } from '../actions/quarantine-store.js';
import { scrub } from '../log/mask.js';
import { DaemonMetrics } from '../metrics/metrics.js';
import { startMetricsServer } from '../metrics/server.js';
import { defaultRulesDir } from '../paths.js';
import { defaultPolicyPath, evaluate } from '../policy/index.js';
import { failedVerdict } from '../pool/scan-pool.js';
import { reconcile, type ReconcileResult } from '../state/reconcile.js';
import { loadFingerprintKey } from '../state/fingerprint-key.js';
import { RecordWindow } from '../state/record-window.js';
import { sameStat, STATE_FILE, StateStore } from '../state/state-store.js';
import type { Verdict } from '../types.js';
import { Settler } from '../watch/settle.js';
import { RootWatcher } from '../watch/watcher.js';
import { act, recoverIntents, type ActContext } from './act.js';
import { buildSet, missingNotifiers, type ActiveSet } from './active-set.js';
import type { DaemonConfig } from './config.js';
import { sha256File } from './hash.js';
import { buildNotifiers } from './notifiers.js';
import { ScanQueue, type QueueItem } from './scan-queue.js';
import { ownerName } from '../actions/file-owner.js';

/** The owner window's SQLite file in the home. */
const OWNER_WINDOW_FILE = 'owner-window.sqlite';

export interface DaemonOptions {
  config: DaemonConfig;
  env: NodeJS.ProcessEnv;
  logger: Logger;
}

type Phase = 'new' | 'starting' | 'ok' | 'stopping' | 'stopped';

const errCode = (e: unknown): string => (e as NodeJS.ErrnoException)?.code ?? 'error';

/** What goes into the state store's verdict column: counts and ids only. */
const verdictSummary = (v: Verdict) =>
  JSON.stringify({
    sensitivity: v.sensitivity,
    records: v.records,
    sensitiveRecords: v.sensitiveRecords,
    findings: v.findings.map((f) => ({ detector: f.detector, count: f.count, confidence: f.confidence })),
    unscannable: v.unscannable.map((u) => u.reason),
  });

export class Daemon {
  readonly home: string;

  private phase: Phase = 'new';
  private readonly cfg: DaemonConfig;
  private readonly log: Logger;
  private state!: StateStore;
  /** Distinct records each owner's files left on the shares in the last 24 h (`owner_records_24h`). */
  private ownerWindow?: RecordWindow;
  private fingerprintKey?: Buffer;
  private quarantine!: QuarantineStore;
  private emitter!: IncidentEmitter;
  private active!: ActiveSet;
  private readonly retired = new Set<ActiveSet>();
  readonly metrics: DaemonMetrics;
  private readonly queue: ScanQueue;
  private readonly settler: Settler;
  private watchers: RootWatcher[] = [];
  private reloadWatcher: FSWatcher | undefined;
  private reloadTimer: NodeJS.Timeout | undefined;
  private reloadChain: Promise<unknown> = Promise.resolve();
  private metricsServer: { address: string; close: () => Promise<void> } | undefined;
  /** Paths being processed, each with the promise of its end. */
  private readonly inFlight = new Map<string, Promise<void>>();
  /** pump() is running (it is not re-entrant). */
  private pumping = false;
  /** Events for a path that arrived while it was in flight: at most one per in-flight path. */
  private readonly deferred = new Map<string, QueueItem>();
  private readonly concurrency: number;
  private pendingCursor = 0;
  private reconciling: Promise<ReconcileResult | undefined> = Promise.resolve(undefined);
  private stopping: Promise<void> | undefined;
  private rescanTimer: NodeJS.Timeout | undefined;
  private walking = false;

  constructor(private readonly opts: DaemonOptions) {
    this.cfg = opts.config;
    this.log = opts.logger;
    this.home = resolveHome(opts.env, this.cfg.home);
    this.queue = new ScanQueue(this.cfg.queueCapacity);
    // Enough tasks to keep every worker busy while the main thread hashes and stats.
    this.concurrency = Math.max(4, this.cfg.threads * 4);
    this.settler = new Settler({
      stabilityMs: this.cfg.stabilityMs,
      pollMs: this.cfg.pollMs,
      capacity: this.cfg.settlingCapacity,
      onReady: (path, at) => this.enqueueEvent(path, at),
      onOverflow: (path) => this.spill([path]),
    });
    this.metrics = new DaemonMetrics({
      queueDepth: () => this.queue.size,
      queueHighWater: () => this.queue.highWater,
      queueCapacity: () => this.queue.capacity,
      pending: () => (this.phase === 'stopped' ? 0 : this.state.pendingCount),
      settling: () => this.settler.size,
      inFlight: () => this.inFlight.size,
      workerRestarts: () => this.active?.pool.workerRestarts ?? 0,
    });
    this.queue.onItem(() => this.pump());
  }
  /** The audit trail could not be written: say so loudly, the daemon goes on. */
  private auditFailed(e: unknown): void {
    this.log.error({ event: 'audit.append-failed', error: (e as Error).message ?? String(e) }, 'could not append to the audit log');
  }


  get status(): Phase {
    return this.phase;
  }

  get metricsAddress(): string | undefined {
    return this.metricsServer?.address;
  }

  private get ctx(): ActContext {
    return { home: this.home, quarantine: this.quarantine, emitter: this.emitter, state: this.state, logger: this.log };
  }

  // ------------------------------------------------------------------ start

  async start(): Promise<void> {
    if (this.phase !== 'new') throw new Error('daemon already started');
    this.phase = 'starting';
    const t0 = performance.now();
    // Fail before touching anything when there is no quarantine key.
    await loadKeyring(this.home, this.opts.env);
    await mkdir(this.home, { recursive: true, mode: 0o700 });
    this.state = new StateStore(join(this.home, STATE_FILE));
    this.fingerprintKey = await loadFingerprintKey(this.home);
    this.ownerWindow = new RecordWindow({ path: join(this.home, OWNER_WINDOW_FILE) });
    this.quarantine = openLocalQuarantine({ home: this.home, env: this.opts.env });
    const removed = await this.quarantine.recover();
    if (removed.length) this.log.warn({ event: 'quarantine.recovered', removed }, 'removed half-written quarantine items');
    this.active = await buildSet(this.setSpec());
    this.warnNotifiers(this.active);
    this.emitter = new IncidentEmitter({
      logger: this.log,
      windowMs: this.cfg.incidentWindowMs,
      notifiers: buildNotifiers(this.cfg.notifiers, this.opts.env),
    });
    if (this.cfg.metricsListen) {
      this.metricsServer = await startMetricsServer(this.cfg.metricsListen, this.metrics.registry, () => this.health());
      this.log.info({ event: 'metrics.listening', address: this.metricsServer.address }, `metrics on http://${this.metricsServer.address}/metrics`);
    }
    await appendAudit(this.home, {
      event: 'daemon.start',
      details: { config: this.cfg.file, roots: this.cfg.roots.map((r) => r.path), rules: this.active.rulesDir, policy: this.active.policy.name, gen: this.active.gen },
    });
    const again = await recoverIntents(this.ctx);
    if (again.length) this.spill(again);

    const ignore = [this.home, ...(this.cfg.logFile ? [this.cfg.logFile] : [])];
    for (const r of this.cfg.roots) {
      const w = new RootWatcher(
        { root: r.path, include: r.include, exclude: r.exclude, ignore, usePolling: r.poll, pollIntervalMs: r.pollIntervalMs },
        {
          onChange: (p) => this.settler.touch(p),
          onUnlink: (p) => this.gone(p),
          onUnlinkDir: (p) => this.goneDir(p),
          onAddDir: (p) => this.newDir(p),
          onError: (e) => {
            this.metrics.errors.inc({ kind: 'watch' });
            this.log.error({ event: 'watch.error', error: e.message }, `watcher error: ${e.message}`);
          },
        },
      );
      await w.start();
      this.watchers.push(w);
    }
    if (this.cfg.reloadOnChange) this.watchConfigFiles();
    this.phase = 'ok';
    this.log.info(
      { event: 'daemon.ready', home: this.home, roots: this.cfg.roots.map((r) => r.path), gen: this.active.gen, rules: this.active.rules, pending: this.state.pendingCount, ms: Math.round(performance.now() - t0) },
      'listguard daemon watching',
    );
    this.pump(); // pending paths from the last run
    this.reconciling = this.catchUp('start');
    if (this.cfg.rescanIntervalMs > 0) {
      // inotify drops events when its queue overflows (a burst of thousands of
      // files, a slow main thread) and says so to nobody; a periodic quick-check
      // walk (one lstat per file) catches what was missed.
      this.rescanTimer = setInterval(() => {
        if (this.phase === 'ok' && !this.walking) this.reconciling = this.catchUp('periodic');
      }, this.cfg.rescanIntervalMs);
      this.rescanTimer.unref();
    }
  }

  /** Resolves when the start-up catch-up walk is done (tests and the bench wait on it). */
  get caughtUp(): Promise<ReconcileResult | undefined> {
    return this.reconciling;
  }

  private async catchUp(kind: 'start' | 'periodic'): Promise<ReconcileResult | undefined> {
    this.walking = true;
    try {
      const accepts = new Map(this.watchers.map((w) => [w.spec.root, w.accept]));
      const r = await reconcile({
        roots: this.cfg.roots.map((r) => r.path),
        accept: (p, isDir) => [...accepts.entries()].some(([root, a]) => (p === root || p.startsWith(`${root}/`)) && a(p, isDir)),
        store: this.state,
        enqueue: async (path) => {
          if (kind === 'periodic' && this.phase === 'ok') {
            // Already on its way (settling, queued, scanning or pending on disk): nothing was missed.
            if (this.settler.has(path) || this.queue.has(path) || this.inFlight.has(path) || this.state.isPending(path)) return;
            this.metrics.missedEvents.inc();
            this.settler.touch(path); // it may be mid-write: let it settle first
            return;
          }
          if (this.phase !== 'ok') {
            this.spill([path]);
            return;
          }
          await this.queue.waitForSpace(); // backpressure: the walk pauses while the queue is full
          if (this.phase !== 'ok' || this.queue.offer({ path, firstEventAt: Date.now() }) === 'full') this.spill([path]);
        },
        onError: (path, code) => this.log.warn({ event: 'reconcile.error', path, code }, `cannot read ${scrub(path)}: ${code}`),
      });
      this.log.info({ event: 'reconcile.done', kind, ...r }, `catch-up (${kind}): ${r.seen} files, ${r.changed} changed, ${r.removed} gone`);
      return r;
    } catch (e) {
      if (this.phase === 'ok') this.log.error({ event: 'reconcile.failed', error: (e as Error).message }, 'catch-up walk failed');
      return undefined;
    } finally {
      this.walking = false;
    }
  }

  private setSpec() {
    return {
      ...(this.cfg.rulesDir ? { rulesDir: this.cfg.rulesDir } : {}),
      ...(this.cfg.policies ? { policies: this.cfg.policies } : {}),
      threads: this.cfg.threads,
      limits: this.cfg.limits,
      ...(this.fingerprintKey ? { fingerprintKey: this.fingerprintKey } : {}),
    };
  }

  private warnNotifiers(set: ActiveSet): void {
    const missing = missingNotifiers(set.policy, Object.keys(this.cfg.notifiers));
    if (missing.length)
      this.log.warn({ event: 'notifiers.missing', missing }, `policy names notifiers the daemon config does not define: ${missing.join(', ')} (incidents still go to the log)`);
  }

  private health() {
    return {
      status: this.phase === 'ok' ? ('ok' as const) : this.phase === 'stopping' || this.phase === 'stopped' ? ('stopping' as const) : ('starting' as const),
      queue: this.queue.size,
      inFlight: this.inFlight.size,
      settling: this.settler.size,
      gen: this.active?.gen,
    };
  }

  // ------------------------------------------------------------------ events → queue

  private enqueueEvent(path: string, firstEventAt: number): void {
    if (this.phase !== 'ok') {
      this.spill([path]);
      return;
    }
    if (this.inFlight.has(path)) {
      const d = this.deferred.get(path);
      this.deferred.set(path, { path, firstEventAt: Math.min(firstEventAt, d?.firstEventAt ?? firstEventAt) });
      return;
    }
    if (this.queue.offer({ path, firstEventAt }) === 'full') this.spill([path]);
  }

  /** Over the queue's bound (or shutting down): onto disk, never dropped. */
  private spill(paths: string[]): void {
    if (paths.length === 0 || this.phase === 'stopped') return;
    this.state.markPending(paths);
    this.metrics.overflow.inc(paths.length);
    if (this.phase === 'ok') queueMicrotask(() => this.pump());
  }

  /** Scan again once the file is quiet (or, when stopping, next start). */
  private retry(path: string): void {
    if (this.phase === 'ok') this.settler.touch(path);
    else this.spill([path]);
  }

  private gone(path: string): void {
    this.settler.forget(path);
    if (this.phase === 'stopped') return;
    this.state.remove(path);
    this.log.debug({ event: 'file.removed', path }, 'file removed');
  }

  private goneDir(dir: string): void {
    if (this.phase === 'stopped') return;
    this.state.removeMany([...this.state.pathsUnder(dir)]);
  }

  /**
   * A directory appeared (created, moved in, unpacked): files written into it
   * before its watch was in place raise no event, so walk it once after it
   * settles and hand every file not yet decided to the settler.
   */
  private newDir(dir: string): void {
    const timer = setTimeout(() => {
      if (this.phase !== 'ok') return;
      const w = this.watchers.find((x) => dir.startsWith(`${x.spec.root}/`));
      if (!w) return;
      void reconcile({
        roots: [dir],
        accept: w.accept,
        store: this.state,
        enqueue: async (p) => this.settler.touch(p),
        onError: (path, code) => this.log.warn({ event: 'reconcile.error', path, code }, `cannot read ${scrub(path)}: ${code}`),
      }).catch((e: Error) => this.log.warn({ event: 'walk.error', error: e.message }, 'walk of new directory failed'));
    }, this.cfg.stabilityMs);
    timer.unref();
  }

  /** Refill from the pending table when the queue is half empty. */
  private refill(): void {
    if (this.state.lastPendingSeq <= this.pendingCursor) return;
    const room = this.queue.capacity - this.queue.size;
    if (room < this.queue.capacity / 2) return;
    const rows = this.state.takePending(this.pendingCursor, room);
    if (rows.length === 0) {
      this.pendingCursor = this.state.lastPendingSeq;
      return;
    }
    const now = Date.now();
    for (const r of rows) {
      if (this.inFlight.has(r.path)) this.deferred.set(r.path, { path: r.path, firstEventAt: now });
      else if (this.queue.offer({ path: r.path, firstEventAt: now }) === 'full') break;
      this.pendingCursor = r.seq;
    }
  }

  private pump(): void {
    // Not re-entrant: refill() offers to the queue, whose listener calls pump();
    // the loop below takes what was offered.
    if (this.pumping || (this.phase !== 'ok' && this.phase !== 'starting')) return;
    this.pumping = true;
    try {
      this.pumpLoop();
    } finally {
      this.pumping = false;
    }
  }

  private pumpLoop(): void {
    while (this.inFlight.size < this.concurrency) {
      this.refill();
      const item = this.queue.take();
      if (!item) return;
      if (this.inFlight.has(item.path)) {
        this.deferred.set(item.path, item);
        continue;
      }
      const p = this.process(item).finally(() => {
        this.inFlight.delete(item.path);
        const d = this.deferred.get(item.path);
        if (d) {
          this.deferred.delete(item.path);
          this.enqueueEvent(d.path, d.firstEventAt);
        }
        this.pump();
      });
      this.inFlight.set(item.path, p);
    }
  }

  // ------------------------------------------------------------------ one file

  private async process(item: QueueItem): Promise<void> {
    const set = this.active;
    set.refs++;
    const path = item.path;
    const pendingMark = this.state.lastPendingSeq;
    try {
      let st1;
      try {
        st1 = await lstat(path);
      } catch (e) {
        if (errCode(e) === 'ENOENT') return this.gone(path);
        return await this.decide(set, item, failedVerdict(path, 0, 'read-error', errCode(e), 0), null, { size: 0, mtimeMs: 0, ino: 0, uid: -1 }, pendingMark);
      }
      if (!st1.isFile()) {
        this.state.clearPending(path, pendingMark);
        return; // symlinks are not followed; a directory or device has no content
      }
      const row = this.state.get(path);
      if (row && row.gen === set.gen && sameStat(row, st1)) {
        this.state.clearPending(path, pendingMark); // a duplicate event: already decided
        return;
      }
      let sha: string | null = null;
      try {
        sha = await sha256File(path);
      } catch (e) {
        // Unreadable: the worker will say read-error too, and policy decides.
        this.log.warn({ event: 'file.unreadable', path, code: errCode(e) }, `cannot read ${scrub(path)}: ${errCode(e)}`);
      }
      if (row && sha !== null && row.sha256 === sha && row.gen === set.gen) {
        this.state.touch(path, st1, pendingMark); // touched or rewritten with the same bytes
        this.metrics.skippedUnchanged.inc();
        return;
      }
      const t0 = performance.now();
      const verdict = await set.pool.scan({ kind: 'file', path }, path, {}, st1.size);
      this.metrics.scanSeconds.observe((performance.now() - t0) / 1000);
      if (this.phase === 'stopped') return;
      let st2;
      try {
        st2 = await lstat(path);
      } catch (e) {
        // Vanished mid-scan: whatever the verdict said is about bytes that are gone.
        this.metrics.rescans.inc();
        if (errCode(e) === 'ENOENT') return this.gone(path);
        throw e;
      }
      if (!sameStat(st1, st2)) {
        // Changed mid-scan: the verdict may describe half a file. Never record it; wait and scan again.
        this.metrics.rescans.inc();
        this.log.info({ event: 'file.changed-mid-scan', path }, 'changed while scanned; will scan again');
        this.retry(path);
        return;
      }
      this.metrics.filesScanned.inc();
      this.metrics.bytesScanned.inc(verdict.bytes);
      await this.decide(set, item, verdict, sha, st1, pendingMark);
    } catch (e) {
      this.metrics.errors.inc({ kind: 'process' });
      this.log.error({ event: 'file.error', path, error: (e as Error).message }, `processing failed: ${(e as Error).message}`);
      if (this.phase === 'ok') this.spill([path]);
    } finally {
      set.refs--;
      this.maybeCloseRetired();
    }
  }

  private async decide(
    set: ActiveSet,
    item: QueueItem,
    verdict: Verdict,
    sha: string | null,
    st: { size: number; mtimeMs: number; ino: number; uid: number },
    pendingMark: number,
  ): Promise<void> {
    const owner = st.uid >= 0 ? ownerName(st.uid) : undefined;
    // A list cut into files of a few rows each: the records of the owner's pieces on the shares in the
    // last 24 h, with this file's. A file that is a list on its own is the per-file rules' to decide.
    const fps = verdict.sensitivity === 'secret' ? [] : (verdict.recordFingerprints ?? []);
    const counted = owner !== undefined && fps.length > 0 && this.ownerWindow ? this.ownerWindow.countWith(owner, fps) : undefined;
    const subject = { kind: 'file' as const, path: item.path, ...(owner !== undefined ? { owner } : {}), ...(counted !== undefined ? { ownerRecords24h: counted } : {}) };
    const decision = evaluate(set.policy, verdict, 'file', subject);
    const result = await act(this.ctx, verdict, decision, subject, sha);
    // What stays on the share counts for its owner; what was quarantined did not get out.
    if (owner !== undefined && fps.length > 0 && result.kind === 'done' && !removesFile(decision)) this.ownerWindow?.record(owner, fps);
    if (result.kind === 'changed') {
      this.metrics.rescans.inc();
      this.retry(item.path);
      return;
    }
    if (removesFile(decision)) this.metrics.quarantines.inc({ result: result.kind === 'done' ? 'ok' : 'failed' });
    if (this.phase === 'stopped') return;
    const quarantineId = result.kind === 'done' ? (result.quarantineId ?? null) : null;
    // A quarantine that failed is not a decision to stand by: no generation, so the
    // file's next event scans and acts again instead of being skipped as decided.
    const gen = result.kind === 'failed' ? '' : set.gen;
    this.state.record(
      {
        path: item.path,
        size: st.size,
        mtimeMs: st.mtimeMs,
        ino: st.ino,
        sha256: sha,
        sensitivity: verdict.sensitivity,
        action: decision.action,
        rules: decision.reasons.map((r) => r.rule),
        unscannable: verdict.unscannable.map((u) => u.reason),
        gen,
        quarantineId,
        decidedAt: Date.now(),
        verdictJson: verdictSummary(verdict),
      },
      pendingMark,
    );
    this.metrics.verdicts.inc({ sensitivity: verdict.sensitivity, action: decision.action });
    const latency = (Date.now() - item.firstEventAt) / 1000;
    this.metrics.eventToVerdictSeconds.observe(latency);
    this.log.info(
      {
        event: 'file.decided',
        path: item.path,
        bytes: verdict.bytes,
        sensitivity: verdict.sensitivity,
        records: verdict.records,
        action: decision.action,
        rules: decision.reasons.map((r) => r.rule),
        unscannable: verdict.unscannable.map((u) => u.reason),
        ...(quarantineId ? { quarantineId } : {}),
        ms: verdict.ms,
        latencyMs: Math.round(latency * 1000),
      },
      `${decision.action} ${verdict.sensitivity}`,
    );
  }

  // ------------------------------------------------------------------ reload

  private watchConfigFiles(): void {
    const policies = this.cfg.policies ?? [defaultPolicyPath()];
    const rulesDir = resolve(this.cfg.rulesDir ?? defaultRulesDir());
    const files = new Set(policies.map((p) => resolve(p)));
    // Watch the directories: editors replace files by rename, which a watch on the file itself loses.
    const dirs = [...new Set([...policies.map((p) => dirname(resolve(p))), rulesDir])];
    const relevant = (p: string) => files.has(p) || p === rulesDir || p.startsWith(`${rulesDir}/`) || dirs.includes(p);
    const w = watch(dirs, { ignoreInitial: true, persistent: true, followSymlinks: false, ignored: (p: string) => !relevant(resolve(p)) });
    w.on('all', (_ev, p) => {
      if (!relevant(resolve(p)) || dirs.includes(resolve(p))) return;
      clearTimeout(this.reloadTimer);
      this.reloadTimer = setTimeout(() => void this.reload('file-change'), 300);
    });
    w.on('error', (e) => this.log.warn({ event: 'reload.watch-error', error: String(e) }, 'cannot watch rule/policy files'));
    this.reloadWatcher = w;
  }

  /** Load, validate, self-test and swap in the rule packs and policies; keep the old set on any failure. */
  reload(trigger: 'sighup' | 'file-change' | 'api'): Promise<boolean> {
    const run = async (): Promise<boolean> => {
      if (this.phase !== 'ok') return false;
      const t0 = performance.now();
      let next: ActiveSet;
      try {
        next = await buildSet(this.setSpec(), this.active);
      } catch (e) {
        const error = (e as Error).message ?? String(e);
        this.metrics.reloads.inc({ result: 'rejected' });
        this.log.error({ event: 'reload.rejected', trigger, error, gen: this.active.gen }, `reload rejected, keeping the running rules and policy: ${error}`);
        await appendAudit(this.home, { event: 'daemon.reload', details: { trigger, ok: false, error: scrub(error), kept: this.active.gen } }).catch((e: unknown) => this.auditFailed(e));
        return false;
      }
      if (this.phase !== 'ok') {
        if (next.pool !== this.active.pool) await next.pool.close();
        return false;
      }
      const old = this.active;
      this.active = next; // new scans take the new set; running ones finish with the old
      if (old.pool !== next.pool) this.retired.add(old);
      this.maybeCloseRetired();
      this.warnNotifiers(next);
      this.metrics.reloads.inc({ result: 'ok' });
      this.log.info(
        { event: 'reload.ok', trigger, gen: next.gen, previous: old.gen, newPool: old.pool !== next.pool, ms: Math.round(performance.now() - t0) },
        'rules and policy reloaded',
      );
      await appendAudit(this.home, { event: 'daemon.reload', details: { trigger, ok: true, gen: next.gen, previous: old.gen, policy: next.policy.name } }).catch((e: unknown) => this.auditFailed(e));
      return true;
    };
    const p = this.reloadChain.then(run, run);
    this.reloadChain = p;
    return p;
  }

  private maybeCloseRetired(): void {
    for (const s of this.retired) {
      if (s.refs > 0) continue;
      this.retired.delete(s);
      void s.pool.close().catch(() => {});
    }
  }

  // ------------------------------------------------------------------ stop

  /** Stop accepting events, let in-flight scans finish (bounded), checkpoint the rest, flush. */
  stop(reason = 'SIGTERM'): Promise<void> {
    this.stopping ??= this.doStop(reason);
    return this.stopping;
  }

  private async doStop(reason: string): Promise<void> {
    if (this.phase === 'new') {
      this.phase = 'stopped';
      return;
    }
    const wasStarted = this.state !== undefined;
    this.phase = 'stopping';
    const t0 = performance.now();
    clearTimeout(this.reloadTimer);
    clearInterval(this.rescanTimer);
    await Promise.all([...this.watchers.map((w) => w.close()), this.reloadWatcher?.close()]);
    let checkpointed = 0;
    if (wasStarted) {
      const left = [...this.settler.close(), ...this.queue.drain().map((i) => i.path), ...this.deferred.keys()];
      this.deferred.clear();
      this.state.markPending(left);
      checkpointed += left.length;
    } else this.settler.close();
    await this.reconciling.catch(() => undefined);
    // In-flight scans get stopTimeoutMs; whatever is still running then is checkpointed.
    const running = [...this.inFlight.values()];
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([Promise.allSettled(running), new Promise((r) => (timer = setTimeout(r, this.cfg.stopTimeoutMs)))]);
    clearTimeout(timer);
    const unfinished = [...this.inFlight.keys()];
    if (wasStarted && unfinished.length) {
      this.state.markPending(unfinished);
      checkpointed += unfinished.length;
    }
    await reloadSettled(this.reloadChain);
    const pools = new Set([this.active?.pool, ...[...this.retired].map((s) => s.pool)].filter((p) => p !== undefined));
    await Promise.all([...pools].map((p) => p.close().catch(() => {})));
    await this.emitter?.close(5_000);
    await this.metricsServer?.close();
    if (wasStarted) {
      await appendAudit(this.home, { event: 'daemon.stop', details: { reason, checkpointed, unfinished: unfinished.length } }).catch((e: unknown) => this.auditFailed(e));
      this.phase = 'stopped';
      this.state.close();
      this.ownerWindow?.close();
    }
    this.phase = 'stopped';
    this.log.info({ event: 'daemon.stopped', reason, checkpointed, unfinished: unfinished.length, ms: Math.round(performance.now() - t0) }, 'listguard daemon stopped');
  }
}

const reloadSettled = (p: Promise<unknown>) => p.then(() => undefined, () => undefined);
