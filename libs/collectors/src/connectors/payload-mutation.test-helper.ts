// Property-based mutations of real platform payloads for the parser fuzz specs: records truncated, reordered
// and doubled, fields dropped or given the wrong type, text garbled by a wrong encoding. A parser passes when
// it never throws anything but "not a page" and accounts for every record it read: stored, skipped or rejected.
import fc from 'fast-check';
import type { StreamPage } from './connector.types.js';

export type Mutation =
  | { op: 'drop'; at: number }
  | { op: 'retype'; at: number; value: unknown }
  | { op: 'double'; at: number }
  | { op: 'shuffle'; at: number; seed: number }
  | { op: 'truncate'; at: number; keep: number }
  | { op: 'garble'; at: number };

const wrongValue = fc.oneof(
  fc.constant(null),
  fc.integer(),
  fc.double(),
  fc.string(),
  fc.boolean(),
  fc.constant([]),
  fc.constant({}),
  fc.constant('\u0000'),
  fc.constant(-1),
  fc.constant(1e20),
  fc.constant('2021-13-45T99:99:99Z'),
  fc.constant('0001-01-01T00:00:00Z'),
  fc.constant('9999-12-31T23:59:59.999999Z'),
);

export const mutations: fc.Arbitrary<Mutation[]> = fc.array(
  fc.oneof(
    fc.record({ op: fc.constant('drop' as const), at: fc.nat() }),
    fc.record({ op: fc.constant('retype' as const), at: fc.nat(), value: wrongValue }),
    fc.record({ op: fc.constant('double' as const), at: fc.nat() }),
    fc.record({ op: fc.constant('shuffle' as const), at: fc.nat(), seed: fc.nat() }),
    fc.record({ op: fc.constant('truncate' as const), at: fc.nat(), keep: fc.nat({ max: 5 }) }),
    fc.record({ op: fc.constant('garble' as const), at: fc.nat() }),
  ),
  { minLength: 1, maxLength: 8 },
);

interface Slot {
  parent: Record<string, unknown> | unknown[];
  key: string | number;
}

/** Applies the mutations to a deep copy of `root` (the root itself may be replaced). */
export function mutate(root: unknown, list: Mutation[]): unknown {
  const holder: Record<string, unknown> = { root: structuredClone(root) };
  for (const m of list) {
    const slots = collectSlots(holder);
    const slot = slots[m.at % slots.length];
    const value = (slot.parent as Record<string | number, unknown>)[slot.key];
    switch (m.op) {
      case 'drop':
        if (Array.isArray(slot.parent)) slot.parent.splice(Number(slot.key), 1);
        else if (slot.parent !== holder) delete (slot.parent as Record<string, unknown>)[slot.key];
        break;
      case 'retype':
        (slot.parent as Record<string | number, unknown>)[slot.key] = structuredClone(m.value);
        break;
      case 'double':
        if (Array.isArray(slot.parent)) slot.parent.splice(Number(slot.key), 0, structuredClone(value));
        else if (slot.parent !== holder) {
          // A field written twice with another field's value (JSON keeps the last of duplicate keys).
          const keys = Object.keys(slot.parent);
          const other = keys[(keys.indexOf(String(slot.key)) + 1) % keys.length];
          (slot.parent as Record<string, unknown>)[other] = structuredClone(value);
        }
        break;
      case 'shuffle':
        if (Array.isArray(value)) shuffle(value, m.seed);
        break;
      case 'truncate':
        if (Array.isArray(value)) value.length = Math.min(value.length, m.keep);
        else if (typeof value === 'string')
          (slot.parent as Record<string | number, unknown>)[slot.key] = value.slice(0, m.keep);
        break;
      case 'garble':
        // UTF-8 read as Latin-1: what a wrong encoding does to text.
        if (typeof value === 'string') {
          (slot.parent as Record<string | number, unknown>)[slot.key] = Buffer.from(value, 'utf8').toString(
            'latin1',
          );
        }
        break;
    }
  }
  return holder.root;
}

function collectSlots(holder: Record<string, unknown>): Slot[] {
  const slots: Slot[] = [{ parent: holder, key: 'root' }];
  const visit = (value: unknown, depth: number) => {
    if (depth > 12 || typeof value !== 'object' || value === null) return;
    const entries: [string | number, unknown][] = Array.isArray(value)
      ? value.map((v, i) => [i, v])
      : Object.entries(value);
    for (const [key, child] of entries) {
      slots.push({ parent: value as Record<string, unknown>, key });
      visit(child, depth + 1);
    }
  };
  visit(holder.root, 0);
  return slots;
}

function shuffle(list: unknown[], seed: number): void {
  let s = seed || 1;
  for (let i = list.length - 1; i > 0; i -= 1) {
    s = (s * 1103515245 + 12345) % 2147483648;
    const j = s % (i + 1);
    [list[i], list[j]] = [list[j], list[i]];
  }
}

/** What is wrong with a parsed page: a record neither stored, skipped nor rejected, or a malformed fact. */
export function accountingProblems(page: StreamPage): string[] {
  const problems: string[] = [];
  const skipped = Object.values(page.skipped).reduce((a, b) => a + b, 0);
  const accounted = page.outbound.length + page.inbound.length + skipped + page.rejected.length;
  if (accounted !== page.read) problems.push(`read ${page.read} records but accounted for ${accounted}`);
  for (const item of [...page.outbound, ...page.inbound]) {
    if (typeof item.externalId !== 'string' || item.externalId === '')
      problems.push('an item without external id');
    if (Number.isNaN(item.createdAt.getTime())) problems.push(`${item.externalId}: invalid createdAt`);
    if (typeof item.text !== 'string' || item.text.includes('\u0000'))
      problems.push(`${item.externalId}: text not storable`);
  }
  for (const r of page.engagement) {
    for (const n of [r.reactions, r.replies, r.reposts, r.quotes, r.saves, r.impressions]) {
      if (!(n === null || (Number.isInteger(n) && n >= 0 && n <= 2_147_483_647)))
        problems.push(`${r.externalId}: count ${n}`);
    }
  }
  for (const r of page.rejected)
    if (!(r.record > 0)) problems.push(`rejection without a record number: ${r.reason}`);
  return problems;
}

/** Runs `parse` on mutated copies of `payload`: it may refuse the whole page (TypeError) but nothing else. */
export function fuzzParser(payload: unknown, parse: (body: unknown) => StreamPage, numRuns = 120): void {
  fc.assert(
    fc.property(mutations, (list) => {
      let page: StreamPage;
      try {
        page = parse(mutate(payload, list));
      } catch (error) {
        if (error instanceof TypeError) return;
        throw error;
      }
      const problems = accountingProblems(page);
      if (problems.length > 0) throw new Error(problems.join('; '));
    }),
    { numRuns, seed: 20261120 },
  );
}
