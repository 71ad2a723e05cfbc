import { useState } from 'preact/hooks';
import { language, t, type MessageKey } from '../i18n';
import type { AppState } from '../domain/app-state';
import { isBuiltIn, type ActiveDataset } from '../state/datasets';
import { absoluteUrl, atlasEmbedSearch, embedSnippet, type EmbedSize } from './citizen/links';
import { copyText } from './clipboard';

const WIDTHS: readonly EmbedSize['width'][] = ['full', 800, 600];
const HEIGHTS: readonly number[] = [400, 600, 800];

/**
 * "Intégrer": the `<iframe>` code of the map as it is now, in a chosen size. An imported dataset
 * lives in this browser only, which the dialog says, as the link's warning does.
 */
export function EmbedButton({ state, dataset }: { state: AppState; dataset: ActiveDataset }) {
  const [open, setOpen] = useState(false);
  const [size, setSize] = useState<EmbedSize>({ width: 'full', height: 600 });
  const [message, setMessage] = useState<MessageKey | null>(null);
  const code = embedSnippet(absoluteUrl(atlasEmbedSearch(state, dataset.id, language.value)), t('embed.frameTitle'), size);
  const copy = async () => setMessage((await copyText(code)) ? 'embed.copied' : 'embed.copyFailed');
  return (
    <>
      <button type="button" class="copy-link" aria-expanded={open} aria-controls="embed-dialog" data-testid="embed-open" onClick={() => setOpen(!open)}>
        {t('embed.open')}
      </button>
      {open && (
        <div id="embed-dialog" class="embed-dialog" role="dialog" aria-labelledby="embed-dialog-title" data-testid="embed-dialog">
          <h2 id="embed-dialog-title">{t('embed.title')}</h2>
          <p>{t('embed.help')}</p>
          {!isBuiltIn(dataset.id) && (
            <p class="embed-imported" role="note" data-testid="embed-imported">
              {t('embed.importedText', { name: dataset.name })}
            </p>
          )}
          <div class="embed-size">
            <label class="field">
              {t('embed.width')}
              <select value={String(size.width)} onChange={(event) => setSize({ ...size, width: WIDTHS.find((width) => String(width) === event.currentTarget.value)! })} data-testid="embed-width">
                {WIDTHS.map((width) => (
                  <option key={width} value={String(width)}>
                    {width === 'full' ? t('embed.widthFull') : t('embed.pixels', { count: width })}
                  </option>
                ))}
              </select>
            </label>
            <label class="field">
              {t('embed.height')}
              <select value={String(size.height)} onChange={(event) => setSize({ ...size, height: Number(event.currentTarget.value) })} data-testid="embed-height">
                {HEIGHTS.map((height) => (
                  <option key={height} value={String(height)}>
                    {t('embed.pixels', { count: height })}
                  </option>
                ))}
              </select>
            </label>
          </div>
          <label class="field">
            {t('embed.code')}
            <textarea readOnly rows={4} value={code} onFocus={(event) => event.currentTarget.select()} data-testid="embed-code" />
          </label>
          <p class="embed-status" role="status">
            {message && t(message)}
          </p>
          <button type="button" onClick={copy} data-testid="embed-copy">
            {t('embed.copy')}
          </button>
          <button type="button" onClick={() => setOpen(false)}>
            {t('share.close')}
          </button>
        </div>
      )}
    </>
  );
}
