// Who or what a decision is about. Plain data: the file daemon, the SMTP
// filter and the CLI each build one; the policy only reads it.

export interface FileSubject {
  kind: 'file';
  path: string;
  owner?: string;
  /**
   * Distinct records in this owner's pieces — files with records, none of
   * them secret on its own — left on the shares in the last 24 h, this
   * file's included, when the caller tracks it (the file daemon).
   */
  ownerRecords24h?: number;
}

export interface MailSubject {
  kind: 'mail';
  /** Envelope sender (MAIL FROM); '' for the null sender of bounces. */
  sender: string;
  /** Envelope recipients (RCPT TO). */
  recipients: readonly string[];
  /** Attachment file names as declared in the message. */
  attachments: readonly string[];
  /** Distinct records this sender sent in the last 24 h, when the caller tracks it. */
  senderRecords24h?: number;
}

export interface ScanSubject {
  kind: 'scan';
  path: string;
}

export type Subject = FileSubject | MailSubject | ScanSubject;

/** Lower-cased domain of an address, or null when it has none. */
export function domainOf(address: string): string | null {
  const at = address.lastIndexOf('@');
  if (at < 0) return null;
  const domain = address
    .slice(at + 1)
    .trim()
    .replace(/>$/, '')
    .replace(/\.$/, '')
    .toLowerCase();
  return domain.length > 0 ? domain : null;
}

/** `domain` is `base` or one of its subdomains (mail.corp.example under corp.example). */
const withinDomain = (domain: string, base: string): boolean => domain === base || domain.endsWith(`.${base}`);

/**
 * Whether a recipient is internal. With `internalDomains` configured, its
 * domain (or a subdomain) must be listed; with none configured, it must share
 * the sender's domain. Fails closed: no sender domain, no recipient domain →
 * external.
 */
export function isInternalRecipient(recipient: string, sender: string, internalDomains: readonly string[]): boolean {
  const domain = domainOf(recipient);
  if (domain === null) return false;
  if (internalDomains.length > 0) return internalDomains.some((d) => withinDomain(domain, d));
  const own = domainOf(sender);
  return own !== null && withinDomain(domain, own);
}
