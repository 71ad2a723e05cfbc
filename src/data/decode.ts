import { sniffUtf16 } from './file-kind';

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
  /** Invalid bytes of a UTF-8 file, each read as U+FFFD; absent when none. */
  damaged?: number;
}

const REPLACEMENT = '\uFFFD';

/**
 * Decodes a text file with no configuration: a BOM decides (UTF-8, UTF-16 LE/BE), then the NUL
 * bytes of UTF-16 without BOM; otherwise valid UTF-8 is UTF-8. A file with a few invalid bytes
 * among more valid UTF-8 accents stays UTF-8, its invalid bytes marked U+FFFD (one damaged cell
 * must not turn every accent of the file into mojibake); anything else is Windows-1252 (what
 * French Excel writes), which maps every byte.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    const { text, damaged } = readUtf8(bytes.subarray(3));
    return damaged === undefined ? { text, encoding: 'utf-8' } : { text, encoding: 'utf-8', damaged };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  }
  const utf16 = sniffUtf16(bytes);
  if (utf16) return { text: new TextDecoder(utf16).decode(bytes), encoding: utf16 };
  const utf8 = readUtf8(bytes);
  if (utf8.damaged === undefined) return { text: utf8.text, encoding: 'utf-8' };
  return utf8.validNonAscii > utf8.damaged
    ? { text: utf8.text, encoding: 'utf-8', damaged: utf8.damaged }
    : { text: decodeWindows1252(bytes), encoding: 'windows-1252' };
}

function readUtf8(bytes: Uint8Array): { text: string; damaged?: number; validNonAscii: number } {
  const text = new TextDecoder('utf-8').decode(bytes);
  if (!text.includes(REPLACEMENT)) return { text, validNonAscii: 0 };
  let damaged = 0;
  let validNonAscii = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0xfffd) damaged++;
    else if (code > 0x7f) validNonAscii++;
  }
  return { text, damaged, validNonAscii };
}

// Bytes 0x80-0x9F of Windows-1252 (€ ‚ ƒ „ … † ‡ ˆ ‰ Š ‹ Œ Ž ‘ ’ “ ” • – — ˜ ™ š › œ ž Ÿ); the five
// undefined ones stay C1 controls.
const WINDOWS_1252_C1 =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

/**
 * Some runtimes (Node 20) decode the 'windows-1252' label as ISO-8859-1, turning € or œ into C1
 * control characters; those are mapped back. Browsers already decode them right.
 */
function decodeWindows1252(bytes: Uint8Array): string {
  return new TextDecoder('windows-1252')
    .decode(bytes)
    .replace(/[\u0080-\u009f]/g, (char) => WINDOWS_1252_C1[char.charCodeAt(0) - 0x80]);
}
