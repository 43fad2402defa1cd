import { createHash, randomBytes } from 'node:crypto';
import { chmod, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { beforeEach, describe, expect, it } from 'vitest';
import { tempDir } from '../../test/support/temp-dir.js';
import { isActionError } from './errors.js';
import { initHome } from './home.js';
import { KEY_ENV, loadKeyring, readKeyFile } from './master-key.js';
import { LocalQuarantineStore, openLocalQuarantine, type QuarantinePut } from './quarantine-store.js';
import { quarantineFile } from './tombstone.js';

let home: string;
beforeEach(async () => {
  home = tempDir('lg-q-');
  await initHome(home);
});

const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');
const item = (content: QuarantinePut['content'], path = '/srv/share/list.xlsx'): QuarantinePut => ({
  content,
  channel: 'file',
  subject: { kind: 'file', path },
  reasons: [{ rule: 'default/secret-file', action: 'quarantine', reason: 'customer list' }],
  findings: [{ detector: 'cn_mobile', category: 'personal', count: 3, confidence: 'high', masked: ['138****5678'], locations: [] }],
});
async function readAll(r: Readable): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const c of r) parts.push(c as Buffer);
  return Buffer.concat(parts);
}
const code = async (p: Promise<unknown>) => {
  try {
    await p;
    return 'resolved';
  } catch (e) {
    return isActionError(e) ? e.code : String(e);
  }
};

