import { InitialSchema1795796587431 } from './1795796587431-initial-schema.migration.js';
import { OperatorGroupMembership1795820254042 } from './1795820254042-operator-group-membership.migration.js';

import { ENGINE_MIGRATIONS } from '../engine/index.js';
import { COLLECTION_MIGRATIONS } from '../collection/index.js';
import { JOBS_MIGRATIONS } from '../jobs/index.js';
import { INCIDENTS_MIGRATIONS } from '../incidents/index.js';
import { ACCESS_MIGRATIONS } from '../access/index.js';
import { REPORTING_MIGRATIONS } from '../reporting/index.js';

/** Every migration, in order. Schema changes only through migrations; `synchronize` stays off. */
export const MIGRATIONS = [
  InitialSchema1795796587431,
  ...ENGINE_MIGRATIONS,
  ...COLLECTION_MIGRATIONS,
  ...JOBS_MIGRATIONS,
  ...INCIDENTS_MIGRATIONS,
  ...ACCESS_MIGRATIONS,
  ...REPORTING_MIGRATIONS,
  OperatorGroupMembership1795820254042,
];
