// Usage: node test/support/drop-test-databases.js LEDGER_TEST_DATABASE_URL: drops the run's databases.
import globalTeardown from '../global-teardown.js';

process.env.LEDGER_TEST_DATABASE_URL = process.argv[2] ?? process.env.LEDGER_TEST_DATABASE_URL;
await globalTeardown();
