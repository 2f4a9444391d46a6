// Compiling the per-account signature pattern. Patterns come from account settings, so a typo must fail
// loudly with the pattern in the message rather than silently attribute nothing.

/** METRICS.md default: `^RR`, `-Becky`, `– Anna` at the very end of the (normalised) text. */
export const DEFAULT_SIGNATURE_PATTERN = '(?:\\^|-|\\u2013)\\s?([A-Z][A-Za-z]{1,11})$';

// Compiled once per pattern: attribution runs per outbound item, patterns are few. A RegExp without the
// g or y flag keeps no state between exec calls, so sharing it is safe.
const compiled = new Map<string, RegExp>();

/** Compiles a signature pattern (JavaScript regular expression source, no flags; group 1 = the signature). */
export function compileSignaturePattern(pattern: string | null): RegExp {
  const source = pattern === null || pattern.trim() === '' ? DEFAULT_SIGNATURE_PATTERN : pattern;
  const cached = compiled.get(source);
  if (cached) return cached;

  let regex: RegExp;
  try {
    regex = new RegExp(source);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`Invalid signature pattern ${JSON.stringify(source)}: ${reason}`, { cause: error });
  }
  // An alternation with the empty pattern always matches, which tells us how many groups the source has.
  const groups = new RegExp(`${source}|`).exec('')!.length - 1;
  if (groups < 1) {
    throw new Error(
      `Invalid signature pattern ${JSON.stringify(source)}: it needs a capturing group 1 for the signature`,
    );
  }
  compiled.set(source, regex);
  return regex;
}
