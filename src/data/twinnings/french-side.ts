import type { FrenchGazetteer } from '../../domain/gazetteer';
import { renderImportMessage } from '../../i18n/import-messages';
import { addTo, placeKey } from '../place-names';
import type { CollectivityKind } from '../../domain/cooperation';
import { createFrenchResolver, type Collectivity } from '../resolve-french';
import { isCloseSpelling, skeletonIndex, spellingSkeleton } from './closest-name';
import { FRENCH_REGION_NAMES, NOT_COMMUNES } from './french-names';

/** Overseas parts as the lists write them ("Réunion, France") and their département. */
const OVERSEAS: Record<string, string> = {
  guadeloupe: '971',
  martinique: '972',
  'french guiana': '973',
  guyane: '973',
  reunion: '974',
  mayotte: '976',
};

/** Qualifiers in parentheses that mean an intercommunality: "Arras (communauté)". */
const INTERCOMMUNAL = /^(communaute|intercommunality|agglomeration|metropole)/;

interface CommuneEntry {
  code: string;
  name: string;
  key: string;
  departement: string;
  /** SIREN of its intercommunality, '' when none. */
  siren: string;
  population: number;
}

/** A resolution; `others`: the INSEE codes of the homonyms set aside for the most populous one. */
export type FrenchAnswer = ({ value: Collectivity; others?: string[] } | { error: string }) & { warnings: string[] };
export type FrenchSide = (name: string, country: string) => FrenchAnswer;

const byPopulation = (a: CommuneEntry, b: CommuneEntry) => b.population - a.population || a.code.localeCompare(b.code);
const inhabitants = (entry: CommuneEntry) => `${entry.name} (${entry.departement}, ${entry.population.toLocaleString('fr-FR')} hab.)`;

/** How the lists write a French name: "Vitré, Ille-et-Vilaine", "Seynod (Annecy)", "Arras (communauté)". */
function readFrenchName(written: string): { name: string; departement: string | null; within: string | null; intercommunal: boolean } {
  const parenthesis = /^(.+?)\s*\(([^)]+)\)$/.exec(written);
  if (parenthesis) {
    const intercommunal = INTERCOMMUNAL.test(placeKey(parenthesis[2]));
    return { name: parenthesis[1], departement: null, within: intercommunal ? null : parenthesis[2], intercommunal };
  }
  const comma = /^([^,]+),\s*(.+)$/.exec(written);
  if (comma) return { name: comma[1], departement: comma[2], within: null, intercommunal: false };
  return { name: written, departement: null, within: null, intercommunal: false };
}

/**
 * The French end of a pair, from a name written without département, never a silent guess. The
 * name goes to the resolver of the import (English exonyms, former communes, régions,
 * départements, intercommunalities), whose homonym rule keeps the most populous commune, in
 * metropolitan France unless the list names an overseas part, with a warning naming the others.
 * Then the lists' own readings: a commune nouvelle whose name extends the written one, a district
 * written "Seynod (Annecy)", an intercommunality written "Bergerac (communauté)", the same
 * spelling but for vowels; each with a warning. Else an error.
 */
