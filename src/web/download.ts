/** Offers `content` as a file download, without any request to the server. */
export function downloadText(fileName: string, content: string, type: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started by now; the object URL only holds memory.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
