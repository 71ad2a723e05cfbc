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

  const entity = (id: string) => `http://www.wikidata.org/entity/${id}`;
  const csvBytes = (lines: string[]) => new TextEncoder().encode(lines.join('\n'));

  it('leave an ordinary inventory with a column of Wikidata links an inventory', async () => {
    const inventory = csvBytes(['collectivite_code;pays_partenaire;nature;wikidata', `35238;Sénégal;cooperation-decentralisee;${entity('Q647')}`]);
    const { cooperations, report } = await importInventory(inventory, miniGazetteers());
    expect(report.input?.wikidata).toBe(false);
    expect(cooperations[0]).toMatchObject({ nature: 'cooperation-decentralisee', wikidata: entity('Q647') });
  });

  it('read the partner country from a label column alone, preferring the partner’s over France', async () => {
    const lines = [
      'item,itemLabel,countryLabel,twin,twinLabel,twinCountryLabel',
      `${entity('Q647')},Rennes,France,${entity('Q3718')},Saint-Louis,Sénégal`,
      `${entity('Q456')},Lyon,France,${entity('Q1794')},Francfort-sur-le-Main,Allemagne`,
    ];
    const { cooperations, report } = await importInventory(csvBytes(lines), miniGazetteers());
    expect(report).toMatchObject({ rows: 2, rejected: 0, input: { wikidata: true } });
    expect(cooperations.map((c) => [c.ctName, c.partnerCountry])).toEqual([
      ['Rennes', 'SN'],
      ['Lyon', 'DE'],
    ]);
  });

  it('do not name the partner after the French city when the partner columns come first', () => {
    const lines = ['jumelle,jumelleLabel,ville,villeLabel,paysLabel', `${entity('Q220')},Rome,${entity('Q90')},Paris,Italie`];
    const mapped = wikidataToInventory(parseCsv(lines.join('\n')));
    const row = Object.fromEntries(mapped.header.map((name, i) => [name, mapped.rows[0].cells[i]]));
    expect(row).toMatchObject({ collectivite_nom: 'Paris', territoire_partenaire: 'Rome', pays_partenaire: 'Italie' });
  });

  it('keep a nature column written under an alias', async () => {
    const lines = ['ville,villeLabel,jumelle,jumelleLabel,paysLabel,Type de coopération', `${entity('Q456')},Lyon,${entity('Q1794')},Francfort-sur-le-Main,Allemagne,Coopération décentralisée`];
    const { cooperations } = await importInventory(csvBytes(lines), miniGazetteers());
    expect(cooperations[0].nature).toBe('cooperation-decentralisee');
  });
});
