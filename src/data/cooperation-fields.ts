import type { Cooperation } from '../domain/cooperation';

/** Every property of a Cooperation; the other properties of an imported feature are pass-through columns. */
export const COOPERATION_FIELDS = [
  'id',
  'ctCode',
  'ctName',
  'ctKind',
  'ctRegion',
  'ctDepartement',
  'ctPopulation',
  'ctLon',
  'ctLat',
  'ctApproximate',
  'partnerCountry',
  'partnerName',
  'partnerPrecision',
  'partnerLon',
  'partnerLat',
  'themes',
  'nature',
  'startYear',
  'endYear',
  'annualBudgetEur',
  'fundings',
  'actors',
  'localInterest',
  'description',
  'typology',
  'typologySource',
  'riService',
  'europeService',
  'aectBudgetEur',
  'motivation',
  'sourceRow',
] as const satisfies readonly (keyof Cooperation)[];

// Fails to compile when Cooperation gains a property that the list above lacks.
type MissingField = Exclude<keyof Cooperation, (typeof COOPERATION_FIELDS)[number]>;
const everyFieldListed: [MissingField] extends [never] ? true : MissingField = true;
void everyFieldListed;

const fieldSet: ReadonlySet<string> = new Set(COOPERATION_FIELDS);

export function isCooperationField(key: string): boolean {
  return fieldSet.has(key);
}

/** Pass-through columns of an imported cooperation (unknown columns of its source file). */
export function extraColumns(cooperation: Cooperation): [string, string][] {
  return Object.entries(cooperation).filter(
    (entry): entry is [string, string] => !fieldSet.has(entry[0]) && typeof entry[1] === 'string',
  );
}
