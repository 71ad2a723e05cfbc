/**
 * A chart taken away: its SVG with the page's styles written into it (a file has no stylesheet),
 * a PNG drawn from that SVG on a canvas, and its table as CSV. Everything is made in the page.
 */
import { excelCsv } from '../../../text/excel-csv';

const SVG_NS = 'http://www.w3.org/2000/svg';
const STYLED = ['fill', 'stroke', 'stroke-width', 'opacity', 'font-size', 'font-family', 'font-weight', 'font-variant-numeric', 'text-anchor'] as const;
const TITLE_HEIGHT = 28;
const PADDING = 8;

function inlineStyles(source: Element, copy: Element): void {
  const computed = getComputedStyle(source);
  const style = STYLED.map((property) => `${property}:${computed.getPropertyValue(property)}`).join(';');
  copy.setAttribute('style', style);
  for (let i = 0; i < source.children.length; i++) inlineStyles(source.children[i], copy.children[i]);
}

/** The chart as a standalone SVG document, its title written above it on a white ground. */
export function chartSvgText(svg: SVGSVGElement, title: string): { text: string; width: number; height: number } {
  const box = svg.viewBox.baseVal;
  const width = box.width + 2 * PADDING;
  const height = box.height + TITLE_HEIGHT + 2 * PADDING;
  const copy = svg.cloneNode(true) as SVGSVGElement;
  inlineStyles(svg, copy);
  copy.setAttribute('x', String(PADDING));
  copy.setAttribute('y', String(TITLE_HEIGHT + PADDING));
  copy.removeAttribute('class');

  const root = document.createElementNS(SVG_NS, 'svg');
  root.setAttribute('xmlns', SVG_NS);
  root.setAttribute('width', String(width));
  root.setAttribute('height', String(height));
  root.setAttribute('viewBox', `0 0 ${width} ${height}`);
  const ground = document.createElementNS(SVG_NS, 'rect');
  for (const [name, value] of [['width', '100%'], ['height', '100%'], ['fill', '#fff']]) ground.setAttribute(name, value);
  const heading = document.createElementNS(SVG_NS, 'text');
  heading.setAttribute('x', String(PADDING));
  heading.setAttribute('y', String(PADDING + 14));
  heading.setAttribute('style', `font: 600 14px ${getComputedStyle(svg).fontFamily}; fill: #1f2430`);
  heading.textContent = title;
  root.append(ground, heading, copy);
  return { text: new XMLSerializer().serializeToString(root), width, height };
}

/** The SVG drawn at twice its size on a canvas, as a PNG. */
export async function svgToPng({ text, width, height }: { text: string; width: number; height: number }, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([text], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const context = canvas.getContext('2d')!;
    context.scale(scale, scale);
    context.drawImage(image, 0, 0, width, height);
    return await new Promise((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('toBlob'))), 'image/png'));
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** A raw number as French Excel reads it (decimal comma, no grouping); text as it is. */
const csvValue = (value: string | number) => (typeof value === 'number' ? String(value).replace('.', ',') : value);

/** The chart's table: its headers, then one row per bar with its label and raw values. */
export function chartCsv(headers: readonly string[], rows: readonly { label: string; values: readonly (string | number)[] }[]): string {
  return excelCsv([headers, ...rows.map((row) => [row.label, ...row.values.map(csvValue)])]);
}

/** A file name from a chart's title: "Coopérations par pays" -> "cooperations-par-pays". */
export const chartFileName = (title: string) =>
  title
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60) || 'graphique';
