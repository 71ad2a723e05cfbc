import { t } from '../i18n';
import type { ViewId } from '../domain/app-state';
import { LAZY_VIEWS } from './views/registry';

/** The map plus every view that is registered. */
export function ViewTabs({ current, onChange }: { current: ViewId; onChange: (view: ViewId) => void }) {
  const views: ViewId[] = ['carte', ...(Object.keys(LAZY_VIEWS) as ViewId[])];
  if (views.length < 2) return null;
  return (
    <nav class="tabs" aria-label={t('nav.label')}>
      {views.map((view) => (
        <button
          key={view}
          type="button"
          class="tab"
          aria-current={view === current ? 'page' : undefined}
          data-view={view}
          onClick={() => onChange(view)}
        >
          {t(`nav.${view}`)}
        </button>
      ))}
    </nav>
  );
}
