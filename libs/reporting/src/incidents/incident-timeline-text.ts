// The words of an incident's timeline in the reader's language. The ledger writes its own events in English
// (`detected by sla-breach-streak`, `severity medium → high`, actor `detection (demo)`); the report translates
// the phrases it knows and names the rules in the locale. What a person wrote (a comment, a note after a
// status change, a reporter's name) is printed as written.
import type { LocaleCatalog } from '../locale/locale-catalog.js';

export interface TimelineEvent {
  type: string;
  actor: string;
  body: string | null;
  details?: Record<string, unknown>;
}

/** A detection rule's name (`sla-breach-streak`) in the locale; the id itself for a rule the locale lacks. */
export function ruleName(rule: string, catalog: LocaleCatalog): string {
  const key = `rules.${rule}`;
  return catalog.has(key) ? catalog.t(key) : rule;
}

/** `detection`, `detection (demo)`, `detection (cli:anna)` in the locale; people and keys as they are. */
export function actorName(actor: string, catalog: LocaleCatalog): string {
  if (actor === 'detection') return catalog.t('audit.actors.detection');
  const via = /^detection \((.+)\)$/.exec(actor)?.[1];
  if (via === undefined) return actor;
  return via === 'demo'
    ? catalog.t('audit.actors.detectionDemo')
    : catalog.t('audit.actors.detectionBy', { actor: via });
}

/** The event's text: the ledger's own phrases translated, anything else (comments, notes) as written. */
export function eventBody(event: TimelineEvent, catalog: LocaleCatalog): string | null {
  const body = event.body;
  if (body === null) return null;
  if (event.type === 'comment' || event.type === 'evidence' || event.type === 'reported') return body;
  if (event.type === 'detected') {
    const rules = /^detected by (.+)$/.exec(body)?.[1];
    return rules === undefined
      ? body
      : catalog.t('audit.eventBodies.detectedBy', { rules: ruleNames(rules, catalog) });
  }
  if (event.type === 'status') {
    const m = /^status (\w+) → (\w+)(?:: ([\s\S]*))?$/.exec(body);
    if (!m) return body;
    const text = catalog.t('audit.eventBodies.status', {
      from: statusName(m[1], catalog),
      to: statusName(m[2], catalog),
    });
    // The note is the person's own words.
    return m[3] === undefined ? text : `${text}: ${m[3]}`;
  }
  if (event.type === 'updated')
    return body
      .split('; ')
      .map((part) => updatePart(part, catalog))
      .join('; ');
  return body;
}

/** One change detection made to an incident (incident-plan.util.ts writes these). */
function updatePart(part: string, catalog: LocaleCatalog): string {
  const t = (key: string, params: Record<string, unknown> = {}) =>
    catalog.t(`audit.eventBodies.${key}`, params);
  let m = /^rules added: (.+)$/.exec(part);
  if (m) return t('rulesAdded', { rules: ruleNames(m[1], catalog) });
  m = /^hits updated: (.+)$/.exec(part);
  if (m) return t('hitsUpdated', { rules: ruleNames(m[1], catalog) });
  m = /^severity (\w+) → (\w+)$/.exec(part);
  if (m)
    return t('severity', {
      from: label('severities', m[1], catalog),
      to: label('severities', m[2], catalog),
    });
  m = /^kind (\w+) → (\w+)$/.exec(part);
  if (m)
    return t('kind', {
      from: label('incidentKinds', m[1], catalog),
      to: label('incidentKinds', m[2], catalog),
    });
  if (part === 'window extended') return t('windowExtended');
  if (part === 'contained: the item was deleted') return t('containedDeleted');
  return part;
}

function ruleNames(list: string, catalog: LocaleCatalog): string {
  return list
    .split(', ')
    .map((rule) => ruleName(rule, catalog))
    .join(', ');
}

function statusName(status: string, catalog: LocaleCatalog): string {
  return label('incidentStatuses', status, catalog);
}

function label(prefix: string, key: string, catalog: LocaleCatalog): string {
  const path = `${prefix}.${key}`;
  return catalog.has(path) ? catalog.t(path) : key;
}
