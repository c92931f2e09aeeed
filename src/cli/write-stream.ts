/** Writes with back-pressure: waits for 'drain' instead of buffering a whole corpus in memory. */
export function writeChunk(stream: NodeJS.WritableStream, chunk: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const ok = stream.write(chunk, (err) => { if (err) reject(err); });
    if (ok) resolve();
    else stream.once('drain', () => resolve());
  });
}
