/**
 * The report of an import read in the English interface: the resolvers' messages (ambiguous
 * names, places not found, suggestions) are rendered from their ids, with no French left.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { renderImportParam, renderIssue } from '../i18n/import-messages';
import { diskGazetteerSource } from './gazetteer-source';
import { importInventory } from './import';
import type { ImportReport } from './report';

const HEADER = 'collectivite_nom;pays_partenaire;territoire_partenaire;annee_debut;annee_fin';
const ROWS = ['Saint-Denis;Sénégal;Dakar;;', 'Saint-Malot;Sénégal;Dakar;;', 'Rennes;Sénégal;Ziguinchorrr;;', 'Paris;Dahomey;;;', 'Rennes;Atlantide;;;'];
/** Words and signs of the French messages that an English one must not contain. */
const FRENCH = /«|»|\b(voulez|vouliez|dire|désigne|plusieurs|collectivités?|précisez|introuvable|référentiel|villes?|régions?|pays|placée?|hab|nom|porté|jusqu|depuis|seule|retenue|département|inconnu|attendu|lettres)\b/i;

let report: ImportReport;
beforeAll(async () => {
  ({ report } = await importInventory(new TextEncoder().encode([HEADER, ...ROWS].join('\n')), diskGazetteerSource('public/geo')));
});

const inEnglish = (row: number) => report.issues.filter((issue) => issue.row === row).map((issue) => renderIssue(issue, 'en'));

describe('an import report in English', () => {
  it('names the candidates of an ambiguous commune in English', () => {
    expect(inEnglish(2)).toEqual([
      '"Saint-Denis" designates several local authorities: Saint-Denis (commune, 11), Saint-Denis (commune, 30), Saint-Denis (commune, 93), Saint-Denis (commune, 974); give the code, the department or the type.',
    ]);
  });

  it('says in English which of a collectivité unique is kept, its kinds listed the English way', () => {
    expect(inEnglish(5)[0]).toBe('"Paris": one single local authority since 2019 (commune and department); kept as Paris (commune, 75).');
  });

  it('asks "did you mean" in English, for a commune, a partner town and a country', () => {
    expect(inEnglish(3)).toEqual(['Local authority "Saint-Malot" not found in the gazetteer. Did you mean Saint-Malo (commune, 35)?']);
    expect(inEnglish(4).join(' ')).toMatch(/^"Ziguinchorrr" not found among the cities and regions of the country \(Senegal\): placed at the country’s point\. Did you mean Ziguinchor.*\?$/);
    expect(inEnglish(5)).toContain(
      'Unknown country "Dahomey" (expected: French or English name, 2- or 3-letter ISO code). Did you mean Benin (name until 1975: Dahomey)?',
    );
  });

  it('offers the mends in English too', () => {
    const dahomey = report.issues.find((issue) => issue.row === 5 && issue.fix)!;
    expect(dahomey.fix?.options.map((option) => renderImportParam(option.label, 'en'))).toEqual(['Benin (name until 1975: Dahomey)']);
    expect(dahomey.fix?.options.map((option) => renderImportParam(option.label, 'fr'))).toEqual(['Bénin (nom porté jusqu’en 1975 : Dahomey)']);
  });

  it('leaves no French word in any message, which the French report keeps', () => {
    expect(report.issues.length).toBeGreaterThanOrEqual(ROWS.length);
    for (const issue of report.issues) {
      expect(renderIssue(issue, 'en')).not.toMatch(FRENCH);
      expect(renderIssue(issue, 'fr')).toBe(issue.message);
    }
    expect(report.issues.map((issue) => issue.message).join(' ')).toMatch(FRENCH);
  });
});
