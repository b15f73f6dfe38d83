import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import type {
  ImportInspectRequest,
  ImportPreviewRequest,
} from '../../../../shared/schemas/imports';
import { call } from '../../api/client';

/** Query keys of the import screen; `all` also covers the past imports' list. */
export const importKeys = {
  all: ['imports'] as const,
  batches: () => [...importKeys.all, 'batches'] as const,
  inspect: (request: ImportInspectRequest) => [...importKeys.all, 'inspect', request] as const,
  preview: (request: ImportPreviewRequest) => [...importKeys.all, 'preview', request] as const,
};

export const importQueries = {
  batches: () =>
    queryOptions({
      queryKey: importKeys.batches(),
      queryFn: () => call('imports:list', { limit: 100 }),
    }),
  /** How main read the file; asked again when the sheet, header row or target changes. */
  inspect: (request: ImportInspectRequest) =>
    queryOptions({
      queryKey: importKeys.inspect(request),
      queryFn: () => call('imports:inspect', request),
      staleTime: Infinity,
      placeholderData: keepPreviousData,
    }),
  /** The first rows as they will be stored and every problem; the last answer stays shown meanwhile. */
  preview: (request: ImportPreviewRequest) =>
    queryOptions({
      queryKey: importKeys.preview(request),
      queryFn: () => call('imports:preview', request),
      staleTime: Infinity,
      placeholderData: keepPreviousData,
    }),
};
