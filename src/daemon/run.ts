// Run a daemon until SIGTERM/SIGINT; SIGHUP reloads rules and policies.
// Shared by `listguard daemon` and `listguard watch`.
import { makeLogger } from '../log/logger.js';
import type { CliIO } from '../cli/command.js';
import type { DaemonConfig } from './config.js';
import { Daemon } from './daemon.js';

export async function runDaemon(config: DaemonConfig, io: CliIO): Promise<number> {
  const logger = makeLogger({ destination: config.logFile ?? 2, level: config.logLevel, name: 'daemon' });
  const daemon = new Daemon({ config, env: io.env, logger });
  let resolveStop!: (signal: string) => void;
  const stopped = new Promise<string>((r) => (resolveStop = r));
  const onTerm = (sig: NodeJS.Signals) => resolveStop(sig);
  const onHup = () => void daemon.reload('sighup');
  process.on('SIGTERM', onTerm);
  process.on('SIGINT', onTerm);
  process.on('SIGHUP', onHup);
  try {
    try {
      await daemon.start();
    } catch (e) {
      await daemon.stop('start-failed').catch(() => {});
      throw e;
    }
    const signal = await stopped;
    await daemon.stop(signal);
    return 0;
  } finally {
    process.off('SIGTERM', onTerm);
    process.off('SIGINT', onTerm);
    process.off('SIGHUP', onHup);
    logger.flush();
    // Everything is closed; a library handle left open must not keep a stopped daemon alive.
    setTimeout(() => process.exit(), 3_000).unref();
  }
}
