/** The partner side of the demo data: real countries, GeoNames cities and admin-1 units. */
import type { Nature, PartnerPrecision } from '../../domain/cooperation';
import type { ContinentId, CountryPlaces, CountryRecord } from '../../domain/gazetteer';
import type { TypologyId } from '../../domain/typology';
import {
  AS_OF_YEAR,
  EMERGENCY_COUNTRY_LEVEL_SHARE,
  EU_MEMBERS,
  HIGH_INCOME_PARTNERS,
  NATURE_CONTINENT_FACTORS,
  OVERSEAS_NEIGHBOUR_SHARE,
  OVERSEAS_NEIGHBOURS,
  PARTNER_COUNTRIES,
  PARTNER_UNITS_SINCE,
  PRECISION_WEIGHTS,
  REGIONAL_HUB_SHARE,
  type CountryArticle,
} from './calibration';
import type { DemoCollectivity } from './collectivities';
import { MODEL_PROFILES } from './models';
import type { Random } from './random';

export interface PartnerCountry {
  iso2: string;
  nameFr: string;
  article: CountryArticle;
  continent: ContinentId;
  weight: number;
  lon: number;
  lat: number;
  cities: WeightedPlace[];
  admin1: WeightedPlace[];
}

interface WeightedPlace {
  name: string;
  lon: number;
  lat: number;
  weight: number;
}

export interface PartnerPlace {
  country: PartnerCountry;
  name: string;
  precision: Exclude<PartnerPrecision, 'coordonnees'>;
  lon: number;
  lat: number;
}

/** Cities beyond the largest ones of a country are rarely partners; keeping them would only slow the draw. */
const CITIES_PER_COUNTRY = 400;
/** Larger cities are likelier partners, but less than in proportion (many partners are small rural communes). */
const CITY_POPULATION_EXPONENT = 0.5;

const HUB_CONCENTRATION = 2;

/** The calibrated partner countries found in the gazetteer, with their places. */
export function partnerCountries(
  countries: readonly CountryRecord[],
  placesOf: (iso2: string) => CountryPlaces | null,
): PartnerCountry[] {
  const byIso2 = new Map(countries.map((country) => [country.iso2, country]));
  return PARTNER_COUNTRIES.flatMap(([iso2, weight, article]) => {
    const record = byIso2.get(iso2);
    if (!record) return [];
    const places = placesOf(iso2);
    return [
      {
        iso2,
        nameFr: record.nameFr,
        article,
        continent: record.continent,
        weight,
        lon: record.lon,
        lat: record.lat,
        // Places with a note (a disputed territory's towns under another country) are not drawn by the demo.
        cities: (places?.cities ?? []).filter((row) => row[7] === undefined).slice(0, CITIES_PER_COUNTRY).map(([, name, , , population, lon, lat]) => ({
          name,
          lon,
          lat,
          weight: Math.max(population, 1) ** CITY_POPULATION_EXPONENT,
        })),
        // Former units (a note in the 6th column) are kept for imports, not drawn by the demo.
        // Units created after the demo's year are not drawn (their predecessors are former units, not drawn either).
        admin1: (PARTNER_UNITS_SINCE[iso2] ?? 0) > AS_OF_YEAR ? [] :
          (places?.admin1 ?? []).filter((row) => row[5] === undefined).map(([, name, , lon, lat]) => ({ name, lon, lat, weight: 1 })),
      },
    ];
  });
}

/** Draws partner countries and places; remembers each French région's usual places (its "hubs"). */
export class PartnerDraw {
  private readonly hubs = new Map<string, PartnerPlace>();
  private readonly continents: ContinentId[];

  constructor(
    private readonly random: Random,
    private readonly countries: readonly PartnerCountry[],
  ) {
    this.continents = [...new Set(countries.map((country) => country.continent))];
  }

  /** A country for a cooperation of this nature: EU projects in the EU, no emergency aid to high-income countries. */
  country(typology: TypologyId, collectivity: DemoCollectivity, nature: Nature): PartnerCountry {
    const allowed = this.countries.filter((country) =>
      nature === 'projet-europeen'
        ? EU_MEMBERS.includes(country.iso2)
        : nature !== 'aide-urgence' || !HIGH_INCOME_PARTNERS.includes(country.iso2),
    );
    const neighbours = allowed.filter((country) => OVERSEAS_NEIGHBOURS[collectivity.region]?.includes(country.iso2));
    if (neighbours.length > 0 && this.random.chance(OVERSEAS_NEIGHBOUR_SHARE)) {
      return this.random.weighted(neighbours, (country) => country.weight);
    }
    const model = MODEL_PROFILES[typology];
    const continents = this.continents.filter((id) => allowed.some((country) => country.continent === id));
    const continent = this.random.weighted(
      continents,
      (id) => (model.continents[id] ?? 0) * (NATURE_CONTINENT_FACTORS[nature][id] ?? 1),
    );
    return this.random.weighted(
      allowed.filter((country) => country.continent === continent),
      (country) => country.weight * (model.countryFactors[country.iso2] ?? 1),
    );
  }

  place(country: PartnerCountry, nature: Nature, collectivity: DemoCollectivity): PartnerPlace {
    const precision = this.precision(country, nature, collectivity);
    if (precision === 'pays') {
      return { country, name: country.nameFr, precision, lon: country.lon, lat: country.lat };
    }
    if (precision === 'commune' && country.continent === 'afrique' && this.random.chance(REGIONAL_HUB_SHARE)) {
      return this.hub(country, collectivity.region);
    }
    return this.drawn(country, precision);
  }

  private precision(country: PartnerCountry, nature: Nature, collectivity: DemoCollectivity): PartnerPlace['precision'] {
    const weights = PRECISION_WEIGHTS[collectivity.kind];
    const wanted =
      nature === 'aide-urgence' && this.random.chance(EMERGENCY_COUNTRY_LEVEL_SHARE)
        ? 'pays'
        : this.random.weighted(['commune', 'region', 'pays'] as const, (precision) => weights[precision]);
    if (wanted === 'region' && country.admin1.length > 0) return 'region';
    if (wanted !== 'pays' && country.cities.length > 0) return 'commune';
    return wanted === 'commune' && country.admin1.length > 0 ? 'region' : 'pays';
  }

  /** `concentration` > 1 favours large cities more (the usual places of a région are well-known towns). */
  private drawn(country: PartnerCountry, precision: 'commune' | 'region', concentration = 1): PartnerPlace {
    const place = this.random.weighted(
      precision === 'commune' ? country.cities : country.admin1,
      (candidate) => candidate.weight ** concentration,
    );
    return { country, name: place.name, precision, lon: place.lon, lat: place.lat };
  }

  private hub(country: PartnerCountry, region: string): PartnerPlace {
    const key = `${region}:${country.iso2}`;
    let hub = this.hubs.get(key);
    if (!hub) {
      hub = this.drawn(country, 'commune', HUB_CONCENTRATION);
      this.hubs.set(key, hub);
    }
    return hub;
  }
}
