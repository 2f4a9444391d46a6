export * from './entities/index.js';
export * from './database/database-config.js';
export * from './database/database.js';
export * from './database/data-source.factory.js';
export * from './database/migration-generator.js';
export * from './repositories/index.js';
export * from './persistence.module.js';
