// Bluesky AppView and PDS replayed from ../shared/data/bluesky: response bodies of the AppView's own test
// snapshots, whose DIDs, record URIs and CIDs are placeholders (`user(0)`, `record(3)`, `cids(1)`). The
// @atproto/api client validates answers against the lexicons, so the replay turns each placeholder into a
// well-formed value: a user's DID is derived from their handle (stable across snapshots), records and CIDs
// from the snapshot and placeholder (stable within one). Timestamps stay 1970: structure, not timing.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { sharedDataFile } from '../shared-data.js';
import { pageOf, type ReplayServer } from '../replay-server.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

export const BLUESKY_FEED = "pds author feed views > pins > cannot pin someone else's post 1";
export const BLUESKY_FEED_WITH_REPOSTS =
  'pds author feed views > fetches full author feeds for self (sorted, minimal viewer state). 4';
export const BLUESKY_NOTIFICATIONS = 'notification views > fetches notifications without a last-seen 1';

export function readSnapshots(file: 'author-feed' | 'notifications'): Record<string, unknown> {
  return JSON.parse(fs.readFileSync(sharedDataFile(`bluesky/${file}.snapshots.json`), 'utf8')) as Record<
    string,
    unknown
  >;
}

/** The DID the replay gives the user with this handle. */
export function blueskyDid(handle: string): string {
  return `did:plc:${base32(sha256(`handle:${handle}`)).slice(0, 24)}`;
}

/** A snapshot body with its placeholders replaced by well-formed DIDs, at:// URIs and CIDs. */
export function realiseSnapshot(name: string, body: unknown): Json | Json[] {
  const users = new Map<string, string>();
  const owners = new Map<string, string>();
  const visit = (value: unknown) => {
    if (Array.isArray(value)) return value.forEach(visit);
    if (typeof value !== 'object' || value === null) return;
    const object = value as Json;
    if (typeof object.did === 'string' && typeof object.handle === 'string')
      users.set(object.did, blueskyDid(object.handle));
    if (typeof object.uri === 'string' && typeof object.author?.did === 'string')
      owners.set(object.uri, object.author.did);
    Object.values(object).forEach(visit);
  };
  visit(body);
  const did = (placeholder: string) =>
    users.get(placeholder) ?? `did:plc:${base32(sha256(`${name}#${placeholder}`)).slice(0, 24)}`;
  const text = JSON.stringify(body)
    .replace(
      /record\(\d+\)/g,
      (p) =>
        `at://${did(owners.get(p) ?? 'records')}/app.bsky.feed.post/3l${base32(sha256(`${name}#${p}`)).slice(0, 11)}`,
    )
    .replace(/user\(\d+\)/g, (p) => did(p))
    .replace(/cids\(\d+\)/g, (p) => cid(`${name}#${p}`));
  return JSON.parse(text) as Json | Json[];
}

export function replayBluesky(
  server: ReplayServer,
  options: { feed: string; notifications: string; handle: string; appPassword: string; pageSize?: number },
): void {
  const feedSnapshots = readSnapshots('author-feed');
  const notificationSnapshots = readSnapshots('notifications');
  const feed = realiseSnapshot(options.feed, feedSnapshots[options.feed]) as Json[];
  const notificationsBody = realiseSnapshot(
    options.notifications,
    notificationSnapshots[options.notifications],
  );
  const notifications = Array.isArray(notificationsBody)
    ? notificationsBody
    : (notificationsBody.notifications as Json[]);
  const size = options.pageSize ?? 5;
  const did = blueskyDid(options.handle);

  server.route('GET', /^\/xrpc\/app\.bsky\.feed\.getAuthorFeed$/, (request) => {
    if (request.query.get('actor') !== did) return { json: { feed: [] } };
    const page = pageOf(feed, size, request.query.get('cursor'));
    return { json: { feed: page.items, ...(page.next ? { cursor: page.next } : {}) } };
  });
  server.route('POST', /^\/xrpc\/com\.atproto\.server\.createSession$/, (request) => {
    const input = JSON.parse(request.body || '{}') as Json;
    if (input.identifier !== options.handle || input.password !== options.appPassword) {
      return {
        status: 401,
        json: { error: 'AuthenticationRequired', message: 'Invalid identifier or password' },
      };
    }
    return {
      json: {
        accessJwt: 'replay-access',
        refreshJwt: 'replay-refresh',
        handle: options.handle,
        did,
        active: true,
      },
    };
  });
  // A resumed session is refreshed with its refresh token, which the PDS rotates: only the latest one works.
  let refreshToken = 'replay-refresh';
  let refreshes = 0;
  server.route('POST', /^\/xrpc\/com\.atproto\.server\.refreshSession$/, (request) => {
    if (request.headers.authorization !== `Bearer ${refreshToken}`) {
      return { status: 400, json: { error: 'ExpiredToken', message: 'Token has been revoked' } };
    }
    refreshes += 1;
    refreshToken = `replay-refresh-${refreshes}`;
    return {
      json: {
        accessJwt: 'replay-access',
        refreshJwt: refreshToken,
        handle: options.handle,
        did,
        active: true,
      },
    };
  });
  server.route('GET', /^\/xrpc\/app\.bsky\.notification\.listNotifications$/, (request) => {
    if (request.headers.authorization !== 'Bearer replay-access') {
      return { status: 401, json: { error: 'AuthenticationRequired', message: 'Authentication Required' } };
    }
    const page = pageOf(notifications, size, request.query.get('cursor'));
    return { json: { notifications: page.items, ...(page.next ? { cursor: page.next } : {}) } };
  });
  server.route('GET', /^\/xrpc\/app\.bsky\.actor\.getProfile$/, (request) => {
    const author = [...feed.map((i) => i.post?.author), ...notifications.map((n) => n.author)].find(
      (a) => a?.did === request.query.get('actor'),
    );
    // The snapshots carry the basic profile view only: no follower counts (the connector stores them as unknown).
    return author
      ? { json: { did: author.did, handle: author.handle, displayName: author.displayName, labels: [] } }
      : { status: 400, json: { error: 'InvalidRequest', message: 'Profile not found' } };
  });
}

