import { useState } from 'preact/hooks';
import type { ComponentType } from 'preact';
import { t } from '../../i18n';
import type { ActiveDataset } from '../../state/datasets';
import type { PublishDialogProps } from './PublishDialog';

const loadDialog = () => import('./PublishDialog').then((module) => module.PublishDialog);

/** "Publier cet atlas": opens the dialog that makes the site's zip (loaded on demand, with its zip code). */
export function PublishButton({ load, class: className }: { load: () => Promise<ActiveDataset | null>; class?: string }) {
  const [open, setOpen] = useState<{ dataset: ActiveDataset; Dialog: ComponentType<PublishDialogProps> } | null>(null);
  const show = async () => {
    const [dataset, Dialog] = await Promise.all([load(), loadDialog()]);
    if (dataset) setOpen({ dataset, Dialog });
  };
  return (
    <>
      <button type="button" class={className} onClick={show} data-testid="publish-open">
        {t('publish.open')}
      </button>
      {open && <open.Dialog dataset={open.dataset} onClose={() => setOpen(null)} />}
    </>
  );
}
