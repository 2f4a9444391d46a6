import type { DataSource } from 'typeorm';

/**
 * The SQL that would bring the database schema in line with the entities. Empty when entities and
 * migrations agree: the test suite asserts that, and `npm run migration:generate` writes a migration from it.
 */
export async function pendingSchemaChanges(
  dataSource: DataSource,
): Promise<{ up: string[]; down: string[] }> {
  const sqlInMemory = await dataSource.driver.createSchemaBuilder().log();
  return {
    up: sqlInMemory.upQueries.map((q) => q.query),
    down: sqlInMemory.downQueries.map((q) => q.query).reverse(),
  };
}
