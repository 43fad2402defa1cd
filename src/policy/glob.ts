// Glob lists for policy conditions, compiled once at load (picomatch) so
// evaluation stays a cheap pure function.
import picomatch from 'picomatch';

export interface GlobList {
  /** As written in the policy, for explanations. */
  readonly patterns: readonly string[];
  readonly test: (value: string) => boolean;
}

export interface GlobOptions {
  /** Addresses and domains are case-insensitive; paths and owners are not. */
  nocase?: boolean;
}

/**
 * A pattern without '/' matches the last path segment (`*.xlsx` matches
 * `a/b/c.xlsx`), one with '/' the whole value. picomatch's own `basename`
 * option also rewrites patterns that do contain '/', so it is done here.
 * Dotfiles match: a hidden file is no less sensitive.
 */
export function compileGlobs(patterns: readonly string[], opts: GlobOptions = {}): GlobList {
  const pmOpts = { dot: true, nocase: opts.nocase ?? false };
  const whole = patterns.filter((p) => p.includes('/'));
  const base = patterns.filter((p) => !p.includes('/'));
  const matchWhole = whole.length > 0 ? picomatch(whole, pmOpts) : null;
  const matchBase = base.length > 0 ? picomatch(base, pmOpts) : null;
  return Object.freeze({
    patterns: Object.freeze([...patterns]),
    test: (value: string) => {
      if (matchWhole?.(value)) return true;
      if (!matchBase) return false;
      const slash = value.lastIndexOf('/');
      return matchBase(slash >= 0 ? value.slice(slash + 1) : value);
    },
  });
}