export function createFrenchSide(gazetteer: FrenchGazetteer): FrenchSide {
  const resolveFrench = createFrenchResolver(gazetteer, { homonyms: 'most-populous', metropolitanFirst: true });
  const byKey = new Map<string, CommuneEntry[]>();
  for (const [code, name, departement, siren, population] of gazetteer.communes) {
    addTo(byKey, placeKey(name), { code, name, key: placeKey(name), departement, siren, population });
  }
  for (const list of byKey.values()) list.sort(byPopulation);
  const bySkeleton = skeletonIndex([...byKey.values()].flat().map((entry) => [entry.name, entry] as [string, CommuneEntry]));
  const departementCodes = new Map(gazetteer.departements.map(([code, name]) => [placeKey(name), code]));
  const epciNames = new Map(gazetteer.epci.map(([siren, name]) => [siren, name]));

  /** The collectivity of a name, of that kind and in the département given if any; `others`: the homonyms set aside for the most populous. */
  const named = (name: string, departement: string | null, warnings: string[], kind: CollectivityKind | null = 'commune'): FrenchAnswer => {
    const answer = resolveFrench({ code: '', name, kind, departement: departement ?? '' });
    const rendered = [...warnings, ...answer.warnings.map((warning) => renderImportMessage(warning, 'fr'))];
    if ('error' in answer) return { error: renderImportMessage(answer.error, 'fr'), warnings: rendered };
    const guessed = answer.warnings.some((warning) => warning.code === 'french.mostPopulous' || warning.code === 'french.mostPopulousMetropolitan');
    const others = guessed ? (byKey.get(placeKey(answer.value.name)) ?? []).filter((entry) => entry.code !== answer.value.code) : [];
    return { value: answer.value, warnings: rendered, ...(others.length > 0 ? { others: others.map((entry) => entry.code) } : {}) };
  };

  /** Communes whose name extends the written one word for word: "Lamballe" → "Lamballe-Armor", else "Pierre-Bénite" → "Oullins-Pierre-Bénite". */
  const extended = (key: string): CommuneEntry[] => {
    const matching = (test: (candidate: string) => boolean) =>
      [...byKey.entries()]
        .filter(([candidate]) => test(candidate))
        .flatMap(([, entries]) => entries)
        .sort(byPopulation);
    const starting = matching((candidate) => candidate.startsWith(`${key} `));
    return starting.length > 0 ? starting : matching((candidate) => candidate.endsWith(` ${key}`));
  };

  /**
   * "Gisors-Epte-Lévrière (intercommunality)": the intercommunality of that name; else
   * "Bergerac (communauté)": that of the commune so named, when its name carries the commune's
   * ("CA Bergeracoise"). An intercommunality merged away since is no longer in the gazetteer.
   */
  const intercommunality = (name: string, text: string): FrenchAnswer => {
    const key = placeKey(name);
    const byName = gazetteer.epci.filter(([, epciName]) => ` ${placeKey(epciName)} `.includes(` ${key} `));
    if (byName.length === 1) return named(byName[0][1], null, [`« ${text} » : intercommunalité ${byName[0][1]}.`], 'epci');
    const ofCommune = (byKey.get(key) ?? []).filter((entry) => ` ${placeKey(epciNames.get(entry.siren) ?? '')}`.includes(` ${key}`));
    if (ofCommune.length === 1) {
      const epci = epciNames.get(ofCommune[0].siren)!;
      return named(epci, null, [`« ${text} » : intercommunalité de ${inhabitants(ofCommune[0])}, ${epci}.`], 'epci');
    }
    return { error: `Intercommunalité « ${text} » introuvable parmi les intercommunalités actuelles (INSEE).`, warnings: [] };
  };

  const resolve: FrenchSide = (written, country) => {
    const text = written.trim();
    const part = placeKey(country.replace(/,?\s*France$/, ''));
    const { name, departement, within, intercommunal } = readFrenchName(text);
    const area = departement ? (departementCodes.get(placeKey(departement)) ?? null) : part ? (OVERSEAS[part] ?? null) : null;
    const key = placeKey(name);
    if (intercommunal) return intercommunality(name, text);
    const notCommune = NOT_COMMUNES[key];
    if (notCommune) return { error: `« ${text} » : ${notCommune}, hors du référentiel des communes ; une commune homonyme ne la remplace pas.`, warnings: [] };
    const region = FRENCH_REGION_NAMES[key];
    if (region) return named(region, null, [], 'region');
    const found = named(name, area, [], null);
    if ('value' in found) return found;
    // A list of twinnings of communes: a name that is a commune's and a département's ("Vienne",
    // "Mayenne") is the commune's; one outside the département named is not another commune.
    if (byKey.has(key)) return named(name, area, []);
    const longer = extended(key);
    if (longer.length > 0) {
      return named(longer[0].name, area, [`Aucune commune « ${text} » : c’est le début ou la fin du nom de ${longer.map(inhabitants).join(', ')} (commune nouvelle ou nom complet).`]);
    }
    if (within) {
      const container = resolve(within, country);
      if ('value' in container) return { value: container.value, warnings: [`« ${name} » fait partie de ${container.value.name} : placé à ${container.value.name}.`, ...container.warnings] };
    }
    const near = (bySkeleton.get(spellingSkeleton(name)) ?? []).filter((entry) => isCloseSpelling(name, entry.name)).sort(byPopulation);
    if (near.length > 0) return named(near[0].name, area, [`Aucune commune « ${text} » : orthographe la plus proche retenue (voyelles près), ${inhabitants(near[0])}.`]);
    return { error: `Commune « ${text} » introuvable parmi les communes, départements, régions et intercommunalités (INSEE).`, warnings: [] };
  };
  return resolve;
}
