import type { Validator } from './types.js';

/**
 * Passport numbers of the PRC, HKSAR and MSAR (cn-formats §6). No printed
 * check digit, so a well-formed number gets no opinion (the rule needs
 * context: 护照, Passport No. …); everything else is a definite no.
 */
const PATTERNS: readonly RegExp[] = [
  /^E[0-9]{8}$/, // ordinary e-passport 2012-2017
  /^E[A-HJ-NP-Z][0-9]{7}$/, // ordinary e-passport, letter series (no I, O)
  /^G[0-9]{8}$/, // pre-2012 ordinary passport (expired, still in records)
  /^[DSP]E[0-9]{7}$/, // diplomatic / service / public affairs
  /^K[0-9]{8}$/, // HKSAR
  /^KJ[0-9]{7}$/, // HKSAR
  /^MA[0-9]{7}$/, // MSAR
];

export const cnPassport: Validator = (text) => {
  const v = text.trim().toUpperCase();
  if (!PATTERNS.some((p) => p.test(v))) return { valid: false, note: 'not a passport-number pattern' };
  return { valid: undefined, value: v, note: 'passport pattern (no check digit): needs context' };
};
