/** "2019-2022", "2019 – 2022", "2019/2022", "2019 à 2022" written in one year cell. */
const SPAN = /^(\d{4})\s*(?:-|–|—|\/|à|a)\s*(\d{4})$/;

/** The start and end years of a span written in a start-year cell, or null when the cell is no span. */
export function parseYearSpan(text: string): { start: string; end: string } | null {
  const match = SPAN.exec(text.trim());
  return match ? { start: match[1], end: match[2] } : null;
}
