#!/usr/bin/env node
// The built CLI lives in dist/ (npm install runs the build via `prepare`).
import { main } from '../dist/src/cli/main.js';

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
