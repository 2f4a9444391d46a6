// What each platform's connector reads from an account's connection: the secret fields (stored encrypted)
// and the plain settings. The command line and the API both take credentials by these names.

/** Per platform: the secret fields (the first is required), the settings, and settings that are required. */
export const CREDENTIAL_FIELDS: Record<
  string,
  { secret: string[]; settings: string[]; required?: string[] }
> = {
  x: { secret: ['token'], settings: [] },
  facebook: { secret: ['token'], settings: [] },
  instagram: { secret: ['token'], settings: [] },
  mastodon: { secret: ['token'], settings: ['instanceUrl'], required: ['instanceUrl'] },
  bluesky: { secret: ['appPassword', 'identifier'], settings: ['pdsUrl'] },
};
