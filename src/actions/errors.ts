// Coded errors of the actions layer. Messages name paths, ids and key ids,
// never content or key material; the CLI prints them as they are.

export const ACTION_ERROR_CODES = [
  'E_AUDIT_LOCK',
  'E_BAD_ID',
  'E_CHANGED',
  'E_EXISTS',
  'E_KEY_INVALID',
  'E_KEY_MISSING',
  'E_KEY_PERMS',
  'E_KEY_UNKNOWN',
  'E_NOT_FOUND',
  'E_REKEY_ENV',
  'E_TAMPERED',
] as const;
export type ActionErrorCode = (typeof ACTION_ERROR_CODES)[number];

export class ActionError extends Error {
  override name = 'ActionError';
  constructor(
    readonly code: ActionErrorCode,
    message: string,
  ) {
    super(message);
  }
}

export const isActionError = (e: unknown, code?: ActionErrorCode): e is ActionError =>
  e instanceof ActionError && (code === undefined || e.code === code);
