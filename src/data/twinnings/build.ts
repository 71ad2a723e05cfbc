import type { CooperationCollection, Cooperation } from '../../domain/cooperation';
import type { CountryPlaces } from '../../domain/gazetteer';
import { renderImportMessage } from '../../i18n/import-messages';
import type { GazetteerSource } from '../gazetteer-source';
import { COOPERATION_FIELDS } from '../cooperation-fields';
import { collectivityPart, partnerPart } from '../cooperation-parts';
import { stableId } from '../hash';
import { addTo, placeKey } from '../place-names';
import { createFrenchResolver, type Collectivity } from '../resolve-french';
import { createCountryResolver, createPartnerResolver, type PartnerPlace } from '../resolve-partner';
import { toGeoJson } from '../write';
import { CHECKED_COMMUNES, CHECKED_POINTS, checkedCommuneFinder, checkedPointFinder, type CheckedCommune } from './checked-points';
import { createFrenchSide, type FrenchAnswer } from './french-side';
import { mergeListings, partnerPointKey, type Jumelage } from './merge';
import { readPartnerCountry, type PartnerCountry } from './partner-country';
import { createPartnerSide } from './partner-side';
import { readTwinningRows, type TwinningRow } from './source-rows';

export const JUMELAGES_METADATA = {
  title: 'Jumelages des communes françaises (Wikipédia)',
  fictitious: false,
  source: 'Listes « List of twin towns and sister cities in … » de Wikipédia en anglais, relevées en 2025 (dépôt Hekman/twincities)',
  attribution: 'Wikipedia contributors, Lists of twin towns and sister cities, CC BY-SA 4.0',
  generator: 'npm run real-data',
  note: 'Données réelles, non vérifiées une à une : une liste peut citer un jumelage terminé ou un nom mal écrit. Ni année, ni thème, ni budget.',
} as const satisfies CooperationCollection['metadata'];

export type RowStatus = 'imported' | 'merged' | 'rejected';

/** What became of one line of the source (header = line 1). */
export interface TwinningReportEntry {
  row: number;
  status: RowStatus;
  /** For a merged line: the line of the jumelage it joined. */
  into?: number;
  /** For a rejected line: why. */
  reason?: string;
  warnings: string[];
}

/** rows == imported + merged + rejected; every line of the source is in `entries`, in order. */
export interface TwinningReport {
  rows: number;
  imported: number;
  merged: number;
  rejected: number;
  entries: TwinningReportEntry[];
}

export interface BuiltTwinnings {
  collection: CooperationCollection;
  jumelages: Jumelage[];
  report: TwinningReport;
}

/** What a twinning of the lists does not tell: no year, budget, text or profile. */
const UNTOLD = ['startYear', 'endYear', 'annualBudgetEur', 'localInterest', 'description', 'typology', 'typologySource', 'riService', 'europeService', 'aectBudgetEur', 'motivation'] as const;

/** A jumelage as the atlas models it: nothing beyond the pair, its nature and its line. */
function listing(row: TwinningRow, ct: Collectivity, place: PartnerPlace): Cooperation {
  const untold = Object.fromEntries(UNTOLD.map((field) => [field, null])) as Record<(typeof UNTOLD)[number], null>;
  const draft: Cooperation = {
    id: stableId([ct.code, place.country, place.name, row.line]),
    ...collectivityPart(ct),
    ...partnerPart(place),
    themes: [],
    nature: 'jumelage',
    fundings: [],
    actors: [],
    ...untold,
    sourceRow: row.line,
  };
  // In the order of every cooperation of the project, so that the files read the same.
  return Object.fromEntries(COOPERATION_FIELDS.map((field) => [field, draft[field]])) as unknown as Cooperation;
}

