/** The five models of the ACTER typology, see shared/domain.md. */
export const TYPOLOGY_IDS = ['humanis', 'cosmin', 'cimob', 'climapart', 'astre'] as const;

export type TypologyId = (typeof TYPOLOGY_IDS)[number];

export const TYPOLOGY_LABELS: Record<TypologyId, string> = {
  humanis: 'HUMANIS',
  cosmin: 'COSMIN',
  cimob: 'CIMOB',
  climapart: 'CLIMAPART',
  astre: 'ASTRE',
};

export function isTypologyId(value: string): value is TypologyId {
  return (TYPOLOGY_IDS as readonly string[]).includes(value);
}
