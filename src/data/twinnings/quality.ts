import type { Jumelage } from './merge';

/**
 * One line of the hand-checked sample: the commune (INSEE code) and the partner's point that a
 * careful reader finds for it; `missing`: a place the gazetteers lack; `unsure`: left unchecked.
 */
export type SampleEntry = { row: number; written: string } & (
  | { ct: string; partner: [number, number] }
  | { missing: string }
  | { unsure: string }
);

export interface SampleFile {
  seed: number;
  size: number;
  entries: SampleEntry[];
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
}

export const RIGHT_WITHIN_KM = 25;

export function kmBetween([lon1, lat1]: readonly [number, number], [lon2, lat2]: readonly [number, number]): number {
  const rad = Math.PI / 180;
  const h = Math.sin(((lat2 - lat1) * rad) / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(((lon2 - lon1) * rad) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

/** The built jumelages against the hand-checked sample. */
export function measureQuality(jumelages: readonly Jumelage[], sample: SampleFile): QualityFigures {
  const byLine = new Map<number, Jumelage>();
  for (const jumelage of jumelages) for (const line of jumelage.sourceRows) byLine.set(line, jumelage);
  const figures: QualityFigures = { checked: 0, right: 0, imported: 0, wrong: [] };
  for (const entry of sample.entries) {
    if ('unsure' in entry) continue;
    figures.checked += 1;
    const built = byLine.get(entry.row);
    if (!built) continue;
    figures.imported += 1;
    const why =
      'missing' in entry
        ? `placé alors que le lieu manque aux référentiels (${entry.missing})`
        : built.ctCode !== entry.ct
          ? `commune ${built.ctCode} au lieu de ${entry.ct}`
          : kmBetween([built.partnerLon, built.partnerLat], entry.partner) > RIGHT_WITHIN_KM
            ? `partenaire à ${Math.round(kmBetween([built.partnerLon, built.partnerLat], entry.partner))} km`
            : null;
    if (why) figures.wrong.push({ row: entry.row, written: entry.written, why });
    else figures.right += 1;
  }
  return figures;
}

const percent = (part: number, whole: number) => `${((100 * part) / Math.max(whole, 1)).toFixed(1)} %`;

export function formatQuality({ checked, right, imported, wrong }: QualityFigures): string {
  return [
    `Échantillon vérifié à la main : ${checked} lignes.`,
    `Paires trouvées, les deux bouts à moins de ${RIGHT_WITHIN_KM} km : ${right} / ${checked} (${percent(right, checked)}).`,
    `Jumelages importés justes : ${imported - wrong.length} / ${imported} (${percent(imported - wrong.length, imported)}).`,
    ...wrong.map((w) => `  ligne ${w.row} (${w.written}) : ${w.why}`),
  ].join('\n');
}
