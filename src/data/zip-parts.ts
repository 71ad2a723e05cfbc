import { Unzip, UnzipInflate } from 'fflate';
import { UnreadableFileError } from './report';

/** Receives the text of one part of a ZIP, chunk by chunk. */
export type PartReader = (text: string) => void;

/**
 * Streams the parts of a ZIP that `readerOf` asks for, decoded as UTF-8, and returns the names
 * of all its parts. Each part is counted as it is decompressed, whatever its header declares:
 * past `maxBytes` the read stops with the part's name and the limit.
 */
export function readZipParts(bytes: Uint8Array, readerOf: (name: string) => PartReader | undefined, maxBytes: number): string[] {
  const names: string[] = [];
  let failure: unknown = null;
  const unzip = new Unzip();
  unzip.register(UnzipInflate);
  unzip.onfile = (file) => {
    names.push(file.name);
    const read = readerOf(file.name);
    if (!read || failure) return;
    const decoder = new TextDecoder('utf-8');
    let size = 0;
    file.ondata = (error, chunk, final) => {
      if (failure) return;
      if (error) {
        failure = error;
        return;
      }
      size += chunk.length;
      if (size > maxBytes) {
        failure = new UnreadableFileError({ code: 'xlsx.partTooLarge', params: { part: file.name, limit: maxBytes } });
        file.terminate();
        return;
      }
      try {
        read(decoder.decode(chunk, { stream: !final }));
      } catch (thrown) {
        failure = thrown;
        file.terminate();
      }
    };
    file.start();
  };
  try {
    unzip.push(bytes, true);
  } catch (error) {
    failure ??= error;
  }
  if (failure) throw failure;
  return names;
}

/**
 * Calls `onElement` with each complete `<tag …>…</tag>` or `<tag …/>` (any namespace prefix) of an
 * XML text given chunk by chunk. Only the unfinished element is kept between chunks, so memory
 * stays that of one element, and nothing recurses.
 */
export function elementScanner(tag: string, onElement: (xml: string) => void): PartReader {
  const opening = new RegExp(`<([\\w.-]+:)?${tag}(?=[\\s/>])`, 'g');
  let buffer = '';
  return (chunk) => {
    buffer += chunk;
    let consumed = 0;
    for (;;) {
      opening.lastIndex = consumed;
      const start = opening.exec(buffer);
      if (!start) {
        // Keeps a tail that may hold the first characters of a split opening tag.
        consumed = Math.max(consumed, buffer.length - tag.length - 32);
        break;
      }
      const tagEnd = buffer.indexOf('>', start.index);
      if (tagEnd < 0) {
        consumed = start.index;
        break;
      }
      let end = tagEnd + 1;
      if (buffer[tagEnd - 1] !== '/') {
        const closing = `</${start[1] ?? ''}${tag}>`;
        const closingAt = buffer.indexOf(closing, tagEnd);
        if (closingAt < 0) {
          consumed = start.index;
          break;
        }
        end = closingAt + closing.length;
      }
      consumed = end;
      onElement(buffer.slice(start.index, end));
    }
    buffer = buffer.slice(consumed);
  };
}

/** A part read whole (workbook, relations, styles: small by nature, and still bounded by readZipParts). */
export function wholeText(): { reader: PartReader; text: () => string } {
  const chunks: string[] = [];
  return { reader: (chunk) => void chunks.push(chunk), text: () => chunks.join('') };
}

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function entity(name: string): string {
  if (name[0] !== '#') return ENTITIES[name.toLowerCase()] ?? `&${name};`;
  const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
  return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '\uFFFD';
}

/** Text content of XML: CDATA kept verbatim, the five entities and character references decoded, Excel's `_xHHHH_` escapes too. */
export function xmlText(raw: string): string {
  return raw.replace(/<!\[CDATA\[([\s\S]*?)\]\]>|&(#x[0-9a-f]+|#\d+|[a-z]+);|_x([0-9A-F]{4})_/gi, (whole, cdata?: string, name?: string, hex?: string) => {
    if (cdata !== undefined) return cdata;
    if (name !== undefined) return entity(name);
    return hex !== undefined ? String.fromCharCode(parseInt(hex, 16)) : whole;
  });
}

const attributePatterns = new Map<string, RegExp>();

/** The value of an attribute in an opening tag, or undefined. */
export function attribute(tag: string, name: string): string | undefined {
  let pattern = attributePatterns.get(name);
  if (!pattern) attributePatterns.set(name, (pattern = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`)));
  const match = pattern.exec(tag);
  if (!match) return undefined;
  const value = match[1] ?? match[2];
  return value.includes('&') ? xmlText(value) : value;
}
