import { describe, expect, it } from 'vitest';
import { INVENTORY_COLUMNS, INVENTORY_COLUMN_ALIASES } from '../domain/inventory';
import { foldName } from '../domain/text';
import { canonicalColumn, parseColumnMapping, planColumns } from './columns';
import { IssueList } from './report';

describe('canonicalColumn', () => {
  it('matches headers without case, accents or separators', () => {
    expect(canonicalColumn('Année début')).toBe('annee_debut');
    expect(canonicalColumn('ANNEE-DEBUT')).toBe('annee_debut');
    expect(canonicalColumn(' annee_debut ')).toBe('annee_debut');
  });

  it('knows the usual aliases', () => {
    expect(canonicalColumn('Code INSEE')).toBe('collectivite_code');
    expect(canonicalColumn('Commune')).toBe('collectivite_nom');
    expect(canonicalColumn('Pays')).toBe('pays_partenaire');
    expect(canonicalColumn('Ville partenaire')).toBe('territoire_partenaire');
    expect(canonicalColumn('Thèmes')).toBe('thematiques');
    expect(canonicalColumn('Budget')).toBe('budget_annuel');
    expect(canonicalColumn('Ville')).toBeNull();
  });

  it('has no alias shared by two columns, nor repeated within one', () => {
    const names = INVENTORY_COLUMNS.flatMap((column) => [column, ...INVENTORY_COLUMN_ALIASES[column]].map(foldName));
    expect(new Set(names).size).toBe(names.length);
  });
});

describe('planColumns', () => {
  it('applies user mappings first and keeps unknown columns under their folded name, with one warning each', () => {
    const issues = new IssueList();
    const plan = planColumns(['Ville', 'Pays', 'Référent élu', 'id'], { Ville: 'collectivite_nom' }, issues);
    expect(plan.indexes).toEqual({ collectivite_nom: 0, pays_partenaire: 1 });
    expect(plan.headers.collectivite_nom).toBe('Ville');
    expect(plan.extras).toEqual([
      { index: 2, header: 'Référent élu', key: 'referent_elu' },
      { index: 3, header: 'id', key: 'colonne_id' },
    ]);
    expect(issues.items).toHaveLength(2);
    expect(issues.items.every((issue) => issue.row === 1 && issue.severity === 'warning')).toBe(true);
  });

  it('keeps a second column for the same canonical column, with a warning', () => {
    const issues = new IssueList();
    const plan = planColumns(['Pays', 'Country'], {}, issues);
    expect(plan.extras).toEqual([{ index: 1, header: 'Country', key: 'country' }]);
    expect(issues.items[0].message).toContain('déjà fournie');
  });

  it('warns about mappings to no canonical column or from no column of the file', () => {
    const issues = new IssueList();
    planColumns(['Ville'], { Ville: 'inconnue', Absente: 'pays_partenaire' }, issues);
    expect(issues.items.map((issue) => issue.column)).toEqual(['Ville', 'Absente', 'Ville']);
  });
});

describe('parseColumnMapping', () => {
  it('reads the CLI form and refuses a malformed one', () => {
    expect(parseColumnMapping('Ville=collectivite_nom, Pays = pays_partenaire')).toEqual({
      Ville: 'collectivite_nom',
      Pays: 'pays_partenaire',
    });
    expect(parseColumnMapping('Ville')).toBeNull();
    expect(parseColumnMapping('a=b=c')).toBeNull();
  });
});
