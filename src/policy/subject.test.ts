import { describe, expect, it } from 'vitest';
import { domainOf, isInternalRecipient } from './subject.js';

describe('domainOf', () => {
  it.each([
    ['a@Corp.Example', 'corp.example'],
    ['<a@corp.example>', 'corp.example'],
    ['a@corp.example.', 'corp.example'],
    ['"odd@name"@corp.example', 'corp.example'],
    ['postmaster', null],
    ['a@', null],
    ['', null],
  ])('%j → %j', (addr, domain) => {
    expect(domainOf(addr)).toBe(domain);
  });
});

describe('isInternalRecipient', () => {
  it('listed domains and their subdomains, never look-alike suffixes', () => {
    const internal = ['corp.example'];
    expect(isInternalRecipient('x@corp.example', '', internal)).toBe(true);
    expect(isInternalRecipient('x@sh.corp.example', '', internal)).toBe(true);
    expect(isInternalRecipient('x@notcorp.example', '', internal)).toBe(false);
    expect(isInternalRecipient('x@corp.example.evil.cn', '', internal)).toBe(false);
  });

  it('without a list: the sender domain; without a sender domain: external', () => {
    expect(isInternalRecipient('x@corp.example', 'me@corp.example', [])).toBe(true);
    expect(isInternalRecipient('x@gmail.com', 'me@corp.example', [])).toBe(false);
    expect(isInternalRecipient('x@corp.example', '', [])).toBe(false);
  });
});
