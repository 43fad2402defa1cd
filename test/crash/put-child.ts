// Child process for the crash tests: runs put() or quarantineFile() and, at
// the step named by LISTGUARD_CRASH_AT, prints `AT <step>` and hangs until the
// parent SIGKILLs it. Not a test itself.
import { openLocalQuarantine, type PutStep } from '../../src/actions/quarantine-store.js';
import { quarantineFile } from '../../src/actions/tombstone.js';

const at = process.env.LISTGUARD_CRASH_AT ?? '';
const home = process.env.LISTGUARD_HOME ?? '';
const target = process.env.CRASH_TARGET ?? '';

async function stop(step: string) {
  if (step !== at) return;
  process.stdout.write(`AT ${step}\n`);
  await new Promise(() => setInterval(() => {}, 1000));
}

const store = openLocalQuarantine({ home, env: process.env, onStep: (s: PutStep) => stop(s) });
quarantineFile(store, target, {
  reasons: [{ rule: 'crash/test', action: 'quarantine', reason: 'crash test' }],
  findings: [],
  onStep: (s) => stop(s),
}).then(
  (r) => process.stdout.write(`DONE ${r.id}\n`),
  (e: Error) => {
    process.stdout.write(`ERROR ${e.message}\n`);
    process.exit(3);
  },
);
