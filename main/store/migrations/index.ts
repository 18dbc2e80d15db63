import { coreMigration } from './0001-core';
import type { Migration } from './migration';

/** In order; each one's version is its position. Never edit a released migration: add the next one. */
export const MIGRATIONS: readonly Migration[] = [coreMigration];

export const SCHEMA_VERSION = MIGRATIONS.length;
