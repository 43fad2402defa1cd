import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { VALIDATORS, VALIDATOR_NAMES, isValidatorName } from './index.js';

const dir = fileURLToPath(new URL('.', import.meta.url));
const fileOf = (name: string) => name.replace(/_/g, '-');

describe('validator registry', () => {
  it('is sorted and frozen', () => {
    expect(VALIDATOR_NAMES).toEqual([...VALIDATOR_NAMES].sort());
    expect(Object.isFrozen(VALIDATORS)).toBe(true);
  });

  it.each(Object.keys(VALIDATORS))('%s has its module and a test beside it', (name) => {
    expect(existsSync(`${dir}${fileOf(name)}.ts`), `${fileOf(name)}.ts`).toBe(true);
    expect(existsSync(`${dir}${fileOf(name)}.test.ts`), `${fileOf(name)}.test.ts`).toBe(true);
  });

  it('has a README section per validator', async () => {
    const { readFileSync } = await import('node:fs');
    const readme = readFileSync(`${dir}README.md`, 'utf8');
    for (const name of VALIDATOR_NAMES) expect(readme, name).toContain(`## \`${name}\``);
  });

  it('lists every validator module in the folder', () => {
    // A module exporting a validator but missing from the registry is dead code
    // that rule packs cannot name; helpers are listed here explicitly.
    const helpers = new Set([
      'birth-date', 'card-iin', 'cn-area-codes', 'digits', 'index', 'luhn', 'mobile-prefixes', 'mod11-2',
      'regions', 'types',
    ]);
    const modules = readdirSync(dir)
      .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
      .map((f) => f.slice(0, -3))
      .filter((m) => !helpers.has(m));
    expect(modules.sort()).toEqual(VALIDATOR_NAMES.map(fileOf).sort());
  });

  it('answers name lookups from untrusted YAML safely', () => {
    expect(isValidatorName('cn_mobile')).toBe(true);
    expect(isValidatorName('toString')).toBe(false);
    expect(isValidatorName('constructor')).toBe(false);
    expect(VALIDATORS['nope']).toBeUndefined();
  });
});
