import { useState } from 'preact/hooks';
import { t } from '../i18n';
import { copyText } from './clipboard';

/** Copies the address of what is on screen (filters, selection, view and map position are all in it). */
export function CopyLinkButton() {
  const [copied, setCopied] = useState<boolean | null>(null);
  return (
    <button
      type="button"
      class="copy-link"
      data-testid="copy-link"
      onClick={async () => {
        setCopied(await copyText(window.location.href));
        setTimeout(() => setCopied(null), 2500);
      }}
    >
      {copied === null ? t('share.copyLink') : copied ? t('share.copied') : t('share.copyFailed')}
    </button>
  );
}
