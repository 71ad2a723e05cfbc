import type { PickingInfo } from '@deck.gl/core';
import { formatNumber, t } from '../i18n';
import { partnerLabel, type ArcDatum, type EndpointNames } from './arc-data';
import type { CooperationPick } from './cooperation-arcs';
import type { MapPick } from './deck-layers';
import { escapeHtml } from '../text/escape-html';

const cooperationCount = (count: number) => (count === 1 ? t('count.one') : t('tooltip.flowCount', { count: formatNumber(count) }));

function arcLines(arc: ArcDatum | CooperationPick, names: EndpointNames): string[] {
  if (arc.kind === 'flow') {
    const { origin, country, partner, count } = arc.flow;
    const end = partner === country ? undefined : names.partner?.(partner);
    const destination = end ? partnerLabel(end, country, names) : names.country(country);
    return [t('tooltip.flow', { region: names.origin(origin), country: destination }), cooperationCount(count)];
  }
  const c = arc.cooperation;
  const lines = [`${c.ctName} → ${c.partnerName} (${names.country(c.partnerCountry)})`];
  if (c.startYear !== null) lines.push(t('tooltip.since', { year: c.startYear }));
  return lines;
}

/** deck.gl tooltip content; every piece of text is escaped, since names come from imported files. */
export function tooltipFor(info: PickingInfo, names: EndpointNames): { html: string } | null {
  const object = info.object as MapPick | undefined;
  if (!object) return null;
  const lines =
    'kind' in object
      ? arcLines(object, names)
      : 'key' in object
        ? [object.label, t('overlaps.count', { count: formatNumber(object.count) })]
        : [object.label, cooperationCount(object.count)];
  const [title, ...rest] = lines.map(escapeHtml);
  return { html: `<strong>${title}</strong>${rest.map((line) => `<br>${line}`).join('')}` };
}
