import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { INVENTORY_COLUMNS } from '../domain/inventory';
import { miniGazetteers } from '../../tests/fixtures/paths';
import { importInventory } from './import';
import { UnreadableFileError } from './read-table';
import type { ImportResult } from './report';
import { toInventoryCsv } from './write';
import { sheetXml, workbookBytes } from '../../tests/fixtures/import/workbook';

const gazetteers = miniGazetteers();
const encode = (text: string) => new TextEncoder().encode(text);

/** Cells a network's spreadsheet may hold: mostly sensible for their column, sometimes noise. */
const noise = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.string({ unit: fc.constantFrom('"', ';', ',', '\n', '\r', '\t', 'é', '=', ' ', 'a'), maxLength: 6 }),
);
const likely = (...values: string[]) => fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...values) }, { weight: 1, arbitrary: noise });
const CELLS: Partial<Record<string, fc.Arbitrary<string>>> = {
  collectivite_code: likely('35238', '1053', '69123', '44109', ''),
  collectivite_nom: likely('Rennes', 'Saint-Denis', 'Lyon', 'Nantes', ''),
  pays_partenaire: likely('Sénégal', 'SN', 'Mali', 'MAR', 'Allemagne', 'Atlantide'),
  territoire_partenaire: likely('Saint-Louis', 'Dakar', 'Fès', 'Erlangen', 'Nulle-Part', ''),
  thematiques: likely('Eau|Santé', 'Culture', 'Astronomie', ''),
  annee_debut: likely('1985', '2020', '42005', '19xx', ''),
  budget_annuel: likely('12 500 €', '3500,50', 'beaucoup', ''),
};
const cellFor = (column: string) => CELLS[column] ?? noise;

/** A header with a collectivity and a country column (so that rows can be imported), in any order, plus others. */
const header = fc
  .tuple(
    fc.constantFrom('collectivite_code', 'collectivite_nom', 'Code INSEE', 'Commune'),
    fc.constantFrom('pays_partenaire', 'Pays'),
    fc.uniqueArray(fc.oneof(fc.constantFrom(...INVENTORY_COLUMNS), fc.string({ minLength: 1, maxLength: 10 })), { maxLength: 6 }),
  )
  .map(([ct, country, others]) => [...new Set([ct, country, ...others])])
  .chain((columns) => fc.shuffledSubarray(columns, { minLength: columns.length }));
const canonical = (column: string) => ({ 'Code INSEE': 'collectivite_code', Commune: 'collectivite_nom', Pays: 'pays_partenaire' })[column] ?? column;
const table = header.chain((columns) =>
  fc.record({
    columns: fc.constant(columns),
    rows: fc.array(fc.tuple(...columns.map((column) => cellFor(canonical(column)))), { maxLength: 12 }),
    delimiter: fc.constantFrom(';', ',', '\t'),
  }),
);

function csvOf({ columns, rows, delimiter }: { columns: string[]; rows: string[][]; delimiter: string }): string {
  const quote = (value: string) => (/["\r\n;,\t]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
  return [columns, ...rows].map((row) => row.map(quote).join(delimiter)).join('\r\n');
}

/** rows == imported + rejected; a rejected row has an error naming its line, an imported one has none. */
function expectInvariants({ cooperations, report }: ImportResult): void {
  expect(report.rows).toBe(report.imported + report.rejected);
  expect(cooperations).toHaveLength(report.imported);
  const importedLines = new Set(cooperations.map((c) => c.sourceRow));
  const errorLines = new Set(report.issues.filter((i) => i.severity === 'error' && i.row > 1).map((i) => i.row));
  for (const line of importedLines) expect(errorLines.has(line!)).toBe(false);
  expect(errorLines.size).toBe(report.rejected);
}

describe('the importer, on generated input', () => {
  it('never throws on any table, and its report always adds up', async () => {
    await fc.assert(
      fc.asyncProperty(table, async (generated) => expectInvariants(await importInventory(encode(csvOf(generated)), gazetteers))),
      { numRuns: 150 },
    );
  });

  it('reads a table saved as XLSX as it reads the same table saved as CSV, and its report adds up', async () => {
    await fc.assert(
      fc.asyncProperty(table, async (generated) => {
        const fromCsv = await importInventory(encode(csvOf(generated)), gazetteers);
        // A header cell holding another delimiter may make the sniffer choose it: a different table then.
        fc.pre(fromCsv.report.input?.delimiter === generated.delimiter);
        const fromXlsx = await importInventory(workbookBytes({ Inventaire: sheetXml([generated.columns, ...generated.rows]) }), gazetteers);
        expectInvariants(fromXlsx);
        expect(fromXlsx.cooperations).toEqual(fromCsv.cooperations);
        const outcome = ({ report }: ImportResult) => ({ ...report, input: undefined, issues: report.issues.map((issue) => [issue.row, issue.code]) });
        expect(outcome(fromXlsx)).toEqual(outcome(fromCsv));
      }),
      { numRuns: 100 },
    );
  });

  it('on any bytes of a workbook, either reports or refuses the file with a French reason', async () => {
    const valid = workbookBytes({ Inventaire: sheetXml([['collectivite_code', 'pays_partenaire'], ['35238', 'Sénégal']]) });
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: valid.length - 1 }), fc.integer({ min: 0, max: 255 }), async (at, byte) => {
        const damaged = Uint8Array.from(valid);
        damaged[at] = byte;
        try {
          expectInvariants(await importInventory(damaged, gazetteers));
        } catch (error) {
          expect(error).toBeInstanceOf(UnreadableFileError);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('on any bytes, either reports or refuses the file with a French reason', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 300 }), async (bytes) => {
        try {
          expectInvariants(await importInventory(bytes, gazetteers));
        } catch (error) {
          expect(error).toBeInstanceOf(UnreadableFileError);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('gives back the same cooperations when an export is imported again, whatever their texts', async () => {
    const example = await importInventory(
      encode(
        'collectivite_code;pays_partenaire;territoire_partenaire;thematiques\n35238;Sénégal;Saint-Louis;Santé\n69123;Maroc;Fès;Eau\n01053;Allemagne;Erlangen;Culture\n',
      ),
      gazetteers,
    );
    const text = fc.option(fc.string({ maxLength: 40 }), { nil: null });
    const texts = fc.array(fc.record({ description: text, localInterest: text, budget: fc.option(fc.integer({ min: 0, max: 5_000_000 }), { nil: null }) }), {
      minLength: example.cooperations.length,
      maxLength: example.cooperations.length,
    });
    await fc.assert(
      fc.asyncProperty(texts, async (variants) => {
        const exported = example.cooperations.map((c, i) => ({
          ...c,
          description: variants[i].description?.trim() || null,
          localInterest: variants[i].localInterest?.trim() || null,
          annualBudgetEur: variants[i].budget,
        }));
        const again = await importInventory(encode(toInventoryCsv(exported)), gazetteers);
        const comparable = (c: (typeof exported)[number]) => ({ ...c, id: null, sourceRow: null });
        expect(again.cooperations.map(comparable)).toEqual(exported.map(comparable));
      }),
      { numRuns: 60 },
    );
  });
});
