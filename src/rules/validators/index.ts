/**
 * The validator registry: the one place a validator is added. Keys are the
 * names rule packs use (`validator: cn_mobile`); each lives in the file of the
 * same name in kebab case with its test beside it (registry.test.ts enforces
 * both and the sort order). Schema enums derive from VALIDATOR_NAMES.
 */
import { bankCard } from './bank-card.js';
import { cnLandline } from './cn-landline.js';
import { cnMobile } from './cn-mobile.js';
import { cnPassport } from './cn-passport.js';
import { cnResidentId15 } from './cn-resident-id-15.js';
import { cnResidentId } from './cn-resident-id.js';
import { cnTravelPermit } from './cn-travel-permit.js';
import { cnTwPermit } from './cn-tw-permit.js';
import { cnUscc } from './cn-uscc.js';
import { email } from './email.js';
import { hkId } from './hk-id.js';
import { moId } from './mo-id.js';
import type { Validator } from './types.js';

const REGISTRY = {
  bank_card: bankCard,
  cn_landline: cnLandline,
  cn_mobile: cnMobile,
  cn_passport: cnPassport,
  cn_resident_id: cnResidentId,
  cn_resident_id_15: cnResidentId15,
  cn_travel_permit: cnTravelPermit,
  cn_tw_permit: cnTwPermit,
  cn_uscc: cnUscc,
  email,
  hk_id: hkId,
  mo_id: moId,
} satisfies Record<string, Validator>;

export type ValidatorName = keyof typeof REGISTRY;

/** Typed by string so a lookup by a name from YAML yields `Validator | undefined`. */
export const VALIDATORS: Readonly<Record<string, Validator>> = Object.freeze(REGISTRY);

/** Sorted names, e.g. for `z.enum(VALIDATOR_NAMES)` in the rule-pack schema. */
export const VALIDATOR_NAMES = Object.keys(VALIDATORS) as [ValidatorName, ...ValidatorName[]];

export function isValidatorName(name: string): name is ValidatorName {
  return Object.hasOwn(VALIDATORS, name);
}

export type { Validator, ValidatorResult } from './types.js';
