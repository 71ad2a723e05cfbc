/**
 * Hand-checked points where the pinned sources have none (WGS84, town centre or seat,
 * checked against the commune's or the seat's position on a map; about 1 km).
 */

/**
 * Communes that no source places right: overseas communes of 3,000 inhabitants or more that
 * GeoNames cities500 does not list, then island communes that no source places on their island
 * (without a point they would borrow their EPCI's or département's, on the mainland; the bourg,
 * from the commune's Wikipedia article).
 */
export const COMMUNE_POINTS = {
  97108: { name: 'Capesterre-de-Marie-Galante', lon: -61.2167, lat: 15.9 },
  97111: { name: 'Deshaies', lon: -61.795, lat: 16.3058 },
  97114: { name: 'Goyave', lon: -61.5667, lat: 16.1333 },
  97116: { name: "Morne-à-l'Eau", lon: -61.4561, lat: 16.3331 },
  97202: { name: "Les Anses-d'Arlet", lon: -61.08, lat: 14.4883 },
  97204: { name: 'Le Carbet', lon: -61.1778, lat: 14.7083 },
  97205: { name: 'Case-Pilote', lon: -61.1383, lat: 14.64 },
  97206: { name: 'Le Diamant', lon: -61.0297, lat: 14.4781 },
  97221: { name: 'Rivière-Salée', lon: -60.97, lat: 14.53 },
  97226: { name: 'Sainte-Anne', lon: -60.8833, lat: 14.4333 },
  97313: { name: 'Montsinéry-Tonnegrande', lon: -52.5, lat: 4.8833 },
  97362: { name: 'Papaichton', lon: -54.15, lat: 3.8 },
  97404: { name: "L'Étang-Salé", lon: 55.3833, lat: -21.2667 },
  97406: { name: 'La Plaine-des-Palmistes', lon: 55.6333, lat: -21.1333 },
  // Islands
  17004: { name: "Île-d'Aix", lon: -1.1744, lat: 46.0131 },
  22016: { name: 'Île-de-Bréhat', lon: -3.0036, lat: 48.8469 },
  29082: { name: 'Île-de-Batz', lon: -4.0111, lat: 48.7461 },
  29083: { name: 'Île-de-Sein', lon: -4.8506, lat: 48.0383 },
  29084: { name: 'Île-Molène', lon: -4.9561, lat: 48.3967 },
  56088: { name: "Île-d'Arz", lon: -2.8011, lat: 47.5906 },
  56114: { name: 'Locmaria (Belle-Île)', lon: -3.0953, lat: 47.295 },
  85113: { name: "L'Île-d'Yeu", lon: -2.3494, lat: 46.7252 },
  97131: { name: 'Terre-de-Haut (Les Saintes)', lon: -61.5833, lat: 15.8667 },
};

/**
 * Seats of admin-1 units that GeoNames cities500 does not flag (PPLC or PPLA) in the unit,
 * or flags wrongly, by GeoNames admin-1 code: the GeoNames id of the seat.
 */
export const ADMIN1_SEATS = {
  'CI.81': 2289983, // Lacs: Dimbokro (Yamoussoukro, filed here, has its own district)
  'CI.98': 2279755, // Yamoussoukro autonomous district: Yamoussoukro
  'MA.08': 7280528, // Drâa-Tafilalet: Errachidia
  'MA.11': 2462881, // Laâyoune-Sakia El Hamra: Laâyoune (GeoNames files it under EH)
  'MA.12': 2463447, // Dakhla-Oued Ed-Dahab: Dakhla (GeoNames files it under EH)
  'MG.27': 1061335, // Vatovavy: Mananjary
  'UA.13': 703448, // Kyiv Oblast: Kyiv
  // Vietnam's 34 provinces of July 2025; cities500 still carries the 63 former province codes.
  'VN.01': 1581130, // Hà Nội
  'VN.04': 1586185, // Cao Bằng
  'VN.08': 1563287, // Tuyên Quang
  'VN.11': 1583477, // Điện Biên: Điện Biên Phủ
  'VN.12': 8456741, // Lai Châu
  'VN.14': 1567681, // Sơn La
  'VN.15': 1560349, // Lào Cai: Yên Bái
  'VN.19': 1566319, // Thái Nguyên
  'VN.20': 1576633, // Lạng Sơn
  'VN.22': 1580410, // Quảng Ninh: Hạ Long
  'VN.24': 1591527, // Bắc Ninh: Bắc Giang
  'VN.25': 1562820, // Phú Thọ: Việt Trì
  'VN.31': 1581298, // Hải Phòng
  'VN.33': 1580142, // Hưng Yên
  'VN.37': 1571968, // Ninh Bình
  'VN.38': 1566166, // Thanh Hóa
  'VN.40': 1562798, // Nghệ An: Vinh
  'VN.42': 1581047, // Hà Tĩnh
  'VN.44': 1582886, // Quảng Trị: Đồng Hới
  'VN.46': 1580240, // Huế
  'VN.48': 1583992, // Đà Nẵng
  'VN.51': 1568770, // Quảng Ngãi
  'VN.52': 1568574, // Gia Lai: Quy Nhơn
  'VN.56': 1572151, // Khánh Hòa: Nha Trang
  'VN.66': 1586896, // Đắk Lắk: Buôn Ma Thuột
  'VN.68': 1584071, // Lâm Đồng: Đà Lạt
  'VN.75': 1587923, // Đồng Nai: Biên Hòa
  'VN.79': 1566083, // Hồ Chí Minh City
  'VN.80': 1567069, // Tây Ninh: Tân An
  'VN.82': 1574023, // Đồng Tháp: Mỹ Tho
  'VN.86': 1562693, // Vĩnh Long
  'VN.91': 1568510, // An Giang: Rạch Giá
  'VN.92': 1586203, // Cần Thơ
  'VN.96': 1586443, // Cà Mau
};

