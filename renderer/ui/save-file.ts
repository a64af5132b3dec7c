import type { ExportFile } from '../../shared/types/export';

/**
 * Saves an export (every export method returns an ExportFile) as a file the member downloads: an object
 * URL on a hidden a[download], clicked. The CSP does not govern downloads; the URL is released once the
 * browser has started the download.
 */
export function saveFile(file: ExportFile): void {
  const blob = new Blob([new Uint8Array(file.bytes)], { type: file.mimeType });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}
