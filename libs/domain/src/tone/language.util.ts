/** The primary language subtag, lower-cased: 'de-AT' and 'de_CH' → 'de', 'EN' → 'en'; null when unknown. */
export function baseLanguage(language: string | null | undefined): string | null {
  const base = language?.trim().toLowerCase().split(/[-_]/u)[0];
  return base ? base : null;
}
