import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { miniGazetteers } from '../../tests/fixtures/paths';
import { importInventory } from './import';
import type { ImportResult } from './report';
import { toInventoryCsv } from './write';
import { typologyLookup, withTypologies } from '../model/typology';
import { continentLookup } from '../domain/gazetteer';

const EXAMPLE = readFileSync(new URL('../../public/templates/exemple-cooperations.csv', import.meta.url));
const encode = (text: string) => new TextEncoder().encode(text);

/** The invariants of every report: counts add up and every rejected row is named by an issue. */
function expectReportInvariants({ cooperations, report }: ImportResult): void {
  expect(report.rows).toBe(report.imported + report.rejected);
  expect(cooperations).toHaveLength(report.imported);
  const imported = new Set(cooperations.map((c) => c.sourceRow));
  const named = new Set(report.issues.map((issue) => issue.row));
  const errorRows = new Set(report.issues.filter((issue) => issue.severity === 'error').map((issue) => issue.row));
  for (const row of errorRows) expect(imported.has(row)).toBe(false);
  expect(named.size).toBeGreaterThanOrEqual(errorRows.size);
  const rejectedRows = [...named].filter((row) => row > 1 && !imported.has(row));
  expect(rejectedRows).toHaveLength(report.rejected);
}

describe('importInventory', () => {
  it('imports the filled example: every feature of the format, every altered or rejected row named', async () => {
    const result = await importInventory(EXAMPLE, miniGazetteers());
    expectReportInvariants(result);
    const { cooperations, report } = result;
    expect(report).toMatchObject({ rows: 15, imported: 14, rejected: 1, input: { encoding: 'utf-8', delimiter: ';' } });
    expect(report.issues.find((issue) => issue.severity === 'error')).toMatchObject({ row: 5, column: 'collectivite_nom' });
    const byRow = new Map(cooperations.map((c) => [c.sourceRow, c]));
    expect(byRow.get(2)).toMatchObject({ ctCode: '01053', ctRegion: '84', partnerCountry: 'DE', partnerPrecision: 'commune', typology: 'cimob', typologySource: 'manual' });
    expect(byRow.get(4)).toMatchObject({ ctCode: '44109', partnerName: 'Saarbrücken' });
    // No `typologie` for Nantes: its model is computed (Europe service, "rayonnement") once models are applied.
    expect(byRow.get(4)).toMatchObject({ typology: null, typologySource: null });
    const typed = withTypologies(cooperations, typologyLookup(cooperations, continentLookup(await miniGazetteers().countries())));
    expect(typed[cooperations.indexOf(byRow.get(4)!)]).toMatchObject({ typology: 'astre', typologySource: 'computed' });
    expect(byRow.get(8)).toMatchObject({ ctKind: 'region', ctDepartement: null, partnerPrecision: 'pays', partnerName: 'Mali' });
    expect(byRow.get(9)).toMatchObject({ partnerPrecision: 'coordonnees', partnerLat: 12.3657, partnerLon: -1.5339 });
    expect(byRow.get(10)).toMatchObject({ ctKind: 'epci', themes: ['culture-patrimoine'], annualBudgetEur: 12000 });
    expect(byRow.get(6)).toMatchObject({ annualBudgetEur: 1200000, aectBudgetEur: 2500000, riService: true, europeService: true });
    expect(byRow.get(13)).toMatchObject({ ctCode: '97411', nature: 'aide-urgence', startYear: 2019, endYear: 2020 });
    expect(byRow.get(16)).toMatchObject({ ctKind: 'syndicat', ctCode: '200000000', ctApproximate: true, ctDepartement: '35' });
    expect(new Set(cooperations.map((c) => c.id)).size).toBe(cooperations.length);
  });

  it('gives stable ids: the same file imports to the same cooperations', async () => {
    const first = await importInventory(EXAMPLE, miniGazetteers());
    const second = await importInventory(EXAMPLE, miniGazetteers());
    expect(second.cooperations).toEqual(first.cooperations);
  });

  it('reads a French Excel CSV (Windows-1252, ;, CRLF) with unknown columns kept and duplicates dropped', async () => {
    const text = 'Code INSEE;Commune;Pays;Ville partenaire;Thèmes;Référent élu\r\n35238;Rennes;Sénégal;Saint-Louis;Santé;Mme Lefèvre\r\n\r\n35238;Rennes;Sénégal;Saint-Louis;Santé;Mme Lefèvre\r\n';
    const bytes = Uint8Array.from([...text].map((char) => char.charCodeAt(0)));
    const result = await importInventory(bytes, miniGazetteers());
    expectReportInvariants(result);
    expect(result.report).toMatchObject({ rows: 2, imported: 1, rejected: 1, input: { encoding: 'windows-1252' } });
    expect(result.cooperations[0]).toMatchObject({ ctName: 'Rennes', themes: ['sante'], referent_elu: 'Mme Lefèvre' });
    expect(result.report.issues).toEqual([
      expect.objectContaining({ row: 1, column: 'Référent élu', severity: 'warning' }),
      expect.objectContaining({ row: 4, column: null, severity: 'error', message: expect.stringContaining('ligne 2') }),
    ]);
  });

  it('rejects a row for an unknown country or collectivity, and applies user column mappings', async () => {
    const csv = 'Ville,Pays\nRennes,Narnia\nAtlantis,Sénégal\nNantes,\nNantes,Sénégal\n';
    const result = await importInventory(encode(csv), miniGazetteers(), { columnMapping: { Ville: 'collectivite_nom' } });
    expectReportInvariants(result);
    expect(result.report).toMatchObject({ rows: 4, imported: 1, rejected: 3 });
    expect(result.report.issues.map((issue) => [issue.row, issue.column, issue.severity])).toEqual([
      [2, 'Pays', 'error'],
      [3, 'Ville', 'error'],
      [4, 'Pays', 'error'],
    ]);
  });

  it('rejects the row of an unterminated quote, naming it', async () => {
    const result = await importInventory(encode('commune;pays\n"Rennes;Sénégal\nNantes;Maroc\n'), miniGazetteers());
    expectReportInvariants(result);
    expect(result.report).toMatchObject({ rows: 2, imported: 1, rejected: 1 });
  });

  it('reports progress up to 1', async () => {
    const rows = Array.from({ length: 2500 }, (_, i) => `35238;Sénégal;${1950 + (i % 70)};${i}`).join('\n');
    const fractions: number[] = [];
    await importInventory(encode(`code insee;pays;annee debut;note\n${rows}`), miniGazetteers(), { onProgress: (f) => fractions.push(f) });
    expect(fractions.length).toBeGreaterThan(2);
    expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
    expect(fractions.at(-1)).toBe(1);
  });

  it('round-trips: an exported CSV imports back to the same cooperations', async () => {
    const first = await importInventory(EXAMPLE, miniGazetteers());
    const kept = first.cooperations.map((c, index) => ({ ...c, description: index === 0 ? '=HYPERLINK("x")' : c.description }));
    const csv = toInventoryCsv(kept);
    const again = await importInventory(encode(csv), miniGazetteers());
    expect(again.report).toMatchObject({ rows: kept.length, imported: kept.length, rejected: 0 });
    const lineOf = new Map(kept.map((c, index) => [c.id, index + 2]));
    const expected = kept.map((c) => ({ ...c, sourceRow: lineOf.get(c.id) ?? null, id: expect.any(String) }));
    expect(again.cooperations).toEqual(expected);
  });
});
