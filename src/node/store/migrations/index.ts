import * as m001 from './001-initial.js';

export interface Migration {
  /** The format version the store has after this migration. */
  version: number;
  name: string;
  sql: string;
}

/** Every migration in order; a new one is a new module `NNN-what.ts` added here. */
export const MIGRATIONS: readonly Migration[] = [m001];

/** The format version this code writes and reads. */
export const FORMAT_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;
