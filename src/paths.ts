// Where the package's own files are, from both src/ (vitest) and dist/src/ (built).
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let root: string | undefined;

export function packageRoot(): string {
  if (root) return root;
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const up = dirname(dir);
    if (up === dir) throw new Error('listguard package root not found');
    dir = up;
  }
  return (root = dir);
}

export const defaultRulesDir = (): string => join(packageRoot(), 'rules');
