import { describe, expect, it } from 'vitest';
import { INVENTORY_COLUMNS } from '../domain/inventory';
import { miniGazetteers } from '../../tests/fixtures/paths';
import { importInventory } from './import';
import { geoJsonChunks, reportJsonChunks, toGeoJson, toInventoryCsv } from './write';

describe('writers', async () => {
  const { cooperations } = await importInventory(
    new TextEncoder().encode('code insee;pays;ville partenaire;description;Référent\n35238;SN;Saint-Louis;"Dit ""oui""; puis =non";=2+2\n'),
    miniGazetteers(),
  );

  it('write the inventory CSV for French Excel: BOM, ;, CRLF, quoted cells, pass-through columns last', () => {
    const csv = toInventoryCsv(cooperations);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const [header, row] = csv.slice(1).split('\r\n');
    expect(header.split(';')).toEqual([...INVENTORY_COLUMNS, 'referent']);
    expect(row).toContain('"Dit ""oui""; puis =non"');
    expect(row.endsWith(";'=2+2")).toBe(true);
  });

  it('write GeoJSON LineStrings from the collectivity to the partner', () => {
    const collection = toGeoJson(cooperations, { fictitious: false });
    expect(collection.metadata).toEqual({ fictitious: false });
    expect(collection.features[0].geometry.coordinates).toEqual([
      [cooperations[0].ctLon, cooperations[0].ctLat],
      [cooperations[0].partnerLon, cooperations[0].partnerLat],
    ]);
    expect(collection.features[0].properties).toMatchObject({ referent: '=2+2' });
  });
});

describe('streamed writers', async () => {
  const rows = Array.from({ length: 2500 }, (_, i) => `${i % 2 ? '35238' : '69123'};SN;Saint-Louis;ligne ${i}`);
  const { cooperations, report } = await importInventory(
    new TextEncoder().encode(`code insee;pays;ville partenaire;description\n${rows.join('\n')}\n69123;Atlantide;;\n`),
    miniGazetteers(),
  );

  it('write in pieces the same GeoJSON as toGeoJson', () => {
    const chunks = [...geoJsonChunks(cooperations, { title: 'essai' })];
    expect(chunks.length).toBeGreaterThan(3);
    expect(chunks.join('')).toBe(JSON.stringify(toGeoJson(cooperations, { title: 'essai' })));
    expect(JSON.parse([...geoJsonChunks([])].join(''))).toEqual({ type: 'FeatureCollection', features: [] });
  });

  it('write in pieces a report that reads back whole', () => {
    expect(JSON.parse([...reportJsonChunks(report)].join(''))).toEqual(report);
    const empty = { rows: 0, imported: 0, rejected: 0, issues: [] };
    expect(JSON.parse([...reportJsonChunks(empty)].join(''))).toEqual(empty);
  });
});
