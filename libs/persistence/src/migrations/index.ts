import { InitialSchema1795796587431 } from './1795796587431-initial-schema.migration.js';

/** Every migration, in order. Schema changes only through migrations; `synchronize` stays off. */
export const MIGRATIONS = [InitialSchema1795796587431];
