import type { CityRow } from '../../domain/gazetteer';
import { placeKey } from '../place-names';

/**
 * Names the lists write with a qualifier that GeoNames drops or writes otherwise: "Rottenburg am
 * Neckar" (GeoNames "Rottenburg"), "Reichenbach im Vogtland" ("Reichenbach/Vogtland"),
 * "Leuze-en-Hainaut" ("Leuze"), "Droitwich Spa", "Bad Kötzting" ("Kötzting"), the first town of a
 * merged municipality ("Comines-Warneton").
 */

/** Words that tie a town to its river or region: "am Neckar", "en Hainaut", "upon Avon". */
const LOCATED = / (am|im|an der|ob der|in der|vor der|unter|bei|en|sur|sous|les|lez|on|upon) /;
/** The spa a town is known by: "Bad Kötzting", "Droitwich Spa". */
const SPA = /^bad (.+)$|^(.+) spa$/;
/** First words that are no town's name on their own ("Saint-Lambert" is not "Saint"). */
const NOT_A_NAME = /^(saint|sainte|sankt|san|santa|santo|sao|st|ste|mont|bad|port|porto|villa|ville|vila|new|north|south|east|west|great|little|upper|lower|nieder|ober)$/;
/** A core shorter than this is too common a name to stand for the written one ("Aue"). */
const CORE_MIN_LENGTH = 4;
/** The most populous of several homonyms stands for the core only when this many times larger than the next. */
export const OTHERS_SMALLER = 10;

/** How a core was read from the written name, for the build's warning. */
export type CoreKind = 'located' | 'spa' | 'merged';

/**
 * The keys to look for, best first, when the written name is not found: the name without its
 * located word ("reichenbach vogtland"), the town before it ("reichenbach"), the town of its spa,
 * the first of a merged pair. Empty when the name has no such part.
 */
export function coreKeys(written: string): { key: string; kind: CoreKind }[] {
  const key = placeKey(written);
  const located = LOCATED.exec(key);
  if (located) {
    const before = key.slice(0, located.index);
    const after = key.slice(located.index + located[0].length);
    return [{ key: `${before} ${after}`, kind: 'located' as const }, { key: before, kind: 'located' as const }].filter(usable);
  }
  const spa = SPA.exec(key);
  if (spa) return [{ key: spa[1] ?? spa[2], kind: 'spa' as const }].filter(usable);
  const [first, ...rest] = written.split(/[-–]/);
  return rest.length > 0 ? [{ key: placeKey(first), kind: 'merged' as const }].filter(usable) : [];
}

const usable = ({ key }: { key: string }) => key.length >= CORE_MIN_LENGTH && !NOT_A_NAME.test(key);

/**
 * The town a core designates among the rows that bear it, or null. Set aside: a town whose own
 * name is another qualified form of the core ("Rottenburg an der Laaber" is not "Rottenburg am
 * Neckar"), and a place GeoNames files as a section of another municipality ("Éghezée (Leuze)").
 * Then the one left (homonyms a few km apart are one town), or the most populous when it is ten
 * times larger than the next.
 */
export function townOfCore(
  rows: readonly CityRow[],
  coreKey: string,
  sameTown: (a: CityRow, b: CityRow) => boolean,
): { town: CityRow; others: CityRow[] } | null {
  const sectionOfOther = (name: string) => {
    const section = /^(.+?)\s*\((.+)\)$/.exec(name);
    return section !== null && placeKey(section[2]) === coreKey && placeKey(section[1]) !== coreKey;
  };
  const candidates = rows.filter((row) => {
    const own = placeKey(row[1]);
    const otherQualified = own !== coreKey && own.startsWith(`${coreKey} `);
    return !otherQualified && !row[2].some(sectionOfOther);
  });
  if (candidates.length === 0) return null;
  const [town, ...rest] = [...candidates].sort((a, b) => b[4] - a[4]);
  const others = rest.filter((row) => !sameTown(town, row));
  if (others.length === 0 || town[4] >= OTHERS_SMALLER * Math.max(others[0][4], 1)) return { town, others };
  return null;
}

/** A town this large is what GeoNames names a municipality by ("Isernhagen Farster Bauerschaft"); a village that shares a first word is another village ("Rotherfield Peppard" is not Rotherfield). */
const EXTENDED_TOWN_POPULATION = 15_000;

/** What follows the part of `name` that folds to `key`: " e Viadagola" in "Granarolo dell'Emilia e Viadagola". */
function afterPrefix(name: string, key: string): string {
  for (let end = key.length; end <= name.length; end += 1) if (placeKey(name.slice(0, end)) === key) return name.slice(end);
  return '';
}

/**
 * The one town whose own name extends the written one ("Weinstadt" → "Weinstadt-Endersbach",
 * "Oron" → "Oron-la-Ville", "Granarolo dell'Emilia" → "Granarolo dell'Emilia e Viadagola"), or
 * null: by a hyphen or a linking word whatever its size, by another capitalised word only when a town.
 */
export function extendedTown(rows: readonly CityRow[], written: string): CityRow | null {
  const key = placeKey(written);
  const [first] = key.split(' ');
  if (key.length < CORE_MIN_LENGTH || NOT_A_NAME.test(first)) return null;
  const extends_ = (row: CityRow) => {
    if (!placeKey(row[1]).startsWith(`${key} `)) return false;
    return /^(-|\s+\p{Ll})/u.test(afterPrefix(row[1], key)) || row[4] >= EXTENDED_TOWN_POPULATION;
  };
  const found = rows.filter(extends_);
  return found.length === 1 ? found[0] : null;
}
