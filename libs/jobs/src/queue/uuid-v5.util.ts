import { createHash } from 'node:crypto';

/** Namespace of Channel Ledger's job ids (a fixed random UUID: ids derived from it never clash with others). */
export const JOB_ID_NAMESPACE = '5b0e3c3e-8f0e-4d5c-9a59-2f8f6c8f3a11';

/**
 * RFC 9562 UUID version 5: the same name always gives the same id, so a schedule slot has one job id in every
 * process. Node's crypto has v4 only.
 */
export function uuidV5(name: string, namespace: string = JOB_ID_NAMESPACE): string {
  const ns = Buffer.from(namespace.replace(/-/g, ''), 'hex');
  if (ns.length !== 16) throw new Error(`not a UUID: ${namespace}`);
  const bytes = createHash('sha1').update(ns).update(name, 'utf8').digest().subarray(0, 16);
  bytes[6] = (bytes[6] & 0x0f) | 0x50;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
