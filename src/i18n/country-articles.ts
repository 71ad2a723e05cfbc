/**
 * French says « l’Algérie », « le Sénégal », « Madagascar », « les Comores », and « en Algérie »,
 * « au Sénégal », « à Madagascar », « aux Comores »: the article and the preposition of every
 * country of public/geo/countries.json (its `nameFr`), by ISO alpha-2 code.
 */
type Form =
  /** le Sénégal, au Sénégal */
  | 'le'
  /** la Tunisie, en Tunisie */
  | 'la'
  /** la Barbade, à la Barbade (islands) */
  | 'a-la'
  /** l’Algérie, en Algérie */
  | 'l'
  /** l’île de Man, à l’île de Man */
  | 'a-l'
  /** les Comores, aux Comores */
  | 'les'
  /** Madagascar, à Madagascar */
  | 'a'
  /** Israël, en Israël */
  | 'en';

const FORMS: Readonly<Record<Form, string>> = {
  le: 'BD BF BI BJ BR BT BW BZ CA CL CM CR CV DK EH GA GB GH GL GT GY HN JP KE KG KH KW KZ LA LB LI LK LR LS LU MA ME ML MM MW MX MZ NE NG NI NP PA PE PK PT PY QA RW SD SJ SN SR SS SZ TD TG TJ TL TM VA VE VN VU XK YE ZW',
  la: 'BA BE BG BO BY CD CF CG CH CI CN CO CZ DO FI FM FR GE GF GM GN GP GQ GR GS GW HR HU JM JO KP KR LT LV LY MD MK MN MQ MR MY NA NC NO NZ PF PG PL PS RO RS RU SE SI SK SL SO SY TH TN TR TZ ZM',
  'a-la': 'BB DM GD RE',
  l: 'AD AF AL AM AO AQ AR AT AU AZ DE DZ EC EE EG ER ES ET ID IE IN IO IQ IR IS IT SA UA UG UY UZ ZA',
  'a-l': 'BV CX IM NF',
  les: 'AE AS BM BS CC CK FJ FK FO HM KM KY MH MP MV NL PH PN SB SC TC TF UM US VG VI',
  a: 'AG AI AW AX BH BL BN BQ CU CW CY DJ GG GI GU HK JE KI KN LC MC MF MG MO MS MT MU NR NU OM PM PR PW SG SH SM ST SV SX TK TO TT TV TW VC WF WS YT',
  en: 'HT IL',
};

const FORM_OF = new Map(Object.entries(FORMS).flatMap(([form, codes]) => codes.split(' ').map((iso2) => [iso2, form as Form] as const)));

/** Every code the table knows, for its test against the gazetteer. */
export const COUNTRIES_WITH_ARTICLES: ReadonlySet<string> = new Set(FORM_OF.keys());

const startsWithVowel = (name: string) => /^[aeiouyhâàéèêëîïôöûüÅåÉÈÊÎÔ]/i.test(name);

export interface FrenchCountryForms {
  /** « l’Algérie », « le Sénégal », « Madagascar », « les Comores »: after « avec ». */
  definite: string;
  /** « en Algérie », « au Sénégal », « à Madagascar », « aux Comores ». */
  located: string;
}

/** A country's French name with its article and its preposition; for a code the table lacks, « l’ » before a vowel, else no article. */
export function frenchCountryForms(iso2: string, name: string): FrenchCountryForms {
  const lower = name.replace(/^Î/, 'î');
  switch (FORM_OF.get(iso2) ?? (startsWithVowel(name) ? 'l' : 'a')) {
    case 'le':
      return { definite: `le ${name}`, located: `au ${name}` };
    case 'la':
      return { definite: `la ${name}`, located: `en ${name}` };
    case 'a-la':
      return { definite: `la ${name}`, located: `à la ${name}` };
    case 'l':
      return { definite: `l’${name}`, located: `en ${name}` };
    case 'a-l':
      return { definite: `l’${lower}`, located: `à l’${lower}` };
    case 'les':
      return { definite: `les ${name}`, located: `aux ${name}` };
    case 'en':
      return { definite: name, located: `en ${name}` };
    case 'a':
      return { definite: name, located: `à ${name}` };
  }
}
