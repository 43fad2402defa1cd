// Bundle the crash child once with esbuild (a vitest dependency) so each of
// the many spawns starts in milliseconds, then run it until it reaches the
// named step and SIGKILL it there.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tempDir } from '../support/temp-dir.js';

export async function buildChild(): Promise<string> {
  const { build } = await import('esbuild');
  const out = join(tempDir('lg-crash-bin-'), 'put-child.mjs');
  await build({
    entryPoints: [fileURLToPath(new URL('./put-child.ts', import.meta.url))],
    bundle: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    outfile: out,
    logLevel: 'silent',
  });
  return out;
}

export interface ChildRun {
  /** 'killed' when stopped at the step, 'done' when it finished, 'error' otherwise. */
  outcome: 'killed' | 'done' | 'error';
  output: string;
}

export function runUntil(script: string, env: Record<string, string>, timeoutMs = 15_000): Promise<ChildRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    let killed = false;
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`crash child timed out: ${output}`));
    }, timeoutMs);
    child.stdout.on('data', (c) => {
      output += String(c);
      if (!killed && output.includes('AT ')) {
        killed = true;
        child.kill('SIGKILL');
      }
    });
    child.stderr.on('data', (c) => (output += String(c)));
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      if (killed && signal === 'SIGKILL') resolve({ outcome: 'killed', output });
      else resolve({ outcome: code === 0 && output.includes('DONE') ? 'done' : 'error', output });
    });
  });
}
