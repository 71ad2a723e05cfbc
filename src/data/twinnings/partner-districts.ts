/**
 * Local authority districts of the United Kingdom and Ireland that the lists name instead of a
 * town, keyed by placeKey, with the town that is their seat: those that GeoNames' admin-2 list
 * lacks (it has counties and unitary authorities, which geodata's named units place; not these).
 */
export const DISTRICT_SEATS: Readonly<Record<string, string>> = {
  adur: 'Shoreham-by-Sea',
  bassetlaw: 'Worksop',
  'county kildare': 'Naas',
  gravesham: 'Gravesend',
  haringey: 'Tottenham',
  havering: 'Romford',
  lewisham: 'Lewisham',
  pendle: 'Nelson',
  runnymede: 'Egham',
  southwark: 'Southwark',
  spelthorne: 'Staines-upon-Thames',
  'surrey heath': 'Camberley',
  tendring: 'Clacton-on-Sea',
  'vale of white horse': 'Abingdon',
  'waltham forest': 'Walthamstow',
  'west lancashire': 'Ormskirk',
  wirral: 'Birkenhead',
  'richmond upon thames': 'Richmond',
};
