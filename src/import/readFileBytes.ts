/**
 * A chosen or dropped file's bytes, for `decodeText` to read in the encoding they are in (File.text()
 * reads everything as UTF-8). FileReader where there is no File.arrayBuffer() (older browsers, jsdom).
 */
export function readFileBytes(file: File): Promise<Uint8Array> {
  if (typeof file.arrayBuffer === "function") return file.arrayBuffer().then((buffer) => new Uint8Array(buffer));
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error);
    reader.readAsArrayBuffer(file);
  });
}
