/**
 * The domain of an SPF include: a host name, except that underscores are legal (RFC 7208 §7.1
 * domain-spec; _spf.google.com, _netblocks.mimecast.com). Kept apart from validateDomainName,
 * which rightly refuses underscores in domains people add to Microsoft 365.
 */
import { validateDomainName } from '../net/hostname'
import type { Parsed } from '../net/parsed'
import { parsed } from '../net/parsed'

/** Validates an include domain, returned in lower case (IDN as punycode) with its underscores. */
export function validateSpfIncludeDomain(input: string): Parsed<string> {
  const text = input.trim()
  if (!text.includes('_')) return validateDomainName(text)
  // Check the name with each underscore read as a letter; then put the underscores back.
  const checked = validateDomainName(text.replace(/_/g, 'u'))
  if (!checked.ok) return checked
  const lowered = text.toLowerCase().replace(/\.$/, '')
  return /^[a-z0-9._-]+$/.test(lowered) ? parsed(lowered) : checked
}
