import type { StyleSpecification } from 'maplibre-gl';
import { Fragment } from 'preact';
import { useState } from 'preact/hooks';
import type { ImportIssue } from '../../data/report';
import type { FixOption } from '../../data/row-fix';
import { formatNumber, language, renderIssue, t } from '../../i18n';
import { RowMend } from './RowMend';

const PAGE = 200;

/** Mending rows where the report lists them; absent when the dataset cannot be mended. */
export interface MendControls {
  style: StyleSpecification;
  onMend: (line: number, cells: FixOption['cells']) => void;
}

type Shown = 'all' | 'error' | 'warning' | 'mendable';

const keeps = (shown: Shown, issue: ImportIssue) => (shown === 'all' ? true : shown === 'mendable' ? issue.fix !== undefined : issue.severity === shown);

/** The import's issues, one row each, as a spreadsheet user reads them: line, column, message; and a way to mend a row. */
export function ReportTable({ issues, mend }: { issues: readonly ImportIssue[]; mend?: MendControls }) {
  const [shown, setShown] = useState<Shown>('all');
  const [count, setCount] = useState(PAGE);
  const [open, setOpen] = useState<ImportIssue | null>(null);
  const kept = issues.filter((issue) => keeps(shown, issue));
  if (issues.length === 0) return <p>{t('import.noIssue')}</p>;
  return (
    <div class="report-issues">
      <label class="field">
        {t('import.issueFilter')}
        <select value={shown} onChange={(event) => setShown(event.currentTarget.value as Shown)}>
          <option value="all">{t('import.issueAll', { count: formatNumber(issues.length) })}</option>
          <option value="error">{t('import.issueErrors')}</option>
          <option value="warning">{t('import.issueWarnings')}</option>
          {mend && <option value="mendable">{t('import.issueMendable')}</option>}
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
          {kept.slice(0, count).map((issue, i) => (
            <Fragment key={`${issue.row}-${i}`}>
              <tr class={issue.severity} data-row={issue.row}>
                <td>{issue.row}</td>
                <td>{issue.column ?? '—'}</td>
                <td>{issue.severity === 'error' ? t('import.error') : t('import.warning')}</td>
                <td>
                  {renderIssue(issue, language.value)}
                  {mend && issue.fix && (
                    <button type="button" class="link mend-toggle" data-testid="mend-open" aria-expanded={open === issue} onClick={() => setOpen(open === issue ? null : issue)}>
                      {t('import.mend')}
                    </button>
                  )}
                </td>
              </tr>
              {mend && issue.fix && open === issue && (
                <tr class="mend-row">
                  <td colSpan={4}>
                    <RowMend line={issue.row} fix={issue.fix} style={mend.style} onMend={(cells) => mend.onMend(issue.row, cells)} />
                  </td>
                </tr>
              )}
            </Fragment>
          ))}
        </tbody>
      </table>
      {kept.length > count && (
        <button type="button" class="link" onClick={() => setCount(count + PAGE)}>
          {t('import.showMore', { count: formatNumber(kept.length - count) })}
        </button>
      )}
    </div>
  );
}
