import { z } from 'zod';
import { idSchema, requiredText, type RecordStamp } from './common';

/** The largest file Accords keeps: 50 MB. */
export const MAX_ATTACHMENT_BYTES = 50 * 1024 * 1024;
/** The same limit in megabytes, as error messages show it. */
export const MAX_ATTACHMENT_MB = MAX_ATTACHMENT_BYTES / (1024 * 1024);

/**
 * The longest base64 text a channel accepts: twice the limit, so a file a little over it
 * still reaches the service and gets the clear "too large" answer, while a runaway payload is
 * refused at the door. The renderer checks `File.size` against MAX_ATTACHMENT_BYTES first.
 */
export const MAX_ATTACHMENT_BASE64 = Math.ceil((2 * MAX_ATTACHMENT_BYTES) / 3) * 4;

/** The records documents can be attached to. */
export const DOCUMENT_OWNERS = ['agreement', 'action'] as const;
export type DocumentOwnerType = (typeof DOCUMENT_OWNERS)[number];

export const documentOwnerSchema = z.object({
  ownerType: z.enum(DOCUMENT_OWNERS),
  ownerId: idSchema,
});

/** A MIME type (`application/pdf`); empty means unknown (application/octet-stream). */
export const mimeSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(200)
  .refine(
    (v) => v === '' || /^[a-z0-9][a-z0-9!#$&^_.+-]*\/[a-z0-9][a-z0-9!#$&^_.+-]*(;.*)?$/.test(v),
    {
      params: { key: 'errors.mime' },
    },
  );

/** A browser upload: the file travels as base64 (the preview cannot pass a path). */
export const documentUploadSchema = documentOwnerSchema.extend({
  name: requiredText(255),
  mime: mimeSchema.default(''),
  dataBase64: z.string().max(MAX_ATTACHMENT_BASE64),
});
export type DocumentUpload = z.input<typeof documentUploadSchema>;

/** A stored document's description; its bytes live in the content-addressed store. */
export interface DocumentMeta extends RecordStamp {
  ownerType: DocumentOwnerType;
  ownerId: string;
  name: string;
  mime: string;
  size: number;
  sha256: string;
}

/** A document with its bytes, for download. */
export interface DocumentContent extends DocumentMeta {
  dataBase64: string;
}