/** Builds the jumelages dataset from the scraped CSV and the project's gazetteers; deterministic. */
export async function buildTwinnings(csvText: string, source: GazetteerSource): Promise<BuiltTwinnings> {
  const [french, countries] = await Promise.all([source.french(), source.countries()]);
  const byIso2 = new Map(countries.map((country) => [country.iso2, country]));
  const resolveCountry = createCountryResolver(countries);
  const resolveFrench = createFrenchResolver(french);
  const frenchSide = createFrenchSide(french);
  const findCommune = checkedCommuneFinder(CHECKED_COMMUNES);
  const byCode = (code: string): Collectivity => {
    const answer = resolveFrench({ code, name: '', kind: null, departement: '' });
    if ('error' in answer) throw new Error(renderImportMessage(answer.error, 'fr'));
    return answer.value;
  };
  const checkedCommune = (checked: CheckedCommune): FrenchAnswer => {
    const value = byCode(checked.insee);
    return { value, warnings: [`« ${checked.french} » : retenue ${value.name} (${value.departement}), jumelage vérifié sur ${checked.source}.`] };
  };
  const rows = readTwinningRows(csvText);

  const entries = new Map<number, TwinningReportEntry>();
  const reject = (row: number, reason: string, warnings: string[] = []) => entries.set(row, { row, status: 'rejected', reason, warnings });
  const pending: { row: TwinningRow; partner: PartnerCountry; ct: Collectivity; others: string[]; warnings: string[] }[] = [];
  for (const row of rows) {
    if ('rejected' in row) {
      reject(row.line, row.rejected);
      continue;
    }
    const partner = readPartnerCountry(row.partner.country, resolveCountry, byIso2);
    const checked = partner && findCommune(row.french.name, row.partner.name, partner.country.iso2);
    const ct = checked ? checkedCommune(checked) : frenchSide(row.french.name, row.french.country);
    const warnings = [...ct.warnings];
    if ('error' in ct) reject(row.line, ct.error, warnings);
    else if (!partner) reject(row.line, `Pays « ${row.partner.country} » inconnu.`, warnings);
    else pending.push({ row, partner, ct: ct.value, others: ct.others ?? [], warnings });
  }

  const isoCodes = [...new Set(pending.map(({ partner }) => partner.country.iso2))].sort();
  const places = new Map<string, CountryPlaces | null>(await Promise.all(isoCodes.map(async (iso2) => [iso2, await source.places(iso2)] as const)));
  const partnerSide = createPartnerSide((iso2) => places.get(iso2) ?? null, createPartnerResolver(places), checkedPointFinder(CHECKED_POINTS));
  const placed = pending.flatMap((item) => {
    const place = partnerSide(item.row.partner.name, item.partner, item.row.french.name);
    item.warnings.push(...place.warnings);
    if ('error' in place) {
      reject(item.row.line, place.error, item.warnings);
      return [];
    }
    return [{ ...item, place: place.value, homonym: 'homonym' in place }];
  });
  // A partner homonym chosen for its population gives way to the place that another line of the
  // same collectivity names without doubt ("Friedberg" and "Friedberg, Hesse" for Villiers-sur-Marne).
  const precise = new Map<string, { place: PartnerPlace; written: string }[]>();
  for (const item of placed) if (!item.homonym) addTo(precise, `${item.ct.code}|${item.place.country}`, { place: item.place, written: item.row.partner.name });
  for (const item of placed.filter(({ homonym }) => homonym)) {
    const written = item.row.partner.name;
    const named = (precise.get(`${item.ct.code}|${item.place.country}`) ?? []).filter((other) => placeKey(other.written).startsWith(`${placeKey(written)} `));
    const points = new Set(named.map((other) => partnerPointKey(other.place)));
    if (points.size !== 1 || points.has(partnerPointKey(item.place))) continue;
    item.place = { ...named[0].place, name: written };
    item.warnings.push(`« ${written} » : retenu le lieu qu’une autre ligne de la source nomme sans ambiguïté, « ${named[0].written} ».`);
  }
  // A homonym chosen for its population gives way to the one that another line, which names it
  // without doubt, pairs with the same partner place ("Vernouillet, Yvelines" and Alberndorf).
  const surePairs = new Map<string, string[]>();
  for (const { ct, others, place } of placed) if (others.length === 0) addTo(surePairs, partnerPointKey(place), ct.code);
  const listings: Cooperation[] = placed.map(({ row, ct, others, place, warnings }) => {
    const confirmed = others.find((code) => surePairs.get(partnerPointKey(place))?.includes(code));
    const chosen = confirmed ? byCode(confirmed) : ct;
    if (confirmed) warnings.push(`Retenue plutôt ${chosen.name} (${chosen.departement}) : une autre ligne de la source la jumelle avec ${place.name}.`);
    entries.set(row.line, { row: row.line, status: 'imported', warnings });
    return listing(row, chosen, place);
  });

  const { jumelages, mergedInto } = mergeListings(listings);
  for (const [row, into] of mergedInto) {
    const entry = entries.get(row)!;
    entries.set(row, { row, status: 'merged', into, warnings: entry.warnings });
  }
  const ordered = [...entries.values()].sort((a, b) => a.row - b.row);
  const count = (status: RowStatus) => ordered.filter((entry) => entry.status === status).length;
  return {
    collection: toGeoJson(jumelages, { ...JUMELAGES_METADATA }),
    jumelages,
    report: { rows: rows.length, imported: count('imported'), merged: count('merged'), rejected: count('rejected'), entries: ordered },
  };
}
