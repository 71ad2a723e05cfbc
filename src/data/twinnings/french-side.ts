import type { FrenchGazetteer } from '../../domain/gazetteer';
import { renderImportMessage } from '../../i18n/import-messages';
import { addTo, placeKey } from '../place-names';
import type { Collectivity, createFrenchResolver } from '../resolve-french';
import { isCloseSpelling, skeletonIndex, spellingSkeleton } from './closest-name';
import { FRENCH_COMMUNE_NAMES, FRENCH_REGION_NAMES, NOT_COMMUNES } from './french-names';

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
  population: number;
}

/** A resolution; `others`: the INSEE codes of the homonyms set aside for the most populous one. */
export type FrenchAnswer = ({ value: Collectivity; others?: string[] } | { error: string }) & { warnings: string[] };
export type FrenchSide = (name: string, country: string) => FrenchAnswer;

const isOverseas = (entry: CommuneEntry) => entry.departement.startsWith('97');
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
 * The French end of a pair, from a name written without département, never a silent guess:
 * an English exonym or a former commune is read as the commune's name, with a warning; a name
 * that several communes share goes to the most populous (in metropolitan France unless the list
 * names an overseas part), with a warning naming the others; a district written "Seynod (Annecy)"
 * goes to the commune named; then régions, départements and intercommunalities by name; last,
 * the same spelling but for vowels, with a warning. Else an error.
 */
export function createFrenchSide(gazetteer: FrenchGazetteer, resolveFrench: ReturnType<typeof createFrenchResolver>): FrenchSide {
  const byKey = new Map<string, CommuneEntry[]>();
  for (const [code, name, departement, , population] of gazetteer.communes) {
    addTo(byKey, placeKey(name), { code, name, key: placeKey(name), departement, population });
  }
  for (const list of byKey.values()) list.sort(byPopulation);
  const bySkeleton = skeletonIndex([...byKey.values()].flat().map((entry) => [entry.name, entry] as [string, CommuneEntry]));
  const departementCodes = new Map(gazetteer.departements.map(([code, name]) => [placeKey(name), code]));

  const collectivity = (code: string): Collectivity => {
    const answer = resolveFrench({ code, name: '', kind: null, departement: '' });
    if ('error' in answer) throw new Error(`référentiel incohérent : ${renderImportMessage(answer.error, 'fr')}`);
    return answer.value;
  };

  /** The most populous candidate within the part of France named, with a warning naming the others. */
  const choose = (written: string, candidates: CommuneEntry[], within: string | null, warnings: string[]): FrenchAnswer => {
    const kept = within
      ? candidates.filter((entry) => entry.departement === within)
      : candidates.some((entry) => !isOverseas(entry))
        ? candidates.filter((entry) => !isOverseas(entry))
        : candidates;
    if (kept.length === 0) return { error: `Aucune commune « ${written} » dans le département ${within}.`, warnings };
    const [chosen] = kept;
    const others = candidates.filter((entry) => entry !== chosen);
    if (others.length > 0) {
      const why = within ? `dans le département ${within}` : 'la plus peuplée';
      warnings.push(`« ${written} » : ${candidates.length} communes de ce nom ; retenue ${inhabitants(chosen)}, ${why} ; les autres : ${others.map(inhabitants).join(', ')}.`);
    }
    const guessed = !within && others.length > 0;
    return { value: collectivity(chosen.code), warnings, ...(guessed ? { others: others.map((entry) => entry.code) } : {}) };
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

  const byKind = (name: string, kind: 'region' | 'departement' | 'epci'): Collectivity | null => {
    const answer = resolveFrench({ code: '', name, kind, departement: '' });
    return 'value' in answer ? answer.value : null;
  };

  const intercommunality = (name: string): Collectivity | null => {
    const key = placeKey(name);
    const found = gazetteer.epci.filter(([, epciName]) => ` ${placeKey(epciName)} `.includes(` ${key} `));
    return found.length === 1 ? collectivity(found[0][0]) : null;
  };

  const resolve: FrenchSide = (written, country) => {
    const text = written.trim();
    const part = placeKey(country.replace(/,?\s*France$/, ''));
    const { name, departement, within, intercommunal } = readFrenchName(text);
    const area = departement ? (departementCodes.get(placeKey(departement)) ?? null) : part ? (OVERSEAS[part] ?? null) : null;
    const warnings: string[] = [];
    const key = placeKey(name);
    if (intercommunal) {
      const epci = intercommunality(name);
      return epci ? { value: epci, warnings: [`« ${text} » : intercommunalité ${epci.name}.`] } : { error: `Intercommunalité « ${text} » introuvable.`, warnings };
    }
    const notCommune = NOT_COMMUNES[key];
    if (notCommune) return { error: `« ${text} » : ${notCommune}, hors du référentiel des communes ; une commune homonyme ne la remplace pas.`, warnings };
    const exact = byKey.get(key);
    if (exact) return choose(name, exact, area, warnings);
    const known = FRENCH_COMMUNE_NAMES[key];
    if (known) {
      warnings.push(`« ${text} » lu comme ${known} (nom anglais ou ancienne commune).`);
      return choose(known, byKey.get(placeKey(known)) ?? [], area, warnings);
    }
    const region = byKind(FRENCH_REGION_NAMES[key] ?? name, 'region') ?? byKind(name, 'departement');
    if (region) return { value: region, warnings };
    const longer = extended(key);
    if (longer.length > 0) {
      warnings.push(`Aucune commune « ${text} » : c’est le début ou la fin du nom de ${longer.map(inhabitants).join(', ')} (commune nouvelle ou nom complet).`);
      return choose(longer[0].name, longer, area, warnings);
    }
    if (within) {
      const container = resolve(within, country);
      if ('value' in container) return { value: container.value, warnings: [`« ${name} » fait partie de ${container.value.name} : placé à ${container.value.name}.`, ...container.warnings] };
    }
    const epci = byKind(name, 'epci');
    if (epci) return { value: epci, warnings };
    const near = (bySkeleton.get(spellingSkeleton(name)) ?? []).filter((entry) => isCloseSpelling(name, entry.name)).sort(byPopulation);
    if (near.length > 0) {
      warnings.push(`Aucune commune « ${text} » : orthographe la plus proche retenue (voyelles près), ${inhabitants(near[0])}.`);
      return choose(near[0].name, near, area, warnings);
    }
    return { error: `Commune « ${text} » introuvable parmi les communes, départements, régions et intercommunalités (INSEE).`, warnings };
  };
  return resolve;
}
