// External ids are unique per platform, not across accounts: two accounts on different platforms may
// both have an item "123". Keys therefore carry the account.
export function itemKey(accountId: string, externalId: string): string {
  return `${accountId}\u0000${externalId}`;
}
