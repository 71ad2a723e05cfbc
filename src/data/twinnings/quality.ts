import type { Jumelage } from './merge';
import { haversineKm } from '../../model/geo-grid';

/**
 * One line of the hand-checked sample: the commune (INSEE code) and the partner's point that a
 * careful reader finds for it; `missing`: a place the gazetteers lack; `unsure`: left unchecked.
 * `source`: the page that gives the point or settles the homonym, where one was needed.
 */
export type SampleEntry = { row: number; written: string; source?: string } & (
  | { ct: string; partner: [number, number] }
  | { missing: string }
  | { unsure: string }
);

/** One seeded draw of source lines, each line checked by hand. */
export interface SampleDraw {
  seed: number;
  /** Lines drawn; every one has its entry, checked or `unsure`. */
  size: number;
  /** How the lines were drawn, so that the draw can be made again. */
  method: string;
  entries: SampleEntry[];
}

/** The hand-checked sample: successive draws, none repeating a line of an earlier one. */
export interface SampleFile {
  draws: SampleDraw[];
}

/** Every entry of the sample, after checking that each draw is whole and no line is drawn twice. */
export function sampleEntries(sample: SampleFile): SampleEntry[] {
  const seen = new Set<number>();
  for (const { seed, size, entries } of sample.draws) {
    if (entries.length !== size) throw new Error(`Tirage ${seed} : ${entries.length} lignes vérifiées pour ${size} tirées.`);
    for (const { row } of entries) {
      if (seen.has(row)) throw new Error(`Tirage ${seed} : la ligne ${row} est déjà dans l’échantillon.`);
      seen.add(row);
    }
  }
  return sample.draws.flatMap((draw) => draw.entries);
}

export interface QualityFigures {
  /** Lines checked (the unsure ones aside). */
  checked: number;
  /** Lines whose jumelage has the right commune and its partner within 25 km of the truth. */
  right: number;
  /** Lines the build imported or merged. */
  imported: number;
  /** Lines imported with an end placed wrongly. */
  wrong: { row: number; written: string; why: string }[];
  /** Lines checked that the build did not import; `missing`: why the truth has no point either. */
  notFound: { row: number; written: string; missing?: string }[];
}

/** A place within this distance of the truth is right; homonyms closer than this are one place for the atlas. */
export const RIGHT_WITHIN_KM = 25;

/** Why a built partner is wrong: farther than the measure allows from the checked point; null when right. */
function partnerTooFar(built: Jumelage, [lon, lat]: readonly [number, number]): string | null {
  const km = haversineKm(built.partnerLon, built.partnerLat, lon, lat);
  return km > RIGHT_WITHIN_KM ? `partenaire à ${Math.round(km)} km` : null;
}

/** The built jumelages against hand-checked entries. */
export function measureQuality(jumelages: readonly Jumelage[], entries: readonly SampleEntry[]): QualityFigures {
  const byLine = new Map<number, Jumelage>();
  for (const jumelage of jumelages) for (const line of jumelage.sourceRows) byLine.set(line, jumelage);
  const figures: QualityFigures = { checked: 0, right: 0, imported: 0, wrong: [], notFound: [] };
  for (const entry of entries) {
    if ('unsure' in entry) continue;
    figures.checked += 1;
    const built = byLine.get(entry.row);
    if (!built) {
      figures.notFound.push({ row: entry.row, written: entry.written, ...('missing' in entry ? { missing: entry.missing } : {}) });
      continue;
    }
    figures.imported += 1;
    const why =
      'missing' in entry
        ? `placé alors que le lieu manque aux référentiels (${entry.missing})`
        : built.ctCode !== entry.ct
          ? `commune ${built.ctCode} au lieu de ${entry.ct}`
          : partnerTooFar(built, entry.partner);
    if (why) figures.wrong.push({ row: entry.row, written: entry.written, why });
    else figures.right += 1;
  }
  return figures;
}

export interface SampleQuality {
  /** The figures on every entry of every draw. */
  whole: QualityFigures;
  draws: { seed: number; size: number; figures: QualityFigures }[];
}

/** The built jumelages against the whole hand-checked sample, and against each of its draws. */
export function measureSample(jumelages: readonly Jumelage[], sample: SampleFile): SampleQuality {
  return {
    whole: measureQuality(jumelages, sampleEntries(sample)),
    draws: sample.draws.map(({ seed, size, entries }) => ({ seed, size, figures: measureQuality(jumelages, entries) })),
  };
}

const percent = (part: number, whole: number) => `${((100 * part) / Math.max(whole, 1)).toFixed(1)} %`;

const found = ({ checked, right }: QualityFigures) => `${right} / ${checked} (${percent(right, checked)})`;
const importedRight = ({ imported, wrong }: QualityFigures) => `${imported - wrong.length} / ${imported} (${percent(imported - wrong.length, imported)})`;

const summary = (figures: QualityFigures) => [
  `Échantillon vérifié à la main : ${figures.checked} lignes.`,
  `Paires trouvées, les deux bouts à moins de ${RIGHT_WITHIN_KM} km : ${found(figures)}.`,
  `Jumelages importés justes : ${importedRight(figures)}.`,
];

/**
 * The whole sample's figures, one line per draw, the lines imported wrongly, then the lines not
 * found, each with why: the place missing from the gazetteers, else the build's reason for the line.
 */
export function formatSampleQuality({ whole, draws }: SampleQuality, buildReason: (row: number) => string | undefined = () => undefined): string {
  return [
    ...summary(whole),
    ...draws.map(
      ({ seed, size, figures }) =>
        `  tirage ${seed} (${size} lignes tirées, ${figures.checked} vérifiées) : trouvées ${found(figures)}, importées justes ${importedRight(figures)}.`,
    ),
    ...(whole.wrong.length > 0 ? ['Importées à tort :'] : []),
    ...whole.wrong.map((w) => `  ligne ${w.row} (${w.written}) : ${w.why}`),
    ...(whole.notFound.length > 0 ? ['Non trouvées :'] : []),
    ...whole.notFound.map(
      (n) => `  ligne ${n.row} (${n.written}) : ${n.missing !== undefined ? `absent des référentiels (${n.missing})` : (buildReason(n.row) ?? 'non importée')}`,
    ),
  ].join('\n');
}
