// The daemon's Prometheus metrics, on a registry of its own (no globals, so
// tests and several daemons in one process do not collide).
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

export interface MetricSources {
  queueDepth: () => number;
  queueHighWater: () => number;
  queueCapacity: () => number;
  pending: () => number;
  settling: () => number;
  inFlight: () => number;
  workerRestarts: () => number;
}

export class DaemonMetrics {
  readonly registry = new Registry();
  readonly filesScanned: Counter;
  readonly bytesScanned: Counter;
  readonly verdicts: Counter<'sensitivity' | 'action'>;
  readonly scanSeconds: Histogram;
  readonly eventToVerdictSeconds: Histogram;
  readonly rescans: Counter;
  readonly skippedUnchanged: Counter;
  readonly overflow: Counter;
  readonly missedEvents: Counter;
  readonly quarantines: Counter<'result'>;
  readonly reloads: Counter<'result'>;
  readonly errors: Counter<'kind'>;

  constructor(src: MetricSources) {
    const registers = [this.registry];
    collectDefaultMetrics({ register: this.registry, prefix: 'listguard_' });
    this.filesScanned = new Counter({ name: 'listguard_files_scanned_total', help: 'Files scanned', registers });
    this.bytesScanned = new Counter({ name: 'listguard_bytes_scanned_total', help: 'Bytes of files scanned', registers });
    this.verdicts = new Counter({
      name: 'listguard_verdicts_total',
      help: 'Decisions by sensitivity and enforced action',
      labelNames: ['sensitivity', 'action'],
      registers,
    });
    this.scanSeconds = new Histogram({
      name: 'listguard_scan_duration_seconds',
      help: 'Time to scan one file in the worker pool',
      buckets: [0.001, 0.005, 0.01, 0.05, 0.1, 0.5, 1, 5, 15, 60],
      registers,
    });
    this.eventToVerdictSeconds = new Histogram({
      name: 'listguard_event_to_verdict_seconds',
      help: 'From the first file event to the recorded decision (includes the write-settle wait)',
      buckets: [0.1, 0.25, 0.5, 1, 2, 5, 10, 30, 120],
      registers,
    });
    this.rescans = new Counter({ name: 'listguard_rescans_total', help: 'Files that changed or vanished mid-scan and were queued again', registers });
    this.skippedUnchanged = new Counter({
      name: 'listguard_unchanged_total',
      help: 'Files whose content hash was unchanged (touched, not modified): recorded without a scan',
      registers,
    });
    this.overflow = new Counter({
      name: 'listguard_queue_overflow_total',
      help: 'Paths that did not fit the scan queue and were recorded as pending in the state store',
      registers,
    });
    this.missedEvents = new Counter({
      name: 'listguard_missed_events_total',
      help: 'Changed files found by the periodic catch-up walk that no event had announced (e.g. inotify queue overflow)',
      registers,
    });
    this.quarantines = new Counter({ name: 'listguard_quarantines_total', help: 'Quarantine attempts', labelNames: ['result'], registers });
    this.reloads = new Counter({ name: 'listguard_reloads_total', help: 'Rule/policy reloads', labelNames: ['result'], registers });
    this.errors = new Counter({ name: 'listguard_errors_total', help: 'Errors by kind', labelNames: ['kind'], registers });
    const gauge = (name: string, help: string, read: () => number) =>
      new Gauge({
        name,
        help,
        registers,
        collect() {
          this.set(read());
        },
      });
    gauge('listguard_queue_depth', 'Paths waiting in the scan queue', src.queueDepth);
    gauge('listguard_queue_depth_max', 'Highest scan-queue depth since start', src.queueHighWater);
    gauge('listguard_queue_capacity', 'Scan-queue bound', src.queueCapacity);
    gauge('listguard_pending_paths', 'Paths waiting in the state store (queue overflow, checkpoints)', src.pending);
    gauge('listguard_settling_paths', 'Paths waiting for their writes to finish', src.settling);
    gauge('listguard_scans_in_flight', 'Files being scanned now', src.inFlight);
    gauge('listguard_worker_restarts', 'Scan workers replaced after a crash or timeout (current pool)', src.workerRestarts);
  }
}
