/** Signatures of files people may pick by mistake, with what to tell them. */
const SIGNATURES: { bytes: number[]; message: string }[] = [
  { bytes: [0x89, 0x50, 0x4e, 0x47], message: 'ce fichier est une image PNG, pas un tableau' },
  { bytes: [0xff, 0xd8, 0xff], message: 'ce fichier est une image JPEG, pas un tableau' },
  { bytes: [0x47, 0x49, 0x46, 0x38], message: 'ce fichier est une image GIF, pas un tableau' },
  { bytes: [0x25, 0x50, 0x44, 0x46], message: 'ce fichier est un PDF : exportez le tableau en CSV ou en XLSX' },
  {
    bytes: [0xd0, 0xcf, 0x11, 0xe0],
    message: 'ce fichier est au format Excel 97-2003 (.xls) : enregistrez-le en .xlsx ou en CSV depuis le tableur',
  },
];

const hasPrefix = (bytes: Uint8Array, prefix: readonly number[]) => prefix.every((byte, i) => bytes[i] === byte);
const UTF16_BOMS = [
  [0xff, 0xfe],
  [0xfe, 0xff],
];

/**
 * Why a file cannot be a table, or null when it may be one. Text has no NUL byte unless it is
 * UTF-16 (which starts with a byte order mark); anything else with NUL bytes is binary.
 */
export function unreadableReason(bytes: Uint8Array): string | null {
  const known = SIGNATURES.find((signature) => hasPrefix(bytes, signature.bytes));
  if (known) return known.message;
  if (UTF16_BOMS.some((bom) => hasPrefix(bytes, bom))) return null;
  const head = bytes.subarray(0, 4096);
  if (head.includes(0)) return 'ce fichier est binaire, pas un tableau CSV ou XLSX';
  return null;
}
