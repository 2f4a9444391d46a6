import { compileSignaturePattern } from './signature-pattern.util.js';

// Twitter appends links for attached media or quoted tweets after what the agent typed, so real replies end
// "... ^RR https://t.co/znUu1VJn9r" (twcs sample, tweets 119238, 119327, 119329). METRICS.md matches the
// signature on the right-trimmed text; we also drop trailing http(s) links before matching, or the
// signature would never be at the end. A link is a whitespace-free token starting http:// or https://.
const TRAILING_LINK = /(?:^|\s+)https?:\/\/\S+$/;

/** Right-trimmed text without trailing links: the text the signature pattern is applied to. */
export function signatureText(text: string): string {
  let rest = text.trimEnd();
  while (TRAILING_LINK.test(rest)) rest = rest.replace(TRAILING_LINK, '').trimEnd();
  return rest;
}

/**
 * The signature at the end of an outbound item's text, or null. `pattern` is the account's override
 * (JavaScript regular expression source, group 1 = signature); null or blank uses the default pattern.
 * Throws, naming the pattern, when the pattern does not compile.
 */
export function extractSignature(text: string, pattern: string | null): string | null {
  const match = compileSignaturePattern(pattern).exec(signatureText(text));
  const signature = match?.[1]?.trim();
  return signature ? signature : null;
}
