// `listguard smtp` argument handling (the server itself: filter.test.ts and test/postfix).
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/cli/command.js';
import { smtpCommand } from '../../src/cli/commands/smtp.js';
import { parseHostPort } from '../../src/smtp/reinject.js';
import { tempDir } from '../support/temp-dir.js';

const io = (env: NodeJS.ProcessEnv = {}) => {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  stdout.on('data', (d: Buffer) => (out += d.toString()));
  return { io: { stdout, stderr, env, cwd: process.cwd() }, out: () => out };
};

describe('listguard smtp', () => {
  it('prints help with the defaults', async () => {
    const t = io();
    expect(await smtpCommand.run(['--help'], t.io)).toBe(0);
    expect(t.out()).toContain('127.0.0.1:10025');
    expect(t.out()).toContain('127.0.0.1:10026');
  });

  it('rejects bad options as usage errors', async () => {
    await expect(smtpCommand.run(['--listen', 'nope'], io().io)).rejects.toThrow(UsageError);
    await expect(smtpCommand.run(['--tls-key', 'k.pem'], io().io)).rejects.toThrow(/both --tls-key and --tls-cert/);
    await expect(smtpCommand.run(['--max-size', '-1'], io().io)).rejects.toThrow(/--max-size/);
    await expect(smtpCommand.run(['--bogus'], io().io)).rejects.toThrow(UsageError);
  });

  it('refuses to start without a quarantine key, saying to run listguard init', async () => {
    const home = tempDir('lg-smtp-cli-');
    await expect(smtpCommand.run([], io({ LISTGUARD_HOME: home }).io)).rejects.toThrow(/listguard init/);
  });

  it('parses HOST:PORT, bracketed too', () => {
    expect(parseHostPort('127.0.0.1:10026', 'x')).toEqual({ host: '127.0.0.1', port: 10026 });
    expect(parseHostPort('[::1]:25', 'x')).toEqual({ host: '::1', port: 25 });
    expect(() => parseHostPort('host:99999', 'x')).toThrow(/HOST:PORT/);
  });
});
