import { isAllDigits } from './digits.js';

/**
 * Allocated mainland mobile prefixes (cn-formats §2.1, libphonenumber 1.13.16
 * metadata, checked): 130-139, 145, 147, 150-153, 155-159, 162, 165-167,
 * 170-173, 175-178, 180-189, 190-193, 195-199; 161 only as 1610 and 174 only
 * as 17400-17405 (satellite). 140-144/146/148/149 are data-only (IoT) ranges,
 * not people — treated as unallocated by policy.
 */
const THREE_DIGIT = new Set<string>([
  '130', '131', '132', '133', '134', '135', '136', '137', '138', '139',
  '145', '147',
  '150', '151', '152', '153', '155', '156', '157', '158', '159',
  '162', '165', '166', '167',
  '170', '171', '172', '173', '175', '176', '177', '178',
  '180', '181', '182', '183', '184', '185', '186', '187', '188', '189',
  '190', '191', '192', '193', '195', '196', '197', '198', '199',
]);

/** Every allocated 3-digit prefix, sorted; for generators and docs. */
export const ALLOCATED_MOBILE_PREFIXES: readonly string[] = [...THREE_DIGIT].sort();
/** Allocated only in part: 161 → 1610, 174 → 17400-17405. */
export const PARTIAL_MOBILE_PREFIXES: readonly string[] = [
  '1610', '17400', '17401', '17402', '17403', '17404', '17405',
];

export function isAllocatedMobile(d11: string): boolean {
  if (d11.length !== 11 || d11.charCodeAt(0) !== 49 || d11.charCodeAt(1) < 51 || !isAllDigits(d11)) return false;
  if (THREE_DIGIT.has(d11.slice(0, 3))) return true;
  if (d11.startsWith('1610')) return true;
  return /^1740[0-5]/.test(d11);
}
