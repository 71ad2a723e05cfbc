import { t } from '../i18n';
import type { UnknownValue } from '../state/url-codec';

/** Says which parts of the address were not understood, rather than failing or silently dropping them. */
export function Notices({ unknown, onDismiss }: { unknown: readonly UnknownValue[]; onDismiss: () => void }) {
  if (unknown.length === 0) return null;
  return (
    <div class="notice" role="status" data-testid="url-notice">
      <ul>
        {unknown.map(({ param, value }) => (
          <li key={`${param}=${value}`}>{t('notice.unknownValue', { param, value })}</li>
        ))}
      </ul>
      <button type="button" onClick={onDismiss}>
        {t('notice.dismiss')}
      </button>
    </div>
  );
}

/** What could not be loaded as it should (the basemap, the remembered dataset). */
export function Problems({ problems }: { problems: readonly string[] }) {
  return (
    <>
      {problems.map((problem) => (
        <p key={problem} class="notice" role="alert">
          {problem}
        </p>
      ))}
    </>
  );
}
