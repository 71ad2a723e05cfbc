/**
 * Partner towns of the source that the GeoNames extract lacks (its Senegal list, for one, has 61
 * places), placed by hand from their known position (within a few km), by ISO country and placeKey.
 */
export const PARTNER_HAND_POINTS: Readonly<Record<string, Readonly<Record<string, [name: string, lon: number, lat: number]>>>> = {
  SN: {
    bakel: ['Bakel', -12.46, 14.9],
    'm bour': ['Mbour', -16.96, 14.42],
    mbour: ['Mbour', -16.96, 14.42],
    linguere: ['Linguère', -15.12, 15.39],
    kafountine: ['Kafountine', -16.75, 12.93],
  },
  MR: { boutilimit: ['Boutilimit', -14.69, 17.55] },
  BF: { bittou: ['Bittou', -0.31, 11.26], loropeni: ['Loropéni', -3.58, 10.3] },
};
