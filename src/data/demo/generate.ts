/** The national-scale demo dataset: a seeded, deterministic draw from the real gazetteers. */
import { toFeature, type Cooperation, type CooperationCollection } from '../../domain/cooperation';
import type { CountryPlaces, CountryRecord, FrenchGazetteer } from '../../domain/gazetteer';
import type { GazetteerSource } from '../gazetteer-source';
import {
  COOPERATION_SHARE_OF_AECT_BUDGET,
  COOPERATIONS_PER_BAND,
  DEFAULT_SEED,
  DUPLICATE_REDRAWS,
  LOCAL_INTEREST_DOCUMENTED_SHARE,
  PARTNER_COUNTRIES,
  PARTNER_UNITS_SINCE,
} from './calibration';
import { collectivitiesOf, sampleCollectivities, type DemoCollectivity } from './collectivities';
import { MODEL_PROFILES } from './models';
import { partnerCountries, PartnerDraw } from './partners';
import { drawProfile, roundEuros, type DemoProfile } from './profile';
import { createRandom, type Random } from './random';
import { descriptionText, localInterestText } from './texts';
import { drawActors, drawFundings, drawNature, drawThemes, drawYears } from './traits';

/** What the generator reads: the French gazetteer, the countries, and the places of the partner countries. */
export interface DemoGazetteer {
  french: FrenchGazetteer;
  countries: CountryRecord[];
  places: ReadonlyMap<string, CountryPlaces | null>;
}

export async function loadDemoGazetteer(source: GazetteerSource): Promise<DemoGazetteer> {
  const [french, countries] = await Promise.all([source.french(), source.countries()]);
  const codes = PARTNER_COUNTRIES.map(([iso2]) => iso2);
  const places = await Promise.all(codes.map((iso2) => source.places(iso2)));
  return { french, countries, places: new Map(codes.map((iso2, i) => [iso2, places[i]])) };
}

export const DEMO_METADATA = {
  title: 'Coopérations internationales des collectivités territoriales françaises (démonstration)',
  fictitious: true,
  generator: 'npm run demo-data (src/data/demo), calibré sur l’étude ACTER 2023-2024',
  note:
    'Données fictives de démonstration : les collectivités et les lieux partenaires sont réels, ' +
    'mais les coopérations, leurs thèmes, budgets, profils et textes sont tirés au hasard ' +
    'selon les chiffres de l’étude ACTER. Elles ne décrivent aucune collectivité réelle.',
};

export function generateDemoData(gazetteer: DemoGazetteer, seed: number = DEFAULT_SEED): CooperationCollection {
  const random = createRandom(seed);
  const collectivities = sampleCollectivities(collectivitiesOf(gazetteer.french), random);
  const partners = new PartnerDraw(
    random,
    partnerCountries(gazetteer.countries, (iso2) => gazetteer.places.get(iso2) ?? null),
  );
  const cooperations: Cooperation[] = [];
  for (const collectivity of collectivities) {
    const profile = drawProfile(random, collectivity);
    const count = 1 + random.poisson(COOPERATIONS_PER_BAND[collectivity.band] - 1);
    const drawn = distinctCooperations(count, () => drawCooperation(random, partners, collectivity, profile));
    const budgets = splitBudget(random, profile.aectBudgetEur, drawn.map((cooperation) => cooperation.endYear === null));
    drawn.forEach((cooperation, i) => {
      const id = `demo-${String(cooperations.length + 1).padStart(6, '0')}`;
      cooperations.push({ ...cooperation, id, annualBudgetEur: budgets[i] });
    });
  }
  return { type: 'FeatureCollection', metadata: DEMO_METADATA, features: cooperations.map(toFeature) };
}

/** The same place and nature twice for one collectivity is one cooperation: a repeated draw is drawn again, then dropped. */
function distinctCooperations(count: number, draw: () => Cooperation): Cooperation[] {
  const seen = new Set<string>();
  const kept: Cooperation[] = [];
  for (let i = 0; i < count; i += 1) {
    for (let attempt = 0; attempt <= DUPLICATE_REDRAWS; attempt += 1) {
      const cooperation = draw();
      const key = [cooperation.partnerCountry, cooperation.partnerName, cooperation.nature].join('|');
      if (seen.has(key)) continue;
      seen.add(key);
      kept.push(cooperation);
      break;
    }
  }
  return kept;
}

/** Same collection, same bytes: keys in a fixed order, no indentation, a final newline. */
export function serializeCollection(collection: CooperationCollection): string {
  return `${JSON.stringify(collection)}\n`;
}

/** A cooperation of the collectivity; its id and budget share are set once all its cooperations are drawn. */
function drawCooperation(
  random: Random,
  partners: PartnerDraw,
  collectivity: DemoCollectivity,
  profile: DemoProfile,
): Cooperation {
  const model = MODEL_PROFILES[profile.typology];
  const nature = drawNature(random, model);
  const country = partners.country(profile.typology, collectivity, nature);
  const place = partners.place(country, nature, collectivity);
  const themes = drawThemes(random, model, nature, country);
  const actors = drawActors(random, model);
  const fundings = drawFundings(random, model, nature, themes, country);
  const unitsSince = place.precision === 'region' ? (PARTNER_UNITS_SINCE[country.iso2] ?? null) : null;
  const { startYear, endYear } = drawYears(random, nature, Math.max(collectivity.firstYear ?? 0, unitsSince ?? 0) || null);
  const texts = { collectivity, place, nature, themes, actors };
  return {
    id: '',
    ctCode: collectivity.code,
    ctName: collectivity.name,
    ctKind: collectivity.kind,
    ctRegion: collectivity.region,
    ctDepartement: collectivity.departement,
    ctPopulation: collectivity.population,
    ctLon: roundCoordinate(collectivity.lon),
    ctLat: roundCoordinate(collectivity.lat),
    ctApproximate: collectivity.approximate,
    partnerCountry: country.iso2,
    partnerName: place.name,
    partnerPrecision: place.precision,
    partnerLon: roundCoordinate(place.lon),
    partnerLat: roundCoordinate(place.lat),
    themes,
    nature,
    startYear,
    endYear,
    annualBudgetEur: null,
    fundings,
    actors,
    localInterest: random.chance(LOCAL_INTEREST_DOCUMENTED_SHARE) ? localInterestText(random, texts) : null,
    description: descriptionText(texts),
    typology: profile.typology,
    typologySource: 'manual',
    riService: profile.riService,
    europeService: profile.europeService,
    aectBudgetEur: profile.aectBudgetEur,
    motivation: profile.motivation,
    sourceRow: null,
  };
}

/** Shares the declared AECT budget among the active cooperations, unevenly; ended ones get none. */
function splitBudget(random: Random, aectBudgetEur: number | null, active: boolean[]): (number | null)[] {
  const weights = active.map((isActive) => (isActive ? random.logNormal(1, 0.5) : 0));
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  if (aectBudgetEur === null || total === 0) return active.map(() => null);
  return weights.map((weight) =>
    weight === 0 ? null : roundEuros((aectBudgetEur * COOPERATION_SHARE_OF_AECT_BUDGET * weight) / total),
  );
}

/** 4 decimals (about 10 m) are plenty for a national map and keep the file small. */
function roundCoordinate(value: number): number {
  return Math.round(value * 1e4) / 1e4;
}