describe('quarantine store', () => {
  it('round-trips bytes exactly from a buffer, a stream and an empty input', async () => {
    const store = openLocalQuarantine({ home, env: {} });
    for (const bytes of [randomBytes(70_000), Buffer.alloc(0), Buffer.from('一,二\n')]) {
      const id = await store.put(item(bytes));
      expect((await readAll(await store.open(id))).equals(bytes)).toBe(true);
      const meta = await store.show(id);
      expect(meta.sha256).toBe(sha(bytes));
      expect(meta.size).toBe(bytes.length);
    }
    const big = randomBytes(300_000);
    const id = await store.put(item(Readable.from([big.subarray(0, 1000), big.subarray(1000)])));
    expect(sha(await readAll(await store.open(id)))).toBe(sha(big));
    // content is not the plaintext
    const ct = await readFile(join(home, 'quarantine', id, 'content.bin'));
    expect(ct.includes(big.subarray(0, 64))).toBe(false);
    expect((await store.list()).map((m) => m.id)).toContain(id);
  });

  it('refuses a wrong key and tampered ciphertext, header or wrapped key', async () => {
    const store = openLocalQuarantine({ home, env: {} });
    const id = await store.put(item(randomBytes(5000)));
    const other = openLocalQuarantine({ home, env: { [KEY_ENV]: randomBytes(32).toString('base64') } });
    expect(await code(other.open(id))).toBe('E_KEY_UNKNOWN');

    const file = join(home, 'quarantine', id, 'content.bin');
    const orig = await readFile(file);
    for (const pos of [100, 5, orig.length - 3]) {
      const t = Buffer.from(orig);
      t[pos]! ^= 1;
      await writeFile(file, t);
      expect(await code(store.verify(id))).toBe('E_TAMPERED');
    }
    await writeFile(file, orig);
    await store.verify(id);

    const metaFile = join(home, 'quarantine', id, 'meta.json');
    const meta = JSON.parse(await readFile(metaFile, 'utf8'));
    const wk = Buffer.from(meta.crypto.wrappedKey.data, 'base64');
    wk[0]! ^= 1;
    meta.crypto.wrappedKey.data = wk.toString('base64');
    await writeFile(metaFile, JSON.stringify(meta));
    expect(await code(new LocalQuarantineStore({ dir: join(home, 'quarantine'), keyring: () => loadKeyring(home, {}) }).open(id))).toBe('E_TAMPERED');
  });

  it('enforces key file mode 0600 and explains a missing key', async () => {
    await chmod(join(home, 'quarantine.key'), 0o644);
    const err = await readKeyFile(join(home, 'quarantine.key')).catch((e: Error) => e);
    expect(isActionError(err, 'E_KEY_PERMS')).toBe(true);
    expect((err as Error).message).toContain(`chmod 600 ${join(home, 'quarantine.key')}`);
    const store = openLocalQuarantine({ home, env: {} });
    expect(await code(store.put(item(Buffer.from('x'))))).toBe('E_KEY_PERMS');

    const empty = tempDir('lg-nokey-');
    const e2 = await loadKeyring(empty, {}).catch((e: Error) => e);
    expect(isActionError(e2, 'E_KEY_MISSING')).toBe(true);
    expect((e2 as Error).message).toMatch(/listguard init.*LISTGUARD_QUARANTINE_KEY/);
    const e3 = await loadKeyring(empty, { [KEY_ENV]: 'c2hvcnQ=' }).catch((e: Error) => e);
    expect(isActionError(e3, 'E_KEY_INVALID')).toBe(true);
    expect((e3 as Error).message).not.toContain('c2hvcnQ=');
  });

  it('works with a key from the environment only', async () => {
    const key = randomBytes(32).toString('base64');
    const bare = tempDir('lg-env-');
    const store = openLocalQuarantine({ home: bare, env: { [KEY_ENV]: key } });
    const id = await store.put(item(Buffer.from('abc')));
    expect((await readAll(await store.open(id))).toString()).toBe('abc');
    expect(await code(store.rekey())).toBe('E_REKEY_ENV');
  });

  it('releases to the original path (mode kept), refuses to overwrite, needs --to for mail', async () => {
    const dir = tempDir('lg-share-');
    const path = join(dir, '客户名单.csv');
    const bytes = Buffer.from('姓名,手机\n张三,13800000000\n');
    await writeFile(path, bytes, { mode: 0o640 });
    const store = openLocalQuarantine({ home, env: {} });
    const r = await quarantineFile(store, path, { reasons: item('').reasons, findings: [] });
    expect(await stat(path).catch(() => null)).toBeNull();
    const tomb = await readFile(r.tombstone, 'utf8');
    expect(tomb).toContain(r.id);
    expect(tomb).toContain('default/secret-file');
    expect(tomb).toMatch(/隔离/);

    const rel = await store.release(r.id);
    expect(rel.path).toBe(path);
    expect((await readFile(path)).equals(bytes)).toBe(true);
    expect((await stat(path)).mode & 0o777).toBe(0o640);
    expect(await code(store.release(r.id))).toBe('E_EXISTS');
    const other = join(dir, 'copy.csv');
    await store.release(r.id, { to: other });
    expect((await readFile(other)).equals(bytes)).toBe(true);

    const mailId = await store.put({ ...item(Buffer.from('eml')), channel: 'smtp', subject: { kind: 'mail', sender: 'a@corp.cn', recipients: ['b@x.com'], attachments: [] } });
    expect(await code(store.release(mailId))).toBe('E_NOT_FOUND');
    await store.delete(mailId);
    expect(await code(store.show(mailId))).toBe('E_NOT_FOUND');
    expect(await code(store.show('../../etc'))).toBe('E_BAD_ID');
    expect((await readdir(dir)).filter((n) => n.includes('listguard-release'))).toEqual([]);
  });

  it('lists and shows metadata without the key', async () => {
    const store = openLocalQuarantine({ home, env: {} });
    const id = await store.put(item(Buffer.from('abc')));
    await rm(join(home, 'quarantine.key'));
    const keyless = openLocalQuarantine({ home, env: {} });
    expect((await keyless.show(id)).subject).toEqual({ kind: 'file', path: '/srv/share/list.xlsx', name: 'list.xlsx' });
    expect(await code(keyless.open(id))).toBe('E_KEY_MISSING');
  });

  it('rekey rotates: items rewrapped, old key retired and useless', async () => {
    const store = openLocalQuarantine({ home, env: {} });
    const bytes = randomBytes(2000);
    const ids = [await store.put(item(bytes)), await store.put(item(bytes))];
    const oldRing = await readKeyFile(join(home, 'quarantine.key'));
    const oldKey = oldRing.keys.get(oldRing.current)!.toString('base64');
    const r = await store.rekey();
    expect(r).toMatchObject({ rotated: true, rewrapped: 2, retired: [oldRing.current] });
    const ring = await readKeyFile(join(home, 'quarantine.key'));
    expect([...ring.keys.keys()]).toEqual([r.keyId]);
    const fresh = openLocalQuarantine({ home, env: {} });
    for (const id of ids) {
      expect((await fresh.show(id)).keyId).toBe(r.keyId);
      expect((await readAll(await fresh.open(id))).equals(bytes)).toBe(true);
    }
    const withOld = openLocalQuarantine({ home, env: { [KEY_ENV]: oldKey } });
    expect(await code(withOld.open(ids[0]!))).toBe('E_KEY_UNKNOWN');
    expect((await stat(join(home, 'quarantine.key'))).mode & 0o777).toBe(0o600);
  });
});
