// `bluesky:HANDLE` or `mastodon:@user@instance`: who a prospect audit looks at, checked before any request.

export type ProspectTarget =
  { platform: 'bluesky'; handle: string } | { platform: 'mastodon'; user: string; instance: string };

/** Bad input from the person at the terminal: the message says what was wrong and what is expected. */
export class ProspectInputError extends Error {}

const BLUESKY_HANDLE =
  /^(?=.{3,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;
const MASTODON_USER = /^[A-Za-z0-9_]{1,30}$/;
const HOST = /^(?=.{1,253}$)[A-Za-z0-9.-]+(?::\d{1,5})?$/;

export function parseProspectTarget(value: string): ProspectTarget {
  const match = /^(bluesky|mastodon):(.+)$/i.exec(value.trim());
  if (!match)
    throw new ProspectInputError(
      `"${value}": expected bluesky:HANDLE (e.g. bluesky:shop.bsky.social) or mastodon:@user@instance (e.g. mastodon:@shop@mastodon.social)`,
    );
  const platform = match[1].toLowerCase();
  const rest = match[2].trim();
  if (platform === 'bluesky') {
    const handle = rest.replace(/^@/, '').toLowerCase();
    if (!BLUESKY_HANDLE.test(handle))
      throw new ProspectInputError(
        `"${rest}" is not a Bluesky handle: a domain name such as shop.bsky.social (a DID is not accepted)`,
      );
    return { platform: 'bluesky', handle };
  }
  const parts = /^@?([^@\s]+)@([^@\s]+)$/.exec(rest);
  if (!parts || !MASTODON_USER.test(parts[1]) || !HOST.test(parts[2]))
    throw new ProspectInputError(
      `"${rest}" is not a Mastodon address: expected @user@instance, e.g. @shop@mastodon.social`,
    );
  return { platform: 'mastodon', user: parts[1], instance: parts[2].toLowerCase() };
}

/** How the target is written in reports: bluesky @shop.bsky.social, mastodon @shop@mastodon.social. */
export function describeTarget(target: ProspectTarget): string {
  return target.platform === 'bluesky' ? `@${target.handle}` : `@${target.user}@${target.instance}`;
}
