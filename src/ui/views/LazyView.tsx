import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { t } from '../../i18n';
import type { ViewProps } from './registry';

interface Props extends ViewProps {
  load: () => Promise<{ default: ComponentType<ViewProps> }>;
}

/** Renders a view whose code is fetched the first time it is opened. */
export function LazyView({ load, ...props }: Props) {
  const [view, setView] = useState<{ component: ComponentType<ViewProps> } | { error: string } | null>(null);
  useEffect(() => {
    let current = true;
    setView(null);
    load()
      .then((module) => current && setView({ component: module.default }))
      .catch((error: unknown) => current && setView({ error: String(error) }));
    return () => {
      current = false;
    };
  }, [load]);
  if (view === null) return <p class="loading">{t('app.loading')}</p>;
  if ('error' in view) return <p role="alert">{t('app.loadFailed', { message: view.error })}</p>;
  const View = view.component;
  return <View {...props} />;
}
