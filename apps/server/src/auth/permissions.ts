// The permission matrix: the one table that says what each role may do. The guard reads it for every request,
// docs/api.md renders it (`renderPermissionTable`), and the e2e suite walks it row by row.

export const ROLES = ['admin', 'analyst', 'viewer', 'auditor'] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/** What each role stands for (docs and pages). */
export const ROLE_DESCRIPTIONS: Record<Role, string> = {
  admin: 'runs the workspace: accounts, credentials, roster, keys, and everything an analyst does',
  analyst: 'the consultant: imports data, issues reports, works incidents',
  viewer: 'the executive: reads numbers and reports, changes nothing',
  auditor: 'reconstructs the past: reads incidents, the audit log, runs and reports; never credentials',
};

const ALL: readonly Role[] = ROLES;
const ADMIN: readonly Role[] = ['admin'];
const WRITERS: readonly Role[] = ['admin', 'analyst'];

export const PERMISSIONS = {
  'workspace.read': { roles: ALL, what: 'see the workspace and its settings' },
  'workspace.write': { roles: ADMIN, what: 'change the name, time zone, language and report branding' },
  'accounts.read': { roles: ALL, what: 'list accounts and their settings' },
  'accounts.update': { roles: ADMIN, what: 'change an account (time zone, SLA, signature pattern, hours)' },
  'credentials.write': { roles: ADMIN, what: 'store platform credentials (write-only: never read back)' },
  'roster.read': { roles: ALL, what: 'operators, sourcing groups, assignments and shifts' },
  'roster.write': { roles: ADMIN, what: 'place operators in groups, add assignments and shifts' },
  'imports.read': { roles: ['admin', 'analyst', 'auditor'], what: 'import runs and their rejected rows' },
  'imports.write': { roles: WRITERS, what: 'upload twcs and roster files' },
  'runs.read': { roles: ['admin', 'analyst', 'auditor'], what: 'collection runs (data completeness)' },
  'metrics.read': { roles: ALL, what: 'query responsiveness metrics' },
  'reports.read': { roles: ALL, what: 'list, open and download reports; verify a copy' },
  'reports.issue': { roles: WRITERS, what: 'issue a monthly report' },
  'incidents.read': { roles: ALL, what: 'the incident register and timelines' },
  'incidents.write': { roles: WRITERS, what: 'report an incident, change its status' },
  'audit.read': { roles: ['admin', 'auditor'], what: 'the audit log' },
  'jobs.read': { roles: WRITERS, what: 'background jobs and their state' },
  'jobs.write': { roles: ADMIN, what: 'start or retry background jobs' },
  'cost-models.read': { roles: ['admin', 'analyst', 'viewer'], what: 'cost models of the sourcing groups' },
  'cost-models.write': { roles: ADMIN, what: 'change cost models' },
  'comparison.read': {
    roles: ['admin', 'analyst', 'viewer'],
    what: 'in-house against agencies with the recommendation (shows costs)',
  },
  'engine-settings.read': {
    roles: ALL,
    what: 'cadence plans, house styles, scorecard weights, holiday calendars (no costs)',
  },
  'engine-settings.write': { roles: ADMIN, what: 'change cadence plans, house styles, scorecard, holidays' },
  'members.read': { roles: ADMIN, what: 'who has access to the workspace' },
  'members.write': {
    roles: ADMIN,
    what: 'add people, change their roles, remove them (never the last admin)',
  },
  'api-keys.manage': { roles: ADMIN, what: 'create, list and revoke API keys' },
} as const satisfies Record<string, { roles: readonly Role[]; what: string }>;

export type Permission = keyof typeof PERMISSIONS;

export function can(role: Role, permission: Permission): boolean {
  return (PERMISSIONS[permission].roles as readonly Role[]).includes(role);
}

/** The permissions a role has, in table order (shown to the caller by GET /me). */
export function permissionsOf(role: Role): Permission[] {
  return (Object.keys(PERMISSIONS) as Permission[]).filter((p) => can(role, p));
}

/** The matrix as a Markdown table for docs/api.md. */
export function renderPermissionTable(): string {
  const header = `| permission | ${ROLES.join(' | ')} | what it allows |`;
  const rule = `| --- | ${ROLES.map(() => ':---:').join(' | ')} | --- |`;
  const rows = (Object.entries(PERMISSIONS) as [Permission, { roles: readonly Role[]; what: string }][]).map(
    ([name, p]) =>
      `| \`${name}\` | ${ROLES.map((r) => (p.roles.includes(r) ? '✓' : '–')).join(' | ')} | ${p.what} |`,
  );
  return [header, rule, ...rows].join('\n');
}
