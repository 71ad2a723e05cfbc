/**
 * The twinnings pipeline on hand-checked pairs, against the real gazetteers of public/geo: the
 * positions expected are those of the towns themselves, checked by hand (within 25 km).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { BuiltTwinnings } from './build';
import { buildLines as build, kmBetween } from './build.fixtures';

describe('hand-checked pairs', () => {
  let built: BuiltTwinnings;
  beforeAll(async () => {
    built = await build(
      'Chambéry,France,Ouahigouya,Burkina Faso',
      'Ségou,Mali,Angoulême,France',
      'Apt,France,Bakel,Senegal',
      'Dunkirk,France,Middlesbrough,"England, United Kingdom"',
      'Middlesbrough,England,Dunkerque,France',
      'Ijevan,Armenia,Valence,France',
      'Saint-Denis,France,Gera,Germany',
      'Dieppe,Canada,Dieppe,France',
      'Beaconsfield,Canada,Verneuil-sur-Seine,France',
      'Choisy-le-Roi,France,Đống Đa (Hanoi),Vietnam',
      'Cork,Republic of Ireland,Rennes,France',
      'Ouagadougou,Burkina Faso,Loudun,France',
    );
  }, 60_000);

  const pair = (ctCode: string, partnerName: string) => {
    const found = built.jumelages.find((j) => j.ctCode === ctCode && j.partnerName === partnerName);
    if (!found) throw new Error(`${ctCode} – ${partnerName} absent`);
    return found;
  };
  const expectAt = (point: [number, number], expected: [number, number]) => expect(kmBetween(point, expected)).toBeLessThan(25);

  it('places both ends of each pair where the towns are', () => {
    const chambery = pair('73065', 'Ouahigouya');
    expectAt([chambery.ctLon, chambery.ctLat], [5.92, 45.57]);
    expectAt([chambery.partnerLon, chambery.partnerLat], [-2.42, 13.58]);
    expectAt([pair('16015', 'Ségou').partnerLon, pair('16015', 'Ségou').partnerLat], [-6.26, 13.44]);
    expectAt([pair('84003', 'Bakel').partnerLon, pair('84003', 'Bakel').partnerLat], [-12.46, 14.9]);
    expect(pair('26362', 'Ijevan').ctDepartement).toBe('26');
  });

  it('reads English names: Dunkirk is Dunkerque, Republic of Ireland and England are countries', () => {
    expect(pair('59183', 'Middlesbrough')).toMatchObject({ ctName: 'Dunkerque', partnerCountry: 'GB' });
    expect(pair('35238', 'Cork').partnerCountry).toBe('IE');
  });

  it('chooses a homonym in the partner country, never elsewhere: Dieppe and Beaconsfield in Canada', () => {
    const dieppe = pair('76217', 'Dieppe');
    expect(dieppe.partnerCountry).toBe('CA');
    expectAt([dieppe.partnerLon, dieppe.partnerLat], [-64.69, 46.08]);
    const beaconsfield = pair('78642', 'Beaconsfield');
    expectAt([beaconsfield.partnerLon, beaconsfield.partnerLat], [-73.86, 45.43]);
  });

  it('gives a shared French name to the most populous commune, with a warning naming the others', () => {
    const valence = built.report.entries.find((entry) => entry.row === 7)!;
    expect(pair('26362', 'Ijevan').ctName).toBe('Valence');
    expect(valence.warnings.join(' ')).toMatch(/Valence \(commune, 26\).*les autres : .*Valence \(commune, 82\)/);
    // Saint-Denis of Réunion is more populous, but the list writes "Réunion, France" for it.
    expect(pair('93066', 'Gera').ctDepartement).toBe('93');
    expect(built.report.entries.find((entry) => entry.row === 8)!.warnings.join(' ')).toMatch(/974/);
  });

  it('places a district at its own point when found near its city, else at the city', () => {
    const dongDa = pair('94022', 'Đống Đa (Hanoi)');
    expectAt([dongDa.partnerLon, dongDa.partnerLat], [105.83, 21.02]);
  });

  it('merges a pair listed on both pages into one jumelage keeping both lines', () => {
    const dunkirk = pair('59183', 'Middlesbrough');
    expect(dunkirk.sourceRow).toBe(5);
    expect(dunkirk.sourceRows).toEqual([5, 6]);
    expect(built.report.entries.find((entry) => entry.row === 6)).toMatchObject({ status: 'merged', into: 5 });
  });

  it('accounts for every line: imported, merged or rejected with its reason', () => {
    const { rows, imported, merged, rejected, entries } = built.report;
    expect(rows).toBe(12);
    expect(imported + merged + rejected).toBe(rows);
    expect(entries.map((entry) => entry.row)).toEqual(Array.from({ length: 12 }, (_, i) => i + 2));
    expect(imported).toBe(built.jumelages.length);
    entries.filter((entry) => entry.status === 'rejected').forEach((entry) => expect(entry.reason).toBeTruthy());
  });
});

describe('homonyms told apart by another line', () => {
  it('takes the Vernouillet that another line pairs, by its département, with the same partner', async () => {
    const { jumelages, report } = await build(
      'Alberndorf im Pulkautal,Austria,Vernouillet,France',
      '"Vernouillet, Yvelines",France,Alberndorf im Pulkautal,Austria',
      'Cheddar,England,Vernouillet,France',
    );
    expect(jumelages.map((j) => [j.ctCode, j.partnerName, j.sourceRows])).toEqual([
      ['78643', 'Alberndorf im Pulkautal', [2, 3]],
      ['28404', 'Cheddar', [4]],
    ]);
    expect(report.entries[0].warnings.join(' ')).toMatch(/Retenue plutôt Vernouillet \(78\)/);
  }, 60_000);
});

describe('partner places the gazetteer lacks, checked on a public page', () => {
  it('places a Jersey parish, a Welsh community and an Irish village at their checked points, naming the page', async () => {
    const { jumelages, report } = await build(
      'Granville,France,St Brelade,Jersey',
      'Ploërmel,France,Llwchwr,"Wales, United Kingdom"',
      'Louisburgh,Republic of Ireland,Moëlan-sur-Mer,France',
    );
    // Saint-Brélade (Jersey), Loughor (whose community is Llwchwr), Louisburgh (County Mayo), by hand.
    const expected: [string, string, [number, number]][] = [
      ['JE', 'St Brelade', [-2.2, 49.2]],
      ['GB', 'Llwchwr', [-4.06, 51.66]],
      ['IE', 'Louisburgh', [-9.81, 53.76]],
    ];
    expect(jumelages.map((j) => [j.partnerCountry, j.partnerName])).toEqual(expected.map(([country, name]) => [country, name]));
    jumelages.forEach((j, i) => expect(kmBetween([j.partnerLon, j.partnerLat], expected[i][2])).toBeLessThan(25));
    expect(report.entries.every((entry) => entry.warnings.some((w) => /point vérifié sur https?:\/\//.test(w)))).toBe(true);
  }, 60_000);
});

describe('a town by its own name', () => {
  it('prefers the town named so to a larger one that has the name only as another name', async () => {
    const { jumelages, report } = await build('Arles,France,York,United States', 'Béziers,France,Stavropol,Russia');
    expect(kmBetween([jumelages[0].partnerLon, jumelages[0].partnerLat], [-76.73, 39.96])).toBeLessThan(25);
    expect(kmBetween([jumelages[1].partnerLon, jumelages[1].partnerLat], [41.97, 45.04])).toBeLessThan(25);
    expect(report.entries[0].warnings.join(' ')).toMatch(/Warner Robins/);
  }, 60_000);
});

describe('municipalities named after a town', () => {
  it('places a merged municipality at the town it is named after when one town of that name stands out, else at its checked point', async () => {
    const { jumelages, report } = await build(
      'Comines-Warneton,Belgium,Argentonnay,France',
      'Lindenberg im Allgäu,Germany,Vallauris,France',
    );
    expect(jumelages).toHaveLength(2);
    expect(kmBetween([jumelages[0].partnerLon, jumelages[0].partnerLat], [3.0, 50.77])).toBeLessThan(25);
    // Germany has several Lindenbergs of like size: the rule cannot tell which (partner-side.test.ts); the town's page does, 47° 36′ N, 9° 54′ E.
    expect(kmBetween([jumelages[1].partnerLon, jumelages[1].partnerLat], [9.9, 47.6])).toBeLessThan(25);
    expect(report.entries[1].warnings.join(' ')).toMatch(/vérifié sur https:\/\/findatwiki\.com/);
  }, 60_000);
});

describe('names with a qualifier the gazetteer drops', () => {
  it('places a town written with its river, region or spa at the town, each with a warning', async () => {
    const { jumelages, report } = await build(
      'Rottenburg am Neckar,Germany,Ablis,France',
      'Leuze-en-Hainaut,Belgium,Loudun,France',
      'Droitwich Spa,England,Voiron,France',
      'Reichenbach im Vogtland,Germany,Althen-des-Paluds,France',
      'Weinstadt,Germany,Parthenay,France',
      'Rotherfield,England,Saint-Chéron,France',
      'Weiden in der Oberpfalz,Germany,Issy-les-Moulineaux,France',
    );
    const at = (name: string): [number, number] => {
      const found = jumelages.find((j) => j.partnerName === name);
      if (!found) throw new Error(`${name} absent`);
      return [found.partnerLon, found.partnerLat];
    };
    // Not Rottenburg an der Laaber (Bavaria), nor Leuze, a section of Éghezée.
    expect(kmBetween(at('Rottenburg am Neckar'), [8.93, 48.48])).toBeLessThan(25);
    expect(kmBetween(at('Leuze-en-Hainaut'), [3.62, 50.6])).toBeLessThan(25);
    expect(kmBetween(at('Droitwich Spa'), [-2.15, 52.27])).toBeLessThan(25);
    expect(kmBetween(at('Reichenbach im Vogtland'), [12.3, 50.62])).toBeLessThan(25);
    expect(kmBetween(at('Weinstadt'), [9.37, 48.81])).toBeLessThan(25);
    expect(report.entries.slice(0, 5).every((entry) => entry.warnings.some((w) => /introuvable tel quel : placé à/.test(w)))).toBe(true);
    // The village of East Sussex, absent from GeoNames, is at its checked point, not at Rotherfield Peppard (Oxfordshire).
    expect(kmBetween(at('Rotherfield'), [0.22, 51.05])).toBeLessThan(25);
    expect(report.entries[5].warnings.join(' ')).toMatch(/placé à Rotherfield, East Sussex, point vérifié sur/);
    // Two Weidens: the one of the Upper Palatinate is over ten times the other, which the warning names.
    expect(kmBetween(at('Weiden in der Oberpfalz'), [12.16, 49.68])).toBeLessThan(25);
    expect(report.entries[6].warnings.join(' ')).toMatch(/au moins 10 fois moins peuplés : Weiden \(97 hab\.\)/);
  }, 60_000);
});

describe('intercommunalities written with a qualifier', () => {
  it('takes the intercommunality of the commune named when its name carries the commune’s, never one merged away', async () => {
    const { jumelages, report } = await build(
      'Zhenjiang,China,Bergerac (communauté),France',
      'Dujiangyan,China,Gisors-Epte-Lévrière (intercommunality),France',
    );
    expect(jumelages.map((j) => [j.ctCode, j.ctName])).toEqual([['200070647', 'CA Bergeracoise']]);
    expect(report.entries[0].warnings[0]).toMatch(/intercommunalité de Bergerac \(24/);
    // Merged into the CC du Vexin Normand in 2017, whose name does not carry it.
    expect(report.entries[1]).toMatchObject({ status: 'rejected', reason: expect.stringMatching(/Gisors-Epte-Lévrière.*introuvable/) });
  }, 60_000);
});

describe('rejections', () => {
  it('rejects a pair of two French collectivities, an unknown country and an unknown place, never at the country point', async () => {
    const { report, jumelages } = await build(
      'Metz,France,Saint-Denis,"Réunion, France"',
      'Nowhere,Atlantis,Lyon,France',
      'Qwxzqwxz,Germany,Lyon,France',
    );
    expect(jumelages).toEqual([]);
    expect(report.entries.map((entry) => entry.status)).toEqual(['rejected', 'rejected', 'rejected']);
    expect(report.entries[0].reason).toMatch(/deux collectivités françaises/);
    expect(report.entries[1].reason).toMatch(/Atlantis/);
    expect(report.entries[2].reason).toMatch(/introuvable.*plutôt qu’au point du pays/);
  }, 60_000);
});

describe('French homonyms checked on a page', () => {
  it('takes the commune a checked page twins with the partner, for that pair only', async () => {
    const { jumelages, report } = await build(
      'Rheinberg,Germany,Montreuil,France',
      'Montreuil,France,Cottbus,Germany',
      'Hemyock,England,La Roche-Blanche,France',
    );
    expect(jumelages.map((j) => [j.partnerName, j.ctCode, j.ctDepartement])).toEqual([
      // Montreuil-sur-Mer (Pas-de-Calais) and La Roche-Blanche (Loire-Atlantique), not the most populous of the name.
      ['Rheinberg', '62588', '62'],
      ['Cottbus', '93048', '93'],
      ['Hemyock', '44222', '44'],
    ]);
    expect(report.entries[0].warnings.join(' ')).toMatch(/retenue Montreuil-sur-Mer \(62\), jumelage vérifié sur https:\/\/rheinberg\.de\//);
    expect(report.entries[1].warnings.join(' ')).toMatch(/la plus peuplée de métropole est retenue/);
  }, 60_000);

  it('takes the commune a checked entry names over the most populous of the name, for that partner only', async () => {
    const { jumelages, report } = await build('Malle,Belgium,Saint-Savin,France', 'Asti,Italy,Valence,France');
    // The most populous Saint-Savin is in the Isère; Malle's twin is Saint-Savin of the Vienne.
    expect(jumelages.map((j) => [j.ctCode, j.ctDepartement, j.partnerName])).toEqual([
      ['86246', '86', 'Malle'],
      ['26362', '26', 'Asti'],
    ]);
    expect(report.entries[0].warnings.join(' ')).toMatch(/retenue Saint-Savin \(86\), jumelage vérifié sur https:\/\/verbroedering-malle\.be\//);
    expect(report.entries[1].warnings.join(' ')).toMatch(/la plus peuplée de métropole est retenue, Valence \(commune, 26\)/);
  }, 60_000);
});
