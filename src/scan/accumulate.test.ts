import { describe, expect, it } from 'vitest';
import { ItemAccumulator } from './accumulate.js';

describe('ItemAccumulator.unscannable', () => {
  it('caps repeated problems but never drops a new reason', () => {
    const acc = new ItemAccumulator({ reveal: false });
    for (let i = 0; i < 500; i++) acc.unscannable({ reason: 'max-ratio', location: `bomb.zip!/m${i}` });
    acc.unscannable({ reason: 'encrypted', location: 'bomb.zip!/secret.xlsx' });
    expect(acc.problems).toHaveLength(101);
    expect(acc.problems.at(-1)).toEqual({ reason: 'encrypted', location: 'bomb.zip!/secret.xlsx' });
  });
});
