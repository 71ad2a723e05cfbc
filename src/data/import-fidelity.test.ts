import { describe, expect, it } from 'vitest';
import { miniGazetteers } from '../../tests/fixtures/paths';
import { sheetXml, workbookBytes } from '../../tests/fixtures/import/workbook';
import { renderIssue } from '../i18n/import-messages';
import { importInventory } from './import';
import { toInventoryCsv } from './write';

const text = (value: string) => new TextEncoder().encode(value);
const importOf = (input: Uint8Array) => importInventory(input, miniGazetteers());
const HEADER = ['collectivite_code', 'pays_partenaire', 'budget_annuel'];

describe('no silent corruption', () => {
  it('keeps the value of numeric XLSX cells: 123.456 and 1.125 are not thousands', async () => {
    const xlsx = workbookBytes({ Inventaire: sheetXml([HEADER, ['35238', 'Sénégal', 123.456], ['69123', 'Mali', 1.125], ['44109', 'Maroc', 12500]]) });
    const { cooperations, report } = await importOf(xlsx);
    expect(report.rejected).toBe(0);
    expect(cooperations.map((c) => c.annualBudgetEur)).toEqual([123.46, 1.13, 12500]);
  });

  it('reads a UTF-8 file with one invalid byte as UTF-8, marks the damaged cell and warns once for the file', async () => {
    const lines = Array.from({ length: 1000 }, (_, i) => `${i % 2 ? '35238' : '69123'};Sénégal;Santé;coopération ${i}`);
    const bytes = text(['collectivite_code;pays_partenaire;thematiques;description', ...lines].join('\n'));
    const damagedAt = bytes.indexOf(text('coopération 500')[0], bytes.length / 2);
    const damaged = Uint8Array.from(bytes);
    damaged[damagedAt + 1] = 0xff;
    const { cooperations, report } = await importOf(damaged);
    expect(report.input?.encoding).toBe('utf-8');
    expect(cooperations.filter((c) => c.themes.includes('sante'))).toHaveLength(report.imported);
    expect(cooperations.some((c) => c.description?.includes('Ã'))).toBe(false);
    const fileWarnings = report.issues.filter((issue) => issue.code === 'text.damagedBytes');
    expect(fileWarnings).toHaveLength(1);
    expect(fileWarnings[0].message).toMatch(/1 octet\(s\) invalide/);
    const cellWarnings = report.issues.filter((issue) => issue.code === 'text.damagedCell');
    expect(cellWarnings).toEqual([expect.objectContaining({ column: 'description', severity: 'warning' })]);
  });

  it('names the cells whose value is lost: formula without value, error cell; reads CDATA text', async () => {
    const xlsx = workbookBytes({
      Inventaire: sheetXml([
        [...HEADER, 'description'],
        ['35238', 'Sénégal', { xml: '<f>SUM(A1:A3)</f>' }, { attributes: 't="inlineStr"', xml: '<is><t><![CDATA[Eau & <assainissement>]]></t></is>' }],
        ['69123', 'Mali', { attributes: 't="e"', xml: '<v>#DIV/0!</v>' }, { attributes: 't="e"', xml: '<f>VLOOKUP(A3,B:B,2)</f><v>#N/A</v>' }],
      ]),
    });
    const { cooperations, report } = await importOf(xlsx);
    expect(report.imported).toBe(2);
    expect(cooperations[0].description).toBe('Eau & <assainissement>');
    expect(report.issues.filter((issue) => issue.code.startsWith('xlsx.')).map((issue) => [issue.row, issue.column, issue.message])).toEqual([
      [2, 'budget_annuel', expect.stringContaining('Formule « =SUM(A1:A3) » sans valeur calculée')],
      [3, 'budget_annuel', expect.stringContaining('Cellule en erreur (#DIV/0!)')],
      [3, 'description', expect.stringContaining('Cellule en erreur (#N/A)')],
    ]);
  });

  it('warns for a budget too large to be one, and never exports Infinity', async () => {
    const csv = text(`${HEADER.join(';')}\n35238;Sénégal;${'9'.repeat(400)}\n69123;Mali;2000000000000\n`);
    const { cooperations, report } = await importOf(csv);
    expect(cooperations.map((c) => c.annualBudgetEur)).toEqual([null, null]);
    expect(report.issues.filter((issue) => issue.code === 'amount.tooLarge').map((issue) => issue.row)).toEqual([2, 3]);
    expect(toInventoryCsv(cooperations)).not.toMatch(/Infinity|e\+/);
  });

  it('removes an apostrophe typed before a code, with a warning, but keeps it in free text', async () => {
    const csv = text("collectivite_code;pays_partenaire;description\n'35238;Sénégal;'Teranga' en wolof\n");
    const { cooperations, report } = await importOf(csv);
    expect(cooperations[0]).toMatchObject({ ctCode: '35238', description: "'Teranga' en wolof" });
    expect(report.issues).toContainEqual(expect.objectContaining({ row: 2, column: 'collectivite_code', code: 'cell.apostrophe' }));
  });

  it('export then re-import gives the same cooperations, even when rows differed only in spelling', async () => {
    const budgets = ['1 000 €', '1000', '1.000', '1k€', '0,5', '12 500,50', '999999999999', '1,5 M€', '3500,50', '0'];
    const rows = [
      '35238;Sénégal;',
      '35238;SN;',
      ...budgets.map((budget) => `69123;Mali;${budget}`),
    ];
    const first = await importOf(text(`${HEADER.join(';')}\n${rows.join('\n')}\n`));
    expect(first.report.issues.filter((issue) => issue.code === 'row.sameCooperation').map((issue) => issue.row)).toEqual([3, 5, 6, 7]);
    const again = await importOf(text(toInventoryCsv(first.cooperations)));
    expect(again.report.rejected).toBe(0);
    const strip = (c: { id: string; sourceRow?: number | null }) => ({ ...c, id: '', sourceRow: null });
    expect(again.cooperations.map(strip)).toEqual(first.cooperations.map(strip));
  });
});

describe('messages by id', () => {
  it('keep the French text for the CLI and render in English for the English interface', async () => {
    const { report } = await importOf(text('collectivite_code;pays_partenaire\n35238;Atlantide\n'));
    const issue = report.issues.find((item) => item.code === 'country.unknown')!;
    expect(issue.message).toBe('Pays « Atlantide » inconnu (attendu : nom français ou anglais, code ISO à 2 ou 3 lettres).');
    expect(renderIssue(issue, 'fr')).toBe(issue.message);
    expect(renderIssue(issue, 'en')).toBe('Unknown country "Atlantide" (expected: French or English name, 2- or 3-letter ISO code).');
    expect(renderIssue({ message: 'texte d’un ancien rapport' }, 'en')).toBe('texte d’un ancien rapport');
  });
});