/**
 * French names (exonyms) of partner cities that GeoNames' alternate names lack, by GeoNames id.
 * Only names in use in French (dictionaries, twinning lists); added to the city's other names.
 */
export const CITY_FRENCH_NAMES = {
  687700: ['Zaporijia'], // Zaporizhzhia
  2820860: ['Tubingue'], // Tübingen
  2953504: ['Bade-Bade'], // Baden-Baden
  3088171: ['Posnanie'], // Poznań
  3099434: ['Dantzig'], // Gdańsk
  // Names that inventories write and GeoNames spells otherwise (the GeoNames name after //).
  282457: ['Qalqilya'], // Qalqīlyah (PS)
  284304: ['Beit Sahour'], // Bayt Sāḩūr (PS)
  2251084: ['Joal-Fadiouth'], // Joal-Fadiout (SN)
  2548851: ['Figuig'], // Figuig (Centre) (MA)
  1076105: ['Nosy Be', 'Nosy-Be'], // Hell-Ville (Andoany), the seat of the island district of Nosy Be (MG)
  // Jerusalem: GeoNames files the city under IL and East Jerusalem under PS; the border policy
  // (README) follows Natural Earth, which draws East Jerusalem in the West Bank.
  7303419: ['Jérusalem', 'Jerusalem', 'Al-Quds', 'Jérusalem-Est'], // East Jerusalem (PS)
};

/**
 * Towns that cooperation inventories name and cities500 lacks, by country, in the shape of
 * readGeoNames' places (ids are negative: no GeoNames id; population 0: not taken from a census).
 * Points: the town centre, 1/60° (about 2 km) precision, from each town's article on Wikipedia (fr),
 * checked to fall in the admin-1 unit given (tests/geodata.test.ts).
 */
const handCity = (id, name, alternateNames, admin1Code, lat, lon) =>
  ({ id, name, alternateNames, admin1Code, population: 0, lat, lon, featureCode: 'PPL' });
export const HAND_CITIES = {
  SN: [
    handCity(-1, 'Rufisque', [], 'SN.01', 14.71667, -17.26667),
    handCity(-2, 'Mbour', ["M'bour", "M'Bour"], 'SN.07', 14.41667, -16.96667),
    handCity(-3, 'Podor', [], 'SN.14', 16.65, -14.95),
    handCity(-4, 'Bakel', [], 'SN.05', 14.9, -12.45),
    handCity(-5, 'Dagana', [], 'SN.14', 16.51667, -15.5),
  ],
  MR: [handCity(-6, 'Boghé', ['Bogué', 'Boghe'], 'MR.05', 16.58333, -14.26667)],
};

/**
 * Natural Earth's alternate names that belong to another unit, replaced by the right ones:
 * NE gives Tiaret (DZ.13) Tindouf's alternate name "Tendouf", and Tindouf (DZ.54) the name "Tiaret".
 */
export const NATURAL_EARTH_ALTERNATE_NAMES = { 'DZ.13': 'Tihert', 'DZ.54': 'Tendouf' };

/**
 * Units whose Natural Earth French and English names are another area's, not shown (checked by eye
 * among the 24 units whose NE French and English name shares no word with GeoNames' nor NE's own):
 * Sikasso named "Wassoulou", Nalut named after the former Ghadamès district, Prizren named "Plužine".
 */
export const NATURAL_EARTH_WRONG_NAMES = new Set(['ML.06', 'LY.74', 'XK.10097361']);
