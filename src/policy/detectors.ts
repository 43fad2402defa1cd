// Detector ids a policy may name (DESIGN.md "Stable identifiers"). A policy
// that names an id no rule pack produces would silently never fire, so an
// unknown id is a load error. Kept as data so the loader can later take the
// list from the loaded rule packs instead (parsePolicy's `detectors` option).
export const KNOWN_DETECTORS = [
  'bank_card',
  'cn_landline',
  'cn_mobile',
  'cn_passport',
  'cn_resident_id',
  'cn_travel_permit',
  'cn_uscc',
  'customer_match',
  'email',
  'hk_id',
  'mo_id',
  'person_name_zh',
] as const;

export type KnownDetector = (typeof KNOWN_DETECTORS)[number];
