import { AsyncLocalStorage } from 'node:async_hooks';

/** Who is acting for the code running inside `withAuditActor`, and how many audit entries it has written. */
export interface AuditActorScope {
  actor: string;
  /** Audit entries recorded in this scope so far (the server records a fallback entry when none was). */
  recorded: number;
}

const scopes = new AsyncLocalStorage<AuditActorScope>();

/**
 * Runs `fn` with `actor` as the default actor of every audit entry it writes. The server wraps each request
 * in one, so that services that record without naming an actor (imports, issued reports, credentials) name
 * the user or API key behind the request instead of the server process.
 */
export function withAuditActor<T>(actor: string, fn: (scope: AuditActorScope) => T): T {
  const scope: AuditActorScope = { actor, recorded: 0 };
  return scopes.run(scope, () => fn(scope));
}

/** The scope of the code running now, if any. */
export function currentAuditScope(): AuditActorScope | undefined {
  return scopes.getStore();
}
