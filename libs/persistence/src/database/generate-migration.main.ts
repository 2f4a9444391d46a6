// Developer tool: `npm run migration:generate -- <Name>` writes a migration with the SQL that brings a
// database migrated to the current head in line with the entities. Review it, then add it to
// migrations/index.ts. Runs against an in-memory embedded database unless DATABASE_URL is set.
import fs from 'node:fs';
import path from 'node:path';
import { openDatabase } from './database.js';
import { resolveDatabaseConfig } from './database-config.js';
import { pendingSchemaChanges } from './migration-generator.js';

async function main(): Promise<void> {
  const name = process.argv[2];
  if (!name || !/^[A-Z][A-Za-z0-9]+$/.test(name)) {
    throw new Error('usage: npm run migration:generate -- <PascalCaseName>');
  }
  const config = process.env.DATABASE_URL
    ? resolveDatabaseConfig()
    : resolveDatabaseConfig({ LEDGER_DB_DIR: 'memory://' });
  const db = await openDatabase(config);
  try {
    const { up, down } = await pendingSchemaChanges(db.dataSource);
    if (up.length === 0) {
      console.log('Entities and migrations agree: nothing to generate.');
      return;
    }
    const timestamp = Date.now();
    const className = `${name}${timestamp}`;
    const file = path.resolve('libs/persistence/src/migrations', `${timestamp}-${kebab(name)}.migration.ts`);
    fs.writeFileSync(file, render(className, up, down));
    console.log(`Wrote ${file} (${up.length} statements). Add ${className} to migrations/index.ts.`);
  } finally {
    await db.close();
  }
}

function render(className: string, up: string[], down: string[]): string {
  const lines = (qs: string[]) =>
    qs.map((q) => `    await queryRunner.query(${JSON.stringify(q)});`).join('\n');
  return `import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ${className} implements MigrationInterface {
  name = '${className}';

  async up(queryRunner: QueryRunner): Promise<void> {
${lines(up)}
  }

  async down(queryRunner: QueryRunner): Promise<void> {
${lines(down)}
  }
}
`;
}

function kebab(name: string): string {
  return name.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
