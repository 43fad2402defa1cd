import { describe, expect, it } from 'vitest';
import { COMMANDS } from './main.js';

describe('command table', () => {
  it.each(COMMANDS.map((c) => [c.name, c] as const))('%s: name and summary are the module’s own', async (_name, entry) => {
    const command = await entry.load();
    expect({ name: command.name, summary: command.summary }).toEqual({ name: entry.name, summary: entry.summary });
  });

  it('is sorted by name', () => {
    const names = COMMANDS.map((c) => c.name);
    expect(names).toEqual([...names].sort());
  });
});
