import { useMemo } from 'preact/hooks';
import type { Anchor, PoolingReach } from '../../../domain/anchor';
import { t } from '../../../i18n';
import { findAnchoredOverlaps, inAnchor } from '../../../model/overlaps-anchored';
import { anchoredOverlapsCsv } from '../../../model/overlaps-csv';
import type { OverlapIndex } from '../../../model/overlaps';
import { downloadText } from '../../download';
import { AnchoredList } from './AnchoredList';
import { csvLabels, type OverlapLabels } from './labels';
import type { OverlapActions } from './OverlapList';
import { PoolingNote } from './PoolingNote';
import { SummaryFigures } from './SummaryFigures';
import { useAdmin1Units } from './use-admin1-units';

interface Props {
  index: OverlapIndex;
  mask: Uint8Array;
  anchor: Anchor;
  within: PoolingReach;
  labels: OverlapLabels;
  actions: OverlapActions;
  onAnchor: (code: string) => void;
}

/** Partner countries where the anchor's collectivities work: the gazetteers the admin-1 reach reads. */
function anchorCountries(index: OverlapIndex, anchor: Anchor): string[] {
  const anchored = index.collectivities.map((collectivity) => inAnchor(anchor, collectivity));
  const countries = new Set<string>();
  index.cooperations.forEach((c, i) => anchored[index.collectivityOf[i]] && countries.add(c.partnerCountry));
  return [...countries].sort();
}

/** Prints only the note: the page's other parts step aside while the class is set. */
function printNote() {
  const root = document.documentElement;
  root.classList.add('printing-pooling-note');
  window.addEventListener('afterprint', () => root.classList.remove('printing-pooling-note'), { once: true });
  window.print();
}

/** Where the anchor's collectivities work and who else works there or within reach, with a CSV export and a printable note. */
export function AnchoredOverlaps({ index, mask, anchor, within, labels, actions, onAnchor }: Props) {
  const countries = useMemo(() => anchorCountries(index, anchor), [index, anchor]);
  const admin1Of = useAdmin1Units(index, countries, within === 'admin1');
  const loading = within === 'admin1' && admin1Of === undefined;
  const overlaps = useMemo(
    () => (loading ? [] : findAnchoredOverlaps(index, mask, { anchor, reach: within, admin1Of })),
    [index, mask, anchor, within, admin1Of, loading],
  );
  const name = labels.anchor(anchor, (code) => index.collectivities.find((c) => c.code === code)?.name ?? code);
  const title = `${name}, ${labels.reach(within).toLocaleLowerCase()}`;
  const anchorCount = new Set(overlaps.flatMap((o) => o.anchorMembers.map((m) => m.code))).size;
  const otherCount = new Set(overlaps.flatMap((o) => o.others.map((m) => m.code))).size;
  const exportCsv = () => downloadText(t('overlaps.file.anchored'), anchoredOverlapsCsv(overlaps, csvLabels(labels)), 'text/csv;charset=utf-8');

  return (
    <>
      <p class="overlaps-intro">{t('overlaps.anchored.intro')}</p>
      <SummaryFigures
        count={overlaps.length}
        figures={[
          { label: t('overlaps.anchored.summary.places'), value: overlaps.length },
          { label: t('overlaps.anchored.summary.anchor'), value: anchorCount },
          { label: t('overlaps.anchored.summary.others'), value: otherCount },
        ]}
      />
      <section aria-labelledby="overlaps-anchored">
        <div class="overlaps-toolbar">
          <h3 id="overlaps-anchored">{t('overlaps.anchored.title', { anchor: name, reach: labels.reach(within).toLocaleLowerCase() })}</h3>
          <button type="button" class="overlaps-export" onClick={exportCsv} disabled={overlaps.length === 0}>
            {t('overlaps.export')}
          </button>
          <button type="button" class="overlaps-print" onClick={printNote} disabled={overlaps.length === 0} data-testid="print-note">
            {t('overlaps.print')}
          </button>
        </div>
        {loading ? (
          <p class="overlaps-empty">{t('overlaps.anchored.loadingUnits')}</p>
        ) : overlaps.length === 0 ? (
          <p class="overlaps-empty">{t('overlaps.anchored.none')}</p>
        ) : (
          <AnchoredList key={`${anchor.kind}|${within}`} overlaps={overlaps} labels={labels} onAnchor={onAnchor} {...actions} />
        )}
      </section>
      <PoolingNote overlaps={overlaps} labels={labels} title={title} />
    </>
  );
}
