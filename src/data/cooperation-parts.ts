import type { Cooperation } from '../domain/cooperation';
import type { Collectivity } from './resolve-french';
import type { PartnerPlace } from './resolve-partner';

type CollectivityPart = Pick<Cooperation, 'ctCode' | 'ctName' | 'ctKind' | 'ctRegion' | 'ctDepartement' | 'ctPopulation' | 'ctLon' | 'ctLat' | 'ctApproximate'>;
type PartnerPart = Pick<Cooperation, 'partnerCountry' | 'partnerName' | 'partnerPrecision' | 'partnerLon' | 'partnerLat'>;

/** The fields of a cooperation that its resolved French collectivity gives. */
export function collectivityPart(ct: Collectivity): CollectivityPart {
  return {
    ctCode: ct.code,
    ctName: ct.name,
    ctKind: ct.kind,
    ctRegion: ct.region,
    ctDepartement: ct.departement,
    ctPopulation: ct.population,
    ctLon: ct.lon,
    ctLat: ct.lat,
    ctApproximate: ct.approximate,
  };
}

/** The fields of a cooperation that its resolved partner place gives. */
export function partnerPart(place: PartnerPlace): PartnerPart {
  return { partnerCountry: place.country, partnerName: place.name, partnerPrecision: place.precision, partnerLon: place.lon, partnerLat: place.lat };
}
