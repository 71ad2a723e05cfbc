import type { ComponentChildren } from 'preact';
import { t } from '../../../i18n';

interface Props {
  title: string;
  ours: number | null;
  study: number;
  format: (value: number | null) => string;
  note: ComponentChildren;
  testId?: string;
}

const WIDTH = 200;
const BAR_HEIGHT = 10;

/** One of the study's figures beside ours, in words and as two bars on the same scale. */
export function StudyFigure({ title, ours, study, format, note, testId }: Props) {
  const longest = Math.max(ours ?? 0, study);
  const length = (value: number) => (longest === 0 ? 0 : (value / longest) * WIDTH);
  return (
    <article class="stats-study-figure" data-testid={testId} data-ours={ours ?? ''} data-study={study}>
      <h4>{title}</h4>
      <dl class="stats-study-values">
        <div>
          <dt>{t('stats.study.here')}</dt>
          <dd class="stats-study-ours">{ours === null ? t('stats.notGiven') : format(ours)}</dd>
        </div>
        <div>
          <dt>{t('stats.study.study')}</dt>
          <dd>{format(study)}</dd>
        </div>
      </dl>
      <svg class="stats-study-bars" viewBox={`0 0 ${WIDTH} ${BAR_HEIGHT * 3}`} width={WIDTH} height={BAR_HEIGHT * 3} aria-hidden="true">
        <rect class="stats-bar" x={0} y={0} width={length(ours ?? 0)} height={BAR_HEIGHT} rx={2} />
        <rect class="stats-bar-study" x={0} y={BAR_HEIGHT * 1.6} width={length(study)} height={BAR_HEIGHT} rx={2} />
      </svg>
      <p class="stats-note">{note}</p>
    </article>
  );
}