function sha256(text: string): Buffer {
  return createHash('sha256').update(text).digest();
}

/** A CIDv1 (dag-cbor, sha2-256) of a seed, base32-encoded: what CID.parse accepts. */
function cid(seed: string): string {
  return `b${base32(Buffer.concat([Buffer.from([0x01, 0x71, 0x12, 0x20]), sha256(seed)]))}`;
}

/** RFC 4648 base32, lower case, no padding. */
function base32(bytes: Buffer): string {
  const alphabet = 'abcdefghijklmnopqrstuvwxyz234567';
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += alphabet[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += alphabet[(value << (5 - bits)) & 31];
  return out;
}

/**
 * The public AppView as a prospect audit reads it, without login: the profile by handle, the author feed,
 * post threads built from the posts the feed snapshot carries (each post, and the parents and roots of its
 * replies, linked by their record's reply.parent), and the mention search answered with the notification
 * snapshot's `mention` posts as post views. Routes registered here come before replayBluesky's.
 */
export function replayBlueskyPublic(
  server: ReplayServer,
  options: { feed: string; notifications: string; handle: string; pageSize?: number },
): void {
  const feed = realiseSnapshot(options.feed, readSnapshots('author-feed')[options.feed]) as Json[];
  const notificationsBody = realiseSnapshot(
    options.notifications,
    readSnapshots('notifications')[options.notifications],
  );
  const notifications = (
    Array.isArray(notificationsBody) ? notificationsBody : notificationsBody.notifications
  ) as Json[];
  const did = blueskyDid(options.handle);
  const posts = new Map<string, Json>();
  for (const item of feed)
    for (const view of [item.post, item.reply?.parent, item.reply?.root])
      if (typeof view?.uri === 'string' && view.record) posts.set(view.uri, view);
  const thread = (view: Json): Json => ({
    $type: 'app.bsky.feed.defs#threadViewPost',
    post: view,
    replies: [...posts.values()]
      .filter((p) => p.record?.reply?.parent?.uri === view.uri)
      .map((p) => thread(p)),
  });
  const mentions = notifications
    .filter((n) => n.reason === 'mention')
    .map((n) => ({
      uri: n.uri,
      cid: n.cid,
      author: n.author,
      record: n.record,
      indexedAt: n.indexedAt,
      labels: n.labels ?? [],
    }));

  server.route('GET', /^\/xrpc\/app\.bsky\.actor\.getProfile$/, (request) => {
    const actor = request.query.get('actor');
    if (actor !== options.handle && actor !== did)
      return { status: 400, json: { error: 'InvalidRequest', message: 'Profile not found' } };
    const author = feed.map((i) => i.post?.author).find((a) => a?.did === did);
    return { json: { did, handle: options.handle, displayName: author?.displayName, labels: [] } };
  });
  server.route('GET', /^\/xrpc\/app\.bsky\.feed\.getPostThread$/, (request) => {
    const view = posts.get(request.query.get('uri') ?? '');
    return view
      ? { json: { thread: thread(view) } }
      : { status: 400, json: { error: 'NotFound', message: `Post not found: ${request.query.get('uri')}` } };
  });
  server.route('GET', /^\/xrpc\/app\.bsky\.feed\.searchPosts$/, (request) => {
    const found = request.query.get('q') === `mentions:${options.handle}` ? mentions : [];
    const page = pageOf(found, options.pageSize ?? 5, request.query.get('cursor'));
    return {
      json: { posts: page.items, hitsTotal: found.length, ...(page.next ? { cursor: page.next } : {}) },
    };
  });
  replayBluesky(server, { ...options, appPassword: 'not-used-by-public-reads' });
}
