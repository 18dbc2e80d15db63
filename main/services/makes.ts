import { normaliseMake } from '../../shared/domain/identifiers';
import { canonicalMake } from '../../shared/domain/vendors';

/** The make as stored and shown: the vendor's one name (`Dell Inc.` -> `Dell`), an unknown make trimmed. */
export function storedMake(raw: string): string {
  return canonicalMake(raw);
}

/** The key duplicate detection compares: the canonical make, case folded. Works on makes stored before they were canonical. */
export function makeKeyOf(make: string): string {
  return normaliseMake(canonicalMake(make));
}
