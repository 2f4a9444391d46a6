export type TestDatabasePlan =
  | { kind: 'embedded'; dumpFile: string }
  | {
      kind: 'server';
      prefix: string;
      templateName: string;
      templateUrl: string;
      adminUrl: string;
      databaseUrl: (name: string) => string;
    };

export function testDatabasePlan(env?: NodeJS.ProcessEnv): TestDatabasePlan;
