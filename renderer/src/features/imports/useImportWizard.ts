import { useQuery } from '@tanstack/react-query';
import { useCallback, useMemo, useState } from 'react';
import type { ImportMapping } from '../../../../shared/import/mapping';
import type { ImportTarget } from '../../../../shared/import/types';
import type {
  ImportFix,
  ImportInspection,
  ImportPreviewRequest,
  OnMatch,
} from '../../../../shared/schemas/imports';
import { call } from '../../api/client';
import { useFormat } from '../../i18n/useFormat';
import { importQueries } from './importQueries';
import { useImportJob } from './useImportJob';

/** The steps, in order; the stepper shows one at a time. */
export const STEPS = ['file', 'sheet', 'mapping', 'preview', 'options', 'commit'] as const;
export type Step = (typeof STEPS)[number];

/** The uploaded file: main's id for it, and its name as the user chose it. */
export interface UploadedFile {
  fileId: string;
  name: string;
}

/** How the file is read: which sheet, which header row (0-based), what each row is. */
export interface ReadChoice {
  sheet?: string;
  headerRow?: number;
  target: ImportTarget;
}

const fixKey = (row: number, column: number) => `${row}:${column}`;

/** The mapping to start from for an inspection: the saved one when it fits, else the suggestion. */
function startingMapping(inspection: ImportInspection): ImportMapping {
  const saved = inspection.savedMapping;
  return saved && saved.target === inspection.target ? saved : inspection.suggestedMapping;
}

/**
 * Everything the import screen remembers between its steps: the file, how it is read, the
 * mapping, the user's fixes and skipped rows, what to do with matches, and the running job.
 * Main holds the file; this holds only choices, so nothing here grows with the file.
 */
export function useImportWizard() {
  const { language } = useFormat();
  const [step, setStep] = useState<Step>('file');
  const [file, setFile] = useState<UploadedFile | null>(null);
  const [read, setRead] = useState<ReadChoice>({ target: 'register' });
  const [mapping, setMapping] = useState<ImportMapping | null>(null);
  const [fixes, setFixes] = useState<Record<string, ImportFix>>({});
  const [skipRows, setSkipRows] = useState<number[]>([]);
  const [onMatch, setOnMatch] = useState<OnMatch>('skip');
  const [skipInvalid, setSkipInvalid] = useState(false);
  const dryRun = useImportJob();
  const run = useImportJob();
  const { reset: resetDryRun } = dryRun;
  const { reset: resetRun } = run;

  const inspect = useQuery({
    ...importQueries.inspect({ fileId: file?.fileId ?? '', ...read }),
    enabled: file !== null,
  });
  const inspection = file && inspect.data?.fileId === file.fileId ? inspect.data : undefined;

  const previewRequest = useMemo((): ImportPreviewRequest | null => {
    if (!file || !inspection || !mapping) return null;
    return {
      fileId: file.fileId,
      ...(inspection.sheet ? { sheet: inspection.sheet } : {}),
      headerRow: inspection.headerRow,
      mapping,
      unknownColumns: 'notes',
      onMatch,
      fixes: Object.values(fixes),
      skipRows,
      lang: language,
    };
  }, [file, inspection, mapping, onMatch, fixes, skipRows, language]);

  const preview = useQuery({
    ...importQueries.preview(previewRequest ?? ({} as ImportPreviewRequest)),
    enabled: previewRequest !== null && (step === 'preview' || step === 'options'),
  });

  /** A file sent: read it from the start, with the choices of the last file forgotten. */
  const uploaded = useCallback(
    (next: UploadedFile) => {
      setFile(next);
      setRead((current) => ({ target: current.target }));
      setMapping(null);
      setFixes({});
      setSkipRows([]);
      setSkipInvalid(false);
      resetDryRun();
      resetRun();
      setStep('sheet');
    },
    [resetDryRun, resetRun],
  );

  /** Back to an empty screen; main forgets the uploaded file. */
  const restart = useCallback(() => {
    if (file) void call('imports:discard', { fileId: file.fileId }).catch(() => undefined);
    setFile(null);
    setMapping(null);
    setFixes({});
    setSkipRows([]);
    setSkipInvalid(false);
    setOnMatch('skip');
    resetDryRun();
    resetRun();
    setStep('file');
  }, [file, resetDryRun, resetRun]);

  /** From the sheet step to the mapping: the saved or suggested mapping when the columns changed. */
  const toMapping = useCallback(() => {
    if (!inspection) return;
    const fits =
      mapping?.fingerprint === inspection.suggestedMapping.fingerprint &&
      mapping.target === inspection.target;
    if (!fits) setMapping(startingMapping(inspection));
    setStep('mapping');
  }, [inspection, mapping]);

  const setFix = useCallback((fix: ImportFix) => {
    setFixes((current) => ({ ...current, [fixKey(fix.row, fix.column)]: fix }));
  }, []);

  const toggleSkip = useCallback((row: number) => {
    setSkipRows((current) =>
      current.includes(row)
        ? current.filter((r) => r !== row)
        : [...current, row].sort((a, b) => a - b),
    );
  }, []);

  const runRequest = useCallback(
    (dry: boolean) => previewRequest && { ...previewRequest, dryRun: dry, skipInvalid },
    [previewRequest, skipInvalid],
  );

  return {
    step,
    setStep,
    file,
    uploaded,
    restart,
    read,
    setRead,
    inspect,
    inspection,
    mapping,
    setMapping,
    savedMappingUsed:
      inspection?.savedMapping != null &&
      mapping?.fingerprint === inspection.savedMapping.fingerprint,
    toMapping,
    preview,
    previewRequest,
    fixes,
    setFix,
    skipRows,
    toggleSkip,
    onMatch,
    setOnMatch,
    skipInvalid,
    setSkipInvalid,
    runRequest,
    dryRun,
    run,
  };
}

export type ImportWizard = ReturnType<typeof useImportWizard>;
