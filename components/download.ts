/** Saves `content` as a file through the browser's download of a blob link. */
export function downloadFile(
  content: string | Uint8Array<ArrayBuffer>,
  fileName: string,
  type: string,
): void {
  const link = document.createElement("a");
  link.href = URL.createObjectURL(new Blob([content], { type }));
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}
