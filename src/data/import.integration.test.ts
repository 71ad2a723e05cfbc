import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { INVENTORY_COLUMNS } from '../domain/inventory';
import { diskGazetteerSource } from './gazetteer-source';
import { importInventory } from './import';
import { readXlsx } from './xlsx';

const GEO = 'public/geo';
const built = existsSync(`${GEO}/fr/collectivities.json`) && existsSync(`${GEO}/countries.json`) && existsSync(`${GEO}/places/index.json`);

describe('templates', () => {
  it('have the canonical columns, in CSV (UTF-8 BOM, ;) and XLSX', async () => {
    const csv = readFileSync('public/templates/modele-cooperations.csv', 'utf8');
    expect(csv).toBe(`\uFEFF${INVENTORY_COLUMNS.join(';')}\r\n`);
    const xlsx = readFileSync('public/templates/modele-cooperations.xlsx');
    expect((await readXlsx(xlsx.buffer.slice(xlsx.byteOffset, xlsx.byteOffset + xlsx.byteLength))).header).toEqual([...INVENTORY_COLUMNS]);
  });
});

// Needs the gazetteers built by geodata/ (npm run geodata); skipped only while they are missing.
describe.skipIf(!built)('import against the real gazetteers (public/geo)', () => {
  const source = diskGazetteerSource(GEO);

  it('imports the filled example with the ambiguous row as its only rejection', async () => {
    const { cooperations, report } = await importInventory(readFileSync('public/templates/exemple-cooperations.csv'), source);
    expect(report).toMatchObject({ rows: 15, imported: 14, rejected: 1 });
    const error = report.issues.find((issue) => issue.severity === 'error');
    expect(error).toMatchObject({ row: 5 });
    expect(error?.message).toContain('Saint-Denis (commune, 93)');
    expect(error?.message).toContain('Saint-Denis (commune, 974)');
    const lyon = cooperations.find((c) => c.ctCode === '69123');
    expect(lyon).toMatchObject({ ctRegion: '84', ctDepartement: '69', partnerCountry: 'BF', partnerPrecision: 'coordonnees' });
    const versailles = cooperations.find((c) => c.ctCode === '78646');
    expect(versailles).toMatchObject({ ctRegion: '11', partnerCountry: 'SN', partnerPrecision: 'commune' });
  });

  it('imports the Wikidata twinnings with no configuration', async () => {
    const { report } = await importInventory(readFileSync('tests/fixtures/import/wikidata-jumelages.csv'), source);
    expect(report).toMatchObject({ rows: 8, imported: 7, rejected: 1 });
  });

  it('finds partner cities by name in the real places lists', async () => {
    const csv = 'code insee;pays;ville partenaire;niveau\n35238;Sénégal;Saint-Louis;commune\n69123;Burkina Faso;Ouagadougou;\n44109;Mali;Région de Kayes;region\n';
    const { cooperations } = await importInventory(new TextEncoder().encode(csv), source);
    expect(cooperations.map((c) => c.partnerPrecision)).toEqual(['commune', 'commune', 'region']);
  });
});
