import { z } from 'zod';

/**
 * What a file or folder chosen in one of the desktop's native dialogs is for. Main ties the
 * choice to that purpose: a handle given for an archive import cannot be spent on an export.
 */
export const FILE_PURPOSES = [
  'export',
  'archive-export',
  'archive-import',
  'backup-folder',
] as const;
export type FilePurpose = (typeof FILE_PURPOSES)[number];

/**
 * A handle main gave for a choice the user made in a native dialog: random, bound to the
 * window that asked, good once and for a few minutes. The renderer passes it back with the
 * operation; it never passes a path of its own in the desktop app.
 */
export const fileHandleSchema = z.string().refine((text) => /^[A-Za-z0-9_-]{22,64}$/.test(text), {
  params: { key: 'errors.files.handleUnknown' },
});

/** What a native dialog answers: the handle, and the path only to show the user. */
export interface ChosenFile {
  handle: string;
  /** For display: the renderer never sends it back. */
  path: string;
}
