/** cyrb53 over a sequence of 16-bit codes (53-bit hash, base 36). Not cryptographic. */
function cyrb53(length: number, codeAt: (i: number) => number): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < length; i += 1) {
    const code = codeAt(i);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/** A short stable id from text parts. */
export function stableId(parts: readonly (string | number)[]): string {
  const text = parts.join('\u001f');
  return cyrb53(text.length, (i) => text.charCodeAt(i));
}

/** The hash of a file's bytes, with its length: the same file imported again has the same one. */
export function contentHash(bytes: Uint8Array): string {
  return `${bytes.length.toString(36)}-${cyrb53(bytes.length, (i) => bytes[i])}`;
}
