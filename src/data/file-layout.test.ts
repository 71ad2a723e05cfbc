import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { miniGazetteers } from '../../tests/fixtures/paths';
import { sheetOf, sheetXml, workbookBytes } from '../../tests/fixtures/import/workbook';
import { planColumns } from './columns';
import { importInventory, type ImportOptions } from './import';
import { IssueList } from './report';

const text = (value: string) => new TextEncoder().encode(value);
const importOf = (input: Uint8Array, options: ImportOptions = {}) => importInventory(input, miniGazetteers(), options);
const INVENTORY = 'collectivite_code;pays_partenaire\n35238;Sénégal\n69123;Mali\n';

function utf16WithoutBom(value: string, littleEndian: boolean): Uint8Array {
  const bytes = new Uint8Array(value.length * 2);
  const view = new DataView(bytes.buffer);
  for (let i = 0; i < value.length; i++) view.setUint16(i * 2, value.charCodeAt(i), littleEndian);
  return bytes;
}

describe('the file as people save it', () => {
  it.each([
    ['a title row and a blank line', `Inventaire 2024 des coopérations;\n\n${INVENTORY}`, 3],
    ['Excel’s sep=; line', `sep=;\n${INVENTORY}`, 1],
    ['a group title above the header', `Collectivité française;Partenaire à l’étranger\n${INVENTORY}`, 2],
  ])('finds the header below %s', async (_, csv, headerLine) => {
    const { cooperations, report } = await importOf(text(csv));
    expect(report).toMatchObject({ rows: 2, imported: 2, rejected: 0 });
    expect(cooperations.map((c) => c.sourceRow)).toEqual([headerLine + 1, headerLine + 2]);
  });

  it('says when the lines above the header are ignored', async () => {
    const { report } = await importOf(text(`Inventaire 2024;\n${INVENTORY}`));
    expect(report.issues).toContainEqual(expect.objectContaining({ row: 2, code: 'table.headerBelow', severity: 'warning' }));
  });

  it('reads UTF-16 without a byte order mark, both byte orders', async () => {
    for (const littleEndian of [true, false]) {
      const { report } = await importOf(utf16WithoutBom(INVENTORY, littleEndian));
      expect(report).toMatchObject({ imported: 2, input: { encoding: littleEndian ? 'utf-16le' : 'utf-16be' } });
    }
  });

  const rows = [
    ['collectivite_code', 'pays_partenaire'],
    ['35238', 'Sénégal'],
  ];

  it('reads the sheet that holds the inventory when the first one is a cover sheet, and says so', async () => {
    const xlsx = workbookBytes({ Notes: sheetXml([['Inventaire tenu par le réseau'], ['Mise à jour : 2024']]), Données: sheetXml(rows) });
    const { report } = await importOf(xlsx);
    expect(report).toMatchObject({ imported: 1, input: { sheet: 'Données' } });
    expect(report.issues[0]).toMatchObject({ row: 1, code: 'xlsx.otherSheet', message: expect.stringContaining('« Notes »') });
  });

  it('takes --sheet 2024 as the sheet named "2024", and as a position only when no sheet has that name', async () => {
    const xlsx = workbookBytes({ '2023': sheetXml([['vide']]), '2024': sheetXml(rows) });
    expect((await importOf(xlsx, { sheet: '2024' })).report.input?.sheet).toBe('2024');
    expect((await importOf(xlsx, { sheet: '1' })).report.input?.sheet).toBe('2023');
    await expect(importOf(xlsx, { sheet: '2025' })).rejects.toThrow(/feuille « 2025 » introuvable ; feuilles du classeur : « 2023 », « 2024 »/);
  });

  it('reads merged cells as their value over the whole range: in a two-row header, and a collectivity over its rows', async () => {
    const inline = (ref: string, value: string) => `<c r="${ref}" t="inlineStr"><is><t>${value}</t></is></c>`;
    const sheet = sheetOf(
      `<row r="1">${inline('A1', 'Code INSEE')}${inline('B1', 'Partenaire')}</row>` +
        `<row r="2">${inline('B2', 'Pays')}${inline('C2', 'Ville partenaire')}</row>` +
        `<row r="3">${inline('A3', '35238')}${inline('B3', 'Sénégal')}${inline('C3', 'Saint-Louis')}</row>` +
        `<row r="4">${inline('B4', 'Mali')}${inline('C4', 'Bamako')}</row>`,
    ).replace('</sheetData>', '</sheetData><mergeCells count="3"><mergeCell ref="A1:A2"/><mergeCell ref="B1:C1"/><mergeCell ref="A3:A4"/></mergeCells>');
    const { cooperations, report } = await importOf(workbookBytes({ Inventaire: sheet }));
    expect(report).toMatchObject({ rows: 2, imported: 2, rejected: 0 });
    expect(cooperations.map((c) => [c.ctCode, c.partnerCountry, c.sourceRow])).toEqual([
      ['35238', 'SN', 3],
      ['35238', 'ML', 4],
    ]);
  });

  it('refuses a LibreOffice .ods workbook, saying which format to save it as', async () => {
    const ods = zipSync({ mimetype: strToU8('application/vnd.oasis.opendocument.spreadsheet'), 'content.xml': strToU8('<office:document-content/>') });
    await expect(importOf(ods)).rejects.toThrow(/OpenDocument \(\.ods, LibreOffice\) : enregistrez-le en \.xlsx ou en CSV/);
  });

  it('drops empty trailing columns: a stray cell far to the right adds one column, not thousands of empty properties', async () => {
    const stray = sheetXml([rows[0], rows[1], ['69123', 'Mali']]).replace('</row><row r="3">', '<c r="XFD2" t="inlineStr"><is><t>x</t></is></c></row><row r="3">');
    const { cooperations } = await importOf(workbookBytes({ Feuille: stray }));
    expect(Object.keys(cooperations[1]).filter((key) => key.startsWith('colonne'))).toEqual([]);
    expect(Object.keys(cooperations[0]).filter((key) => key.startsWith('colonne'))).toEqual(['colonne_16384']);
  });

  it('gives 16,000 identical headers distinct keys', () => {
    const plan = planColumns(Array.from({ length: 16_000 }, () => 'Note'), {}, new IssueList());
    const keys = plan.extras.map((extra) => extra.key);
    expect(new Set(keys).size).toBe(16_000);
    expect(keys.slice(0, 3)).toEqual(['note', 'note_2', 'note_3']);
  });
});
