import type { RefObject } from 'preact';
import { useState } from 'preact/hooks';
import { t, type MessageKey } from '../../i18n';
import { downloadBlob } from '../download';
import { copyText } from '../clipboard';
import { composeMapPng, type MapPngText } from './map-png';

interface Props {
  pageUrl: string;
  embedCode: string;
  /** The map's element: its canvas is what the PNG shows. */
  map: RefObject<HTMLDivElement | null>;
  /** The texts drawn around the map in the PNG, read when it is made (in the language of the moment). */
  pngText: () => MapPngText;
  fileName: string;
}

/** Copy the link, print, embed, download the map: what a collectivity or a citizen does with the page. */
export function ShareBar({ pageUrl, embedCode, map, pngText, fileName }: Props) {
  const [message, setMessage] = useState<MessageKey | null>(null);
  const [embedOpen, setEmbedOpen] = useState(false);

  const copy = async (text: string, done: MessageKey) => setMessage((await copyText(text)) ? done : 'citizen.share.copyFailed');

  const downloadPng = async () => {
    const canvas = map.current?.querySelector('canvas');
    if (!canvas || map.current?.dataset.idle !== 'true') {
      setMessage('citizen.share.pngNotReady');
      return;
    }
    downloadBlob(fileName, await composeMapPng(canvas, pngText()));
    setMessage('citizen.share.pngDone');
  };

  return (
    <div class="citizen-share" role="group" aria-label={t('citizen.share.label')}>
      <div class="citizen-share-buttons">
        <button type="button" onClick={() => copy(pageUrl, 'citizen.share.copied')} data-testid="copy-link">
          {t('citizen.share.copy')}
        </button>
        <button type="button" onClick={() => window.print()}>
          {t('citizen.share.print')}
        </button>
        <button type="button" aria-expanded={embedOpen} aria-controls="citizen-embed" onClick={() => setEmbedOpen(!embedOpen)}>
          {t('citizen.share.embed')}
        </button>
        <button type="button" onClick={downloadPng} data-testid="download-png">
          {t('citizen.share.png')}
        </button>
      </div>
      <p class="citizen-share-status" role="status" data-testid="share-status">
        {message && t(message)}
      </p>
      {embedOpen && (
        <div id="citizen-embed" class="citizen-embed">
          <label for="citizen-embed-code">{t('citizen.share.embedHelp')}</label>
          <textarea id="citizen-embed-code" readOnly rows={3} value={embedCode} onFocus={(event) => event.currentTarget.select()} />
          <button type="button" onClick={() => copy(embedCode, 'citizen.share.codeCopied')}>
            {t('citizen.share.copyCode')}
          </button>
        </div>
      )}
    </div>
  );
}
