/** Copies are kept together until the heap is read, so that small structures stand above the noise. */
const MEASURED_RECORDS = 200_000;

/** Typed arrays keep their contents outside the JS heap, in ArrayBuffers: both count. */
const heapAndBuffers = () => {
  const { heapUsed, arrayBuffers } = process.memoryUsage();
  return heapUsed + arrayBuffers;
};

/** Bytes of heap retained by what `build` returns, per record; null without `node --expose-gc`. */
export function retainedBytesPerRecord(records: number, build: () => unknown): number | null {
  const gc = globalThis.gc;
  if (!gc) return null;
  const copies = Math.ceil(MEASURED_RECORDS / records);
  gc();
  gc();
  const before = heapAndBuffers();
  const kept = Array.from({ length: copies }, build);
  gc();
  gc();
  const after = heapAndBuffers();
  return kept.length && (after - before) / (records * copies);
}
