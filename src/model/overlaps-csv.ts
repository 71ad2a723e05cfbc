import type { CollectivityKind } from '../domain/cooperation';
import type { ThemeId } from '../domain/themes';
import { excelCsv } from '../text/excel-csv';
import type { Overlap, OverlapMember } from './overlaps';
import type { AnchoredOverlap } from './overlaps-anchored';

export const OVERLAP_CSV_COLUMNS = [
  'country',
  'place',
  'collectivities',
  'sharedThemes',
  'code',
  'name',
  'kind',
  'region',
  'network',
  'since',
  'themes',
  'cooperations',
] as const;
export type OverlapCsvColumn = (typeof OVERLAP_CSV_COLUMNS)[number];

/** The anchored list's columns: the place, then each collectivity, the anchor's first, with where it works and how far. */
export const ANCHORED_CSV_COLUMNS = [
  'country',
  'place',
  'sharedThemes',
  'side',
  'code',
  'name',
  'kind',
  'region',
  'network',
  'memberPlace',
  'distanceKm',
  'since',
  'themes',
  'actors',
  'cooperations',
] as const;
export type AnchoredCsvColumn = (typeof ANCHORED_CSV_COLUMNS)[number];

/** How headers and codes read, in the interface language. */
export interface OverlapCsvLabels {
  header: Record<OverlapCsvColumn | AnchoredCsvColumn, string>;
  /** "ancrage" or "autre". */
  side: (anchor: boolean) => string;
  country: (iso2: string) => string;
  kind: (kind: CollectivityKind) => string;
  region: (code: string) => string;
  network: (id: string) => string;
  theme: (id: ThemeId) => string;
}

/** Themes are joined with " | ": their labels hold commas. */
const list = (values: readonly string[]) => values.join(' | ');

/** What a member is, the same in both exports. */
function memberCells(member: OverlapMember, labels: OverlapCsvLabels) {
  return {
    code: member.code,
    name: member.name,
    kind: labels.kind(member.kind),
    region: labels.region(member.region),
    network: member.network === null ? '' : labels.network(member.network),
    since: member.since === null ? '' : String(member.since),
    themes: list(member.themes.map(labels.theme)),
    cooperations: String(member.cooperations),
  };
}

function row(overlap: Overlap, member: OverlapMember, labels: OverlapCsvLabels): Record<OverlapCsvColumn, string> {
  return {
    country: labels.country(overlap.country),
    place: overlap.level === 'place' ? overlap.name : '',
    collectivities: String(overlap.members.length),
    sharedThemes: list(overlap.sharedThemes.map(labels.theme)),
    ...memberCells(member, labels),
  };
}

/**
 * One row per shared place (or country) and French collectivity, as French Excel opens it:
 * UTF-8 with BOM, `;` separator, CRLF, cells that would run as formulas neutralised.
 */
export function overlapsCsv(overlaps: readonly Overlap[], labels: OverlapCsvLabels): string {
  const rows = overlaps.flatMap((overlap) =>
    overlap.members.map((member) => {
      const cells = row(overlap, member, labels);
      return OVERLAP_CSV_COLUMNS.map((column) => cells[column]);
    }),
  );
  return excelCsv([OVERLAP_CSV_COLUMNS.map((column) => labels.header[column]), ...rows]);
}

/** One row per anchored place and collectivity (the anchor's first, then the others nearest first), as French Excel opens it. */
export function anchoredOverlapsCsv(overlaps: readonly AnchoredOverlap[], labels: OverlapCsvLabels): string {
  const rows = overlaps.flatMap((overlap) => {
    const place = { country: labels.country(overlap.country), place: overlap.name, sharedThemes: list(overlap.sharedThemes.map(labels.theme)) };
    const members = [
      ...overlap.anchorMembers.map((member) => ({ member, side: labels.side(true), memberPlace: overlap.name, distanceKm: '0' })),
      ...overlap.others.map((member) => ({ member, side: labels.side(false), memberPlace: member.placeName, distanceKm: String(Math.round(member.distanceKm)) })),
    ];
    return members.map(({ member, ...where }) => {
      const cells: Record<AnchoredCsvColumn, string> = { ...place, ...where, ...memberCells(member, labels), actors: list(member.actors) };
      return ANCHORED_CSV_COLUMNS.map((column) => cells[column]);
    });
  });
  return excelCsv([ANCHORED_CSV_COLUMNS.map((column) => labels.header[column]), ...rows]);
}
