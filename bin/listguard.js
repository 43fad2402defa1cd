#!/usr/bin/env node
// The built CLI lives in dist/ (npm install runs the build via `prepare`).
import { main } from '../dist/src/cli/main.js';

// A reader that goes away (`listguard scan dir | head`) is not a crash: the scan
// finishes, with its actions, and exits with its own code; the rest of its output is dropped.
process.stdout.on('error', (err) => {
  if (err.code !== 'EPIPE' && err.code !== 'ERR_STREAM_DESTROYED') throw err;
});

const io = { stdout: process.stdout, stderr: process.stderr, env: process.env, cwd: process.cwd() };
main(process.argv.slice(2), io).then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    process.stderr.write(`listguard: fatal: ${err?.message ?? err}\n`);
    process.exitCode = 2;
  },
);
