import type { ImportMessage, ImportMessageId } from '../i18n/import-messages';

/** Signatures of files people may pick by mistake, with what to tell them. */
const SIGNATURES: { bytes: number[]; code: ImportMessageId }[] = [
  { bytes: [0x89, 0x50, 0x4e, 0x47], code: 'file.png' },
  { bytes: [0xff, 0xd8, 0xff], code: 'file.jpeg' },
  { bytes: [0x47, 0x49, 0x46, 0x38], code: 'file.gif' },
  { bytes: [0x25, 0x50, 0x44, 0x46], code: 'file.pdf' },
  // The OLE2 container of Excel 97-2003: no maintained, safe reader of it is on the npm registry.
  { bytes: [0xd0, 0xcf, 0x11, 0xe0], code: 'file.xls' },
];

const hasPrefix = (bytes: Uint8Array, prefix: readonly number[]) => prefix.every((byte, i) => bytes[i] === byte);
const UTF16_BOMS = [
  [0xff, 0xfe],
  [0xfe, 0xff],
];

/** 'utf-16le' or 'utf-16be' when a text without BOM has NUL bytes at every odd or even offset (ASCII in UTF-16). */
export function sniffUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const length = Math.min(bytes.length, 4096) & ~1;
  if (length < 4) return null;
  let evenNuls = 0;
  let oddNuls = 0;
  for (let i = 0; i < length; i += 2) {
    if (bytes[i] === 0) evenNuls++;
    if (bytes[i + 1] === 0) oddNuls++;
  }
  const pairs = length / 2;
  if (oddNuls > pairs * 0.6 && evenNuls < pairs * 0.05) return 'utf-16le';
  if (evenNuls > pairs * 0.6 && oddNuls < pairs * 0.05) return 'utf-16be';
  return null;
}

/**
 * Why a file cannot be a table, or null when it may be one. Text has no NUL byte unless it is
 * UTF-16 (with a byte order mark, or recognisable by its NUL bytes); anything else with NUL bytes is binary.
 */
export function unreadableReason(bytes: Uint8Array): ImportMessage | null {
  const known = SIGNATURES.find((signature) => hasPrefix(bytes, signature.bytes));
  if (known) return { code: known.code };
  if (UTF16_BOMS.some((bom) => hasPrefix(bytes, bom)) || sniffUtf16(bytes)) return null;
  const head = bytes.subarray(0, 4096);
  if (head.includes(0)) return { code: 'file.binary' };
  return null;
}
