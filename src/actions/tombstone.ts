// File-channel quarantine: move a file into the encrypted store and leave a
// short bilingual note where it was. Order is the durability argument: the
// original is removed only after put() has committed and read the item back.
import { lstat, open, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { scrub } from '../log/mask.js';
import type { FindingSummary, Sensitivity } from '../types.js';
import { ActionError } from './errors.js';
import { fsyncPath } from './fs-sync.js';
import type { QuarantineStore } from './quarantine-store.js';
import type { Action, DecisionReason } from './types.js';

/** `report.xlsx` → `report.xlsx.quarantined.txt`; watchers must skip these names. */
export const TOMBSTONE_SUFFIX = '.quarantined.txt';
export const isTombstoneName = (name: string): boolean => /\.quarantined(?:-[0-9a-z-]+)?\.txt$/.test(name);

export interface QuarantineFileOptions {
  reasons: readonly DecisionReason[];
  findings: FindingSummary[];
  sensitivity?: Sensitivity;
  action?: Action;
  owner?: string;
  /** Test hook: called between the steps after put(). */
  onStep?: (step: 'tombstone-written' | 'original-removed') => void | Promise<void>;
}

export interface QuarantineFileResult {
  id: string;
  tombstone: string;
}

export function tombstoneText(p: { id: string; name: string; time: string; rules: string[] }): string {
  const rules = p.rules.length ? p.rules.join(', ') : '-';
  return [
    `此文件已被 listguard 数据防泄漏系统隔离。`,
    `This file was quarantined by listguard (data-loss prevention).`,
    ``,
    `原文件 / Original file: ${scrub(p.name)}`,
    `隔离编号 / Quarantine id: ${p.id}`,
    `时间 / Time: ${p.time}`,
    `原因（策略规则）/ Reason (policy rules): ${rules}`,
    ``,
    `文件已加密保存，未被删除。如需取回，请联系安全团队并提供隔离编号。`,
    `The file is stored encrypted, not destroyed. To get it back, contact the security team with the quarantine id.`,
    ``,
  ].join('\n');
}

async function writeTombstone(path: string, text: string, id: string): Promise<string> {
  // Never overwrite: an older tombstone (or a user's file) with that name stays.
  for (const candidate of [`${path}${TOMBSTONE_SUFFIX}`, `${path}.quarantined-${id}.txt`]) {
    try {
      const fh = await open(candidate, 'wx', 0o644);
      try {
        await fh.writeFile(text);
        await fh.sync();
      } finally {
        await fh.close();
      }
      return candidate;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
  }
  throw new ActionError('E_EXISTS', `tombstone for ${scrub(path)} already exists`);
}

export async function quarantineFile(
  store: QuarantineStore,
  path: string,
  opts: QuarantineFileOptions,
): Promise<QuarantineFileResult> {
  const before = await lstat(path);
  if (!before.isFile()) throw new ActionError('E_NOT_FOUND', `not a regular file: ${scrub(path)}`);
  const fh = await open(path, 'r');
  let id: string;
  try {
    id = await store.put({
      content: fh.createReadStream({ autoClose: false }),
      channel: 'file',
      subject: { kind: 'file', path, ...(opts.owner ? { owner: opts.owner } : {}) },
      reasons: opts.reasons,
      findings: opts.findings,
      mode: before.mode & 0o7777,
      ...(opts.sensitivity ? { sensitivity: opts.sensitivity } : {}),
      ...(opts.action ? { action: opts.action } : {}),
    });
  } finally {
    await fh.close();
  }
  // Someone wrote to or replaced the file while we copied it: the copy is stale,
  // deleting the original would lose the new bytes. Keep the original.
  const after = await lstat(path).catch(() => undefined);
  if (!after || after.ino !== before.ino || after.size !== before.size || after.mtimeMs !== before.mtimeMs) {
    await store.delete(id).catch(() => {});
    throw new ActionError('E_CHANGED', `${scrub(path)} changed while being quarantined; left in place`);
  }
  const meta = await store.show(id);
  const tombstone = await writeTombstone(
    path,
    tombstoneText({ id, name: basename(path), time: meta.time, rules: opts.reasons.map((r) => r.rule) }),
    id,
  );
  await opts.onStep?.('tombstone-written');
  await unlink(path);
  await fsyncPath(dirname(path) || join('.'));
  await opts.onStep?.('original-removed');
  return { id, tombstone };
}
