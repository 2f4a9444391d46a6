import fs from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

export interface EmbeddedPostgres {
  /** postgres:// URL of the in-process wire-protocol server on loopback. */
  url: string;
  /** A compressed copy of the data directory, loadable with `loadDataDir` (tests start from it). */
  dumpDataDir(): Promise<Blob>;
  close(): Promise<void>;
}

export interface EmbeddedPostgresOptions {
  /** Directory of the database files; null keeps the database in memory. */
  dataDir: string | null;
  /** At least the connection pool size: pglite-socket refuses connections beyond it. */
  maxConnections: number;
  /** A data-dir dump (PGlite `dumpDataDir`) to start from instead of running initdb (tests). */
  loadDataDir?: Blob;
}

/**
 * Runs PGlite (PostgreSQL compiled to WebAssembly) in this process and serves it over the Postgres wire
 * protocol, so TypeORM's ordinary `postgres` driver and `pg` talk to it exactly as to a server.
 * pglite-socket serialises queries and keeps a transaction's statements on its own connection.
 */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<EmbeddedPostgres> {
  if (options.dataDir) fs.mkdirSync(options.dataDir, { recursive: true });
  const db = await PGlite.create({
    dataDir: options.dataDir ?? undefined,
    loadDataDir: options.loadDataDir,
  });
  const server = new PGLiteSocketServer({
    db,
    host: '127.0.0.1',
    port: 0,
    maxConnections: options.maxConnections,
  });
  await server.start();
  const url = `postgres://postgres:postgres@${server.getServerConn()}/postgres`;
  let closed = false;
  return {
    url,
    dumpDataDir: () => db.dumpDataDir('gzip'),
    async close() {
      if (closed) return;
      closed = true;
      await server.stop();
      // An unclosed PGlite keeps Node alive and may leave the data directory unflushed.
      await db.close();
    },
  };
}
