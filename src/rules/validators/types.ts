/**
 * A validator confirms, rejects or has no opinion on a candidate (presidio's
 * tri-state), and normalizes it. It gets the matched text after NFKC (so
 * full-width digits are ASCII) with separators still in place.
 */
export interface ValidatorResult {
  /** true confirms, false drops the candidate, undefined: no opinion. */
  valid: boolean | undefined;
  /** Added to the rule's base confidence (0..100 scale); may be negative. */
  adjust?: number;
  /** Normalized value as in DESIGN.md's table (e.g. 11 digits for cn_mobile). */
  value?: string;
  /** Why, for `rules explain`-style output; never contains the value. */
  note?: string;
  /**
   * A value of the detector's kind that names no person (a function's
   * mailbox, service@…): reported as found, but no person field of a record
   * and no reason to read the words beside it as a name.
   */
  impersonal?: true;
}

export type Validator = (text: string) => ValidatorResult;
