/**
 * The data-safety engine's vocabulary lives in shared/schemas/backups.ts so the screens can
 * show it; re-exported here for the engine's own modules.
 */
export * from '../../shared/schemas/backups';
