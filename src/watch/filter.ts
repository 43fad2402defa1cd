// Which paths under a root the daemon looks at. One pure function shared by
// the live watcher and the catch-up walk, so both see the same tree.
import { basename, relative, sep } from 'node:path';
import picomatch from 'picomatch';
import { isTombstoneName } from '../actions/tombstone.js';

export interface FilterOptions {
  root: string;
  /** Globs relative to the root; default everything. */
  include?: readonly string[];
  exclude?: readonly string[];
  /** Absolute paths never to look at or under: the home (quarantine, state.db, audit.log), log files. */
  ignore?: readonly string[];
}

/** Office owner/lock files and editor temp files: written around every save, never the document itself. */
export function isTempName(name: string): boolean {
  return (
    name.startsWith('~$') || // MS Office owner file: ~$report.xlsx
    (name.startsWith('.~lock.') && name.endsWith('#')) || // LibreOffice lock: .~lock.report.xlsx#
    /^~WR[LD]\d+\.tmp$/i.test(name) || // Word's save temp files
    name.includes('.listguard-release-') || // quarantine release in progress
    isTombstoneName(name)
  );
}

const under = (path: string, dir: string): boolean => path === dir || path.startsWith(dir.endsWith(sep) ? dir : dir + sep);

/** accept(path, isDir): true when the daemon should scan this file or descend into this directory. */
export function makeFilter(opts: FilterOptions): (path: string, isDir: boolean) => boolean {
  const include = opts.include?.length ? picomatch([...opts.include], { dot: true }) : () => true;
  const exclude = opts.exclude?.length ? picomatch([...opts.exclude], { dot: true }) : () => false;
  const ignore = opts.ignore ?? [];
  return (path, isDir) => {
    if (!under(path, opts.root)) return false; // never out of the root
    if (ignore.some((d) => under(path, d))) return false;
    if (path === opts.root) return true;
    const rel = relative(opts.root, path).split(sep).join('/');
    if (isDir) {
      // A directory is pruned when an exclude glob names it (`dir/**` matches `dir` too).
      return !exclude(rel);
    }
    if (isTempName(basename(path))) return false;
    return include(rel) && !exclude(rel);
  };
}
