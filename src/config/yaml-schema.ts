// One way to load every YAML file the security team edits (rule packs,
// policies, daemon config): parse with positions, validate with one zod
// schema, and turn the first problems into `file:line: field: message`.
import { isMap, LineCounter, parseDocument, type Document } from 'yaml';
import type { z } from 'zod';

export type PathSegment = string | number;

/** A problem in a file the user edits. The message already names file, line and field. */
export class ConfigError extends Error {
  override name = 'ConfigError';
  constructor(
    readonly file: string,
    readonly line: number,
    readonly field: string,
    readonly problem: string,
  ) {
    super(`${file}:${line}: ${field ? `${field}: ` : ''}${problem}`);
  }
}

/** Several problems at once (all of a file's schema issues). */
export class ConfigErrors extends Error {
  override name = 'ConfigErrors';
  constructor(readonly errors: ConfigError[]) {
    super(errors.map((e) => e.message).join('\n'));
  }
}

export interface LoadedYaml {
  doc: Document.Parsed;
  lines: LineCounter;
  file: string;
}

export function parseYaml(file: string, text: string): LoadedYaml {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  const first = doc.errors[0];
  if (first) {
    const line = first.linePos?.[0]?.line ?? lines.linePos(first.pos[0]).line;
    throw new ConfigError(file, line, '', first.message.split('\n')[0] ?? 'invalid YAML');
  }
  return { doc, lines, file };
}

/** Line of the node at `path`, or of the closest ancestor that exists. */
export function lineOf(y: LoadedYaml, path: readonly PathSegment[]): number {
  for (let n = path.length; n >= 0; n--) {
    const node = n === 0 ? y.doc.contents : y.doc.getIn(path.slice(0, n), true);
    const range = (node as { range?: [number, number, number] } | undefined)?.range;
    if (range) return y.lines.linePos(range[0]).line;
    // A key that exists with a null value has no node; point at its key.
    if (n > 0) {
      const parent = n === 1 ? y.doc.contents : y.doc.getIn(path.slice(0, n - 1), true);
      if (isMap(parent)) {
        const pair = parent.items.find((p) => (p.key as { value?: unknown })?.value === path[n - 1]);
        const keyRange = (pair?.key as { range?: [number, number, number] } | undefined)?.range;
        if (keyRange) return y.lines.linePos(keyRange[0]).line;
      }
    }
  }
  return 1;
}

export type DescribePath = (path: readonly PathSegment[], data: unknown) => string;

/** Default field naming: `a.b[2].c`. */
export const dottedPath: DescribePath = (path) =>
  path.reduce<string>((acc, seg) => (typeof seg === 'number' ? `${acc}[${seg}]` : acc ? `${acc}.${seg}` : seg), '');

/**
 * Parse and validate. Unknown keys must be rejected by the schema itself
 * (z.strictObject). Throws ConfigErrors naming file, line and field.
 */
export function loadYaml<S extends z.ZodType>(
  file: string,
  text: string,
  schema: S,
  describe: DescribePath = dottedPath,
): { value: z.output<S>; yaml: LoadedYaml } {
  const yaml = parseYaml(file, text);
  const data: unknown = yaml.doc.toJS({ maxAliasCount: 100 });
  const result = schema.safeParse(data);
  if (result.success) return { value: result.data, yaml };
  const errors = result.error.issues.map((issue) => {
    const path = issue.path.filter((p): p is PathSegment => typeof p !== 'symbol');
    // Unknown keys: point at the key itself, not at its parent map.
    const keys = issue.code === 'unrecognized_keys' ? (issue as { keys: string[] }).keys : [];
    const target = keys.length > 0 ? [...path, keys[0] as string] : path;
    const message =
      keys.length > 0 ? `unknown key${keys.length > 1 ? 's' : ''} ${keys.map((k) => `'${k}'`).join(', ')}` : issue.message;
    return new ConfigError(file, lineOf(yaml, target), describe(keys.length > 0 ? path : path, data), message);
  });
  throw new ConfigErrors(errors);
}
