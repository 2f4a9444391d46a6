/** Injection token of the JobsConfig (resolved from the environment by JobsModule). */
export const JOBS_CONFIG = Symbol('JOBS_CONFIG');
