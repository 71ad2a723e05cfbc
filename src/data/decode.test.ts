import { describe, expect, it } from 'vitest';
import { decodeText } from './decode';

const TEXT = 'Année;Thèmes;Coopération\r\nÉvreux;Santé;œuvre €\r\n';

function utf16(text: string, littleEndian: boolean): Uint8Array {
  const bytes = new Uint8Array(2 + text.length * 2);
  const view = new DataView(bytes.buffer);
  view.setUint16(0, 0xfeff, littleEndian);
  for (let i = 0; i < text.length; i += 1) view.setUint16(2 + i * 2, text.charCodeAt(i), littleEndian);
  return bytes;
}

/** Windows-1252 bytes of a text limited to Latin-1 plus œ and €. */
function windows1252(text: string): Uint8Array {
  const special: Record<string, number> = { œ: 0x9c, '€': 0x80 };
  return Uint8Array.from([...text].map((char) => special[char] ?? char.charCodeAt(0)));
}

describe('decodeText', () => {
  it('reads UTF-8 without BOM', () => {
    expect(decodeText(new TextEncoder().encode(TEXT))).toEqual({ text: TEXT, encoding: 'utf-8' });
  });

  it('reads UTF-8 with BOM and drops the BOM', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(TEXT)]);
    expect(decodeText(bytes)).toEqual({ text: TEXT, encoding: 'utf-8' });
  });

  it('reads UTF-16 little and big endian from their BOM', () => {
    expect(decodeText(utf16(TEXT, true))).toEqual({ text: TEXT, encoding: 'utf-16le' });
    expect(decodeText(utf16(TEXT, false))).toEqual({ text: TEXT, encoding: 'utf-16be' });
  });

  it('reads Windows-1252 (French Excel) when the bytes are not valid UTF-8, without mojibake', () => {
    const decoded = decodeText(windows1252(TEXT));
    expect(decoded).toEqual({ text: TEXT, encoding: 'windows-1252' });
    expect(decoded.text).not.toMatch(/Ã|\uFFFD/);
  });
});
