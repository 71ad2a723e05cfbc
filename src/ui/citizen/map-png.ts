import { cssColor, lighten, type Rgb } from '../../map/palette';

export interface MapPngText {
  title: string;
  /** Drawn under the title in the warning colours, when the data is fictitious. */
  notice: string | null;
  /** « Partenaires : Saint-Louis (Sénégal), Erlangen (Allemagne) », under the legend. */
  partners: string;
  legendTitle: string;
  legend: { label: string; color: Rgb }[];
  note: string;
  attribution: string;
}

const MARGIN = 16;
const LINE = 20;
const FONT = 'system-ui, sans-serif';
const INK = '#1f2430';
const MUTED = '#5b6170';
const WARN_BACKGROUND = '#fff4d6';
const WARN_INK = '#6b4e00';

/** Breaks a text into lines that fit `width` on the canvas, at spaces. */
function wrap(context: CanvasRenderingContext2D, text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && context.measureText(candidate).width > width) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line) lines.push(line);
  return lines;
}

/** The lines under the map: legend entries side by side (wrapping), then the note and the attribution. */
function layoutBelow(context: CanvasRenderingContext2D, text: MapPngText, width: number) {
  const SWATCH = 28;
  context.font = `13px ${FONT}`;
  const rows: { label: string; color: Rgb; x: number }[][] = [[]];
  let x = 0;
  for (const entry of text.legend) {
    const entryWidth = SWATCH + 6 + context.measureText(entry.label).width + 18;
    if (x > 0 && x + entryWidth > width) {
      rows.push([]);
      x = 0;
    }
    rows[rows.length - 1].push({ ...entry, x });
    x += entryWidth;
  }
  context.font = `12px ${FONT}`;
  return { SWATCH, rows, partners: wrap(context, text.partners, width), note: wrap(context, text.note, width), attribution: wrap(context, text.attribution, width) };
}

/**
 * The drawn map as a PNG, with a title above and the legend and attribution below, all written
 * on the canvas itself. `map` must have been created with preserveDrawingBuffer, or it reads blank.
 */
export function composeMapPng(map: HTMLCanvasElement, text: MapPngText): Promise<Blob> {
  // Work in CSS pixels and scale once, so the texts have the same size on any screen density.
  const scale = map.width / map.clientWidth || 1;
  const width = map.clientWidth;
  const mapHeight = map.clientHeight;
  const canvas = document.createElement('canvas');
  const measure = canvas.getContext('2d')!;
  const inner = width - 2 * MARGIN;
  const below = layoutBelow(measure, text, inner);
  measure.font = `bold 13px ${FONT}`;
  const notice = text.notice === null ? [] : wrap(measure, text.notice, inner - 16);
  const noticeHeight = notice.length === 0 ? 0 : notice.length * LINE + 12;
  const titleHeight = 44 + noticeHeight;
  const belowHeight = LINE * (1 + below.rows.length + below.partners.length + below.note.length + below.attribution.length) + MARGIN;
  canvas.width = Math.round(width * scale);
  canvas.height = Math.round((titleHeight + mapHeight + belowHeight) * scale);

  const context = canvas.getContext('2d')!;
  context.scale(scale, scale);
  context.fillStyle = '#fff';
  context.fillRect(0, 0, width, titleHeight + mapHeight + belowHeight);
  context.fillStyle = INK;
  context.textBaseline = 'middle';
  context.font = `bold 18px ${FONT}`;
  context.fillText(text.title, MARGIN, 22, inner);
  if (notice.length > 0) {
    context.fillStyle = WARN_BACKGROUND;
    context.fillRect(MARGIN, 40, inner, noticeHeight - 4);
    context.fillStyle = WARN_INK;
    context.font = `bold 13px ${FONT}`;
    notice.forEach((line, i) => context.fillText(line, MARGIN + 8, 40 + 4 + LINE / 2 + i * LINE));
  }
  context.drawImage(map, 0, titleHeight, width, mapHeight);

  let y = titleHeight + mapHeight + LINE / 2 + 4;
  context.font = `bold 13px ${FONT}`;
  context.fillText(text.legendTitle, MARGIN, y, inner);
  context.font = `13px ${FONT}`;
  for (const row of below.rows) {
    y += LINE;
    for (const entry of row) {
      const gradient = context.createLinearGradient(MARGIN + entry.x, 0, MARGIN + entry.x + below.SWATCH, 0);
      gradient.addColorStop(0, cssColor(lighten(entry.color)));
      gradient.addColorStop(1, cssColor(entry.color));
      context.fillStyle = gradient;
      context.fillRect(MARGIN + entry.x, y - 4, below.SWATCH, 8);
      context.fillStyle = INK;
      context.fillText(entry.label, MARGIN + entry.x + below.SWATCH + 6, y);
    }
  }
  context.font = `12px ${FONT}`;
  context.fillStyle = INK;
  for (const line of below.partners) {
    y += LINE;
    context.fillText(line, MARGIN, y);
  }
  context.fillStyle = MUTED;
  for (const line of [...below.note, ...below.attribution]) {
    y += LINE;
    context.fillText(line, MARGIN, y);
  }
  return new Promise((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('toBlob'))), 'image/png'));
}
