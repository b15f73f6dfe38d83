import type { ExportDownload } from '../../../../shared/reports/requests';
import { base64ToBytes } from './exportFlow';

/** Hands a finished export to the browser as a download under its file name. */
export function triggerDownload(download: ExportDownload): void {
  downloadBlob(
    new Blob([base64ToBytes(download.base64)], { type: download.mime }),
    download.fileName,
  );
}

/** Hands a blob to the browser as a download under a file name. */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked on the next turn: the click has handed the blob to the download by then.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
