import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Rounds a coordinate to 5 decimals (about 1 m), never writing -0. */
export function round5(value) {
  return Math.round(value * 1e5) / 1e5 || 0;
}

/**
 * Writes compact JSON. Callers build objects with a fixed key order and sorted arrays,
 * so the same inputs give byte-identical files.
 * @returns {{ path: string, bytes: number, gzipBytes: number }}
 */
export function writeJson(path, value) {
  const text = JSON.stringify(value);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
  return { path, bytes: Buffer.byteLength(text), gzipBytes: gzipSync(text, { level: 9 }).length };
}
