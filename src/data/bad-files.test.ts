import { describe, expect, it } from 'vitest';
import { miniGazetteers } from '../../tests/fixtures/paths';
import { importInventory } from './import';
import { UnreadableFileError } from './read-table';

const text = (value: string) => new TextEncoder().encode(value);
const bytes = (...values: number[]) => Uint8Array.from(values);
const importOf = (input: Uint8Array) => importInventory(input, miniGazetteers());

function utf16(value: string, littleEndian: boolean): Uint8Array {
  const out = new Uint8Array(2 + value.length * 2);
  out.set(littleEndian ? [0xff, 0xfe] : [0xfe, 0xff]);
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    out[2 + 2 * i] = littleEndian ? code & 0xff : code >> 8;
    out[3 + 2 * i] = littleEndian ? code >> 8 : code & 0xff;
  }
  return out;
}

describe('bad files get a clear French message, and nothing else breaks', () => {
  it.each([
    ['a PNG image', bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13), /image PNG/],
    ['a JPEG image', bytes(0xff, 0xd8, 0xff, 0xe0, 0, 16), /image JPEG/],
    ['a PDF', text('%PDF-1.7\n%âãÏÓ'), /PDF/],
    ['an Excel 97-2003 file', bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1), /\.xls\b.*\.xlsx/],
    ['another binary file', bytes(0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0), /binaire/],
    ['a damaged XLSX (ZIP) file', bytes(0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6), /XLSX est illisible/],
  ])('refuses %s', async (_, input, message) => {
    const failure = importOf(input);
    await expect(failure).rejects.toBeInstanceOf(UnreadableFileError);
    await expect(failure).rejects.toThrow(message);
  });

  it('says an empty file or a header alone holds nothing to import', async () => {
    for (const [input, message] of [
      [new Uint8Array(), /fichier est vide/],
      [text('\n\n'), /fichier est vide/],
      [text('collectivite_code;pays_partenaire\r\n'), /que la ligne d'en-tête/],
    ] as const) {
      const { report } = await importOf(input);
      expect(report).toMatchObject({ rows: 0, imported: 0, rejected: 0 });
      expect(report.issues).toEqual([expect.objectContaining({ row: 1, severity: 'error', message: expect.stringMatching(message) })]);
    }
  });

  it('keeps the cells of rows longer than the header, and says so', async () => {
    const { cooperations, report } = await importOf(text('collectivite_code;pays_partenaire\n35238;Sénégal;à garder;aussi\n69123;Mali\n'));
    expect(report).toMatchObject({ rows: 2, imported: 2, rejected: 0 });
    expect(cooperations[0]).toMatchObject({ colonne_3: 'à garder', colonne_4: 'aussi' });
    expect(report.issues).toContainEqual(expect.objectContaining({ row: 2, severity: 'warning', message: expect.stringContaining('4 cellules pour 2 colonnes') }));
  });

  it('reads a row with an unterminated quote without its quotes, names it and keeps the others', async () => {
    const { report } = await importOf(text('collectivite_code;pays_partenaire\n35238;"Sénégal\n69123;Mali\n'));
    expect(report.rows).toBe(report.imported + report.rejected);
    expect(report.issues).toContainEqual(expect.objectContaining({ row: 2, severity: 'error', message: expect.stringMatching(/Guillemet/) }));
    expect(report.imported).toBeGreaterThanOrEqual(1);
  });

  it('reads UTF-16 text of both byte orders', async () => {
    for (const littleEndian of [true, false]) {
      const { cooperations } = await importOf(utf16('collectivite_code;pays_partenaire;territoire_partenaire\r\n35238;Sénégal;Saint-Louis\r\n', littleEndian));
      expect(cooperations).toEqual([expect.objectContaining({ ctName: 'Rennes', partnerCountry: 'SN', partnerName: 'Saint-Louis' })]);
    }
  });

  it('reads amounts with spaces, commas and points, and names the unreadable ones', async () => {
    const csv = 'collectivite_code;pays_partenaire;budget_annuel\n35238;Sénégal;12 500 €\n35238;Mali;3500,50\n35238;Maroc;1.200.000,00\n35238;Allemagne;beaucoup\n';
    const { cooperations, report } = await importOf(text(csv));
    expect(cooperations.map((c) => c.annualBudgetEur)).toEqual([12500, 3500.5, 1200000, null]);
    expect(report.issues).toContainEqual(expect.objectContaining({ row: 5, column: 'budget_annuel', severity: 'warning' }));
  });
});
