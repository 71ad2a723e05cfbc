import { useState } from 'preact/hooks';
import type { ImportIssue } from '../../data/report';
import { formatNumber, language, renderIssue, t } from '../../i18n';

const PAGE = 200;

/** The import's issues, one row each, as a spreadsheet user reads them: line, column, message. */
export function ReportTable({ issues }: { issues: readonly ImportIssue[] }) {
  const [severity, setSeverity] = useState<'all' | 'error' | 'warning'>('all');
  const [shown, setShown] = useState(PAGE);
  const kept = severity === 'all' ? issues : issues.filter((issue) => issue.severity === severity);
  if (issues.length === 0) return <p>{t('import.noIssue')}</p>;
  return (
    <div class="report-issues">
      <label class="field">
        {t('import.issueFilter')}
        <select value={severity} onChange={(event) => setSeverity(event.currentTarget.value as typeof severity)}>
          <option value="all">{t('import.issueAll', { count: formatNumber(issues.length) })}</option>
          <option value="error">{t('import.issueErrors')}</option>
          <option value="warning">{t('import.issueWarnings')}</option>
        </select>
      </label>
      <table class="report-table" data-testid="import-issues">
        <caption>{t('import.issuesCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('import.line')}</th>
            <th scope="col">{t('import.column')}</th>
            <th scope="col">{t('import.severity')}</th>
            <th scope="col">{t('import.message')}</th>
          </tr>
        </thead>
        <tbody>
          {kept.slice(0, shown).map((issue, i) => (
            <tr key={i} class={issue.severity}>
              <td>{issue.row}</td>
              <td>{issue.column ?? '—'}</td>
              <td>{issue.severity === 'error' ? t('import.error') : t('import.warning')}</td>
              <td>{renderIssue(issue, language.value)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {kept.length > shown && (
        <button type="button" class="link" onClick={() => setShown(shown + PAGE)}>
          {t('import.showMore', { count: formatNumber(kept.length - shown) })}
        </button>
      )}
    </div>
  );
}
