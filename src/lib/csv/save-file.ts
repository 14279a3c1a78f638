export const CSV_TYPE = 'text/csv;charset=utf-8';

/**
 * Hands a file the app made to the browser's downloads, without a server: works offline. A
 * large file is best made as a Blob where it was written (a worker), and passed as it is.
 */
export function saveFile(fileName: string, content: string | Blob, type = CSV_TYPE): void {
  const url = URL.createObjectURL(typeof content === 'string' ? new Blob([content], { type }) : content);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started from the URL; freeing it at once can cancel it in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
