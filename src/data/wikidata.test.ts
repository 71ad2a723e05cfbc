import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { IMPORT_FIXTURES, miniGazetteers } from '../../tests/fixtures/paths';
import { parseCsv } from './csv';
import { importInventory } from './import';
import { isWikidataExport, wikidataToInventory } from './wikidata';

const bytes = readFileSync(join(IMPORT_FIXTURES, 'wikidata-jumelages.csv'));

describe('Wikidata Query Service exports', () => {
  it('are recognised by their entity URIs and mapped to inventory columns', () => {
    const table = parseCsv(bytes.toString('utf8'));
    expect(isWikidataExport(table)).toBe(true);
    expect(isWikidataExport(parseCsv('commune;pays\nLyon;Italie\n'))).toBe(false);
    const mapped = wikidataToInventory(table);
    expect(mapped.header).toEqual([
      'collectivite_code',
      'collectivite_nom',
      'pays_partenaire',
      'territoire_partenaire',
      'longitude_partenaire',
      'latitude_partenaire',
      'nature',
      'wikidata_ville',
      'wikidata_jumelle',
      'wikidata_pays',
    ]);
    expect(mapped.rows[0]).toEqual({
      line: 2,
      cells: ['75056', 'Paris', 'Italie', 'Rome', '12.482777777', '41.893055555', 'jumelage', 'Q90', 'Q220', 'Q38'],
    });
  });

  it('import with no configuration: twinnings placed at their Wikidata points, duplicates reported', async () => {
    const { cooperations, report } = await importInventory(bytes, miniGazetteers());
    expect(report.input).toMatchObject({ format: 'csv', delimiter: ',', wikidata: true });
    expect(report).toMatchObject({ rows: 8, imported: 7, rejected: 1 });
    const errors = report.issues.filter((issue) => issue.severity === 'error');
    expect(errors).toEqual([expect.objectContaining({ row: 9, message: expect.stringContaining('Doublon exact de la ligne 8') })]);
    const bordeaux = cooperations.find((c) => c.ctCode === '33063' && c.partnerCountry === 'MA');
    expect(bordeaux).toMatchObject({
      ctName: 'Bordeaux',
      partnerName: 'Casablanca',
      partnerPrecision: 'coordonnees',
      partnerLon: -7.616666666,
      partnerLat: 33.6,
      nature: 'jumelage',
      wikidata_jumelle: 'Q7903',
    });
    expect(new Set(cooperations.map((c) => c.partnerCountry))).toEqual(new Set(['IT', 'DE', 'GB', 'MA']));
  });
});
