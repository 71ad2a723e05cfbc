import { describe, expect, it } from 'vitest';
import writeXlsxFile from 'write-excel-file/node';
import { sheetsToChoose } from './workbook-sheets';

async function workbook(names: string[]): Promise<Blob> {
  const sheets = names.map((sheet) => ({ sheet, data: [[{ value: 'collectivite_code' }]] }));
  const bytes: Uint8Array = await writeXlsxFile(sheets).toBuffer();
  return new Blob([new Uint8Array(bytes)]);
}

describe('sheetsToChoose', () => {
  it('lists the sheets of a workbook of several sheets, and nothing for a one-sheet workbook or a CSV', async () => {
    expect(await sheetsToChoose(await workbook(['Notes', 'Inventaire 2024']))).toEqual(['Notes', 'Inventaire 2024']);
    expect(await sheetsToChoose(await workbook(['Inventaire']))).toEqual([]);
    expect(await sheetsToChoose(new Blob(['collectivite_code;pays_partenaire\n']))).toEqual([]);
  });
});
