import { describe, expect, it } from 'vitest';
import { miniGazetteers } from '../../tests/fixtures/paths';
import { parseCsv } from './csv';
import { importInventory } from './import';
import { readTable } from './read-table';
import { REASON_COLUMN, toRejectedCsv } from './rejected-csv';
import { unneutraliseFormula } from '../text/excel-csv';

const encode = (text: string) => new TextEncoder().encode(text);

const FILE = [
  'collectivite_nom;pays_partenaire;territoire_partenaire;description',
  'Rennes;Sénégal;Dakar;bien',
  'Rennnes;Sénégal;Dakar;"texte; avec ""guillemets"""',
  'Lyon;Atlantide;;=SOMME(A1)',
  'Lyon;Maroc;Rabat;ok',
  'Lyon;Maroc;Rabat;ok',
].join('\n');

describe('toRejectedCsv', () => {
  it('lists the rejected rows with their original cells and the reason, for French Excel', async () => {
    const { report, source } = await importInventory(encode(FILE), miniGazetteers());
    const csv = toRejectedCsv(source, report);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv).toContain('\r\n');
    const table = parseCsv(csv.slice(1));
    expect(table.delimiter).toBe(';');
    expect(table.header).toEqual(['collectivite_nom', 'pays_partenaire', 'territoire_partenaire', 'description', REASON_COLUMN]);
    expect(table.rows.map((row) => row.cells[0])).toEqual(['Rennnes', 'Lyon', 'Lyon']);
    expect(table.rows[0].cells[4]).toMatch(/^collectivite_nom : Collectivité « Rennnes » introuvable/);
    expect(table.rows[1].cells[4]).toMatch(/^pays_partenaire : Pays « Atlantide » inconnu/);
    expect(table.rows[2].cells[4]).toContain('Doublon exact de la ligne 5');
  });

  it('reads back the same cells when imported again (round trip)', async () => {
    const first = await importInventory(encode(FILE), miniGazetteers());
    const again = await readTable(encode(toRejectedCsv(first.source, first.report)));
    expect(again.input).toMatchObject({ format: 'csv', encoding: 'utf-8', delimiter: ';' });
    const cells = again.table.rows.map((row) => row.cells.slice(0, 4).map(unneutraliseFormula));
    expect(cells).toEqual(first.source.rows.map((row) => row.cells));
    expect(cells[0][3]).toBe('texte; avec "guillemets"');
    expect(cells[1][3]).toBe('=SOMME(A1)');
  });

  it('writes only the header when nothing was rejected', () => {
    expect(toRejectedCsv({ header: ['a', 'b'], rows: [] }, { issues: [] })).toBe(`\uFEFFa;b;${REASON_COLUMN}\r\n`);
  });
});
