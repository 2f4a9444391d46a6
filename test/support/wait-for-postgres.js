// Usage: node test/support/wait-for-postgres.js URL SECONDS: exits 0 once PostgreSQL answers, 1 after SECONDS.
import pg from 'pg';

const [url, seconds = '10'] = process.argv.slice(2);
const deadline = Date.now() + Number(seconds) * 1000;
for (;;) {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    const { rows } = await client.query('SHOW server_version');
    console.log(`PostgreSQL ${rows[0].server_version} at ${url}`);
    await client.end();
    process.exit(0);
  } catch (error) {
    await client.end().catch(() => {});
    if (Date.now() > deadline) {
      console.error(`PostgreSQL did not answer at ${url}: ${error.message}`);
      process.exit(1);
    }
    await new Promise((r) => setTimeout(r, 500));
  }
}
