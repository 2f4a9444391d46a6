#!/usr/bin/env node
// `npx ledger …`: the command line of Channel Ledger (compiled by `npm run build`, which `npm ci` runs via prepare).
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';

const main = fileURLToPath(new URL('../dist/apps/cli/src/main.js', import.meta.url));
if (!fs.existsSync(main)) {
  console.error(`ledger: ${main} is missing. Build first: npm run build`);
  process.exit(1);
}
await import(main);
