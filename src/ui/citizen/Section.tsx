import type { ComponentChildren } from 'preact';
import { t } from '../../i18n';
import type { PlacedText } from '../../model/collectivity-profile';

/** A titled part of the page; the title names the landmark for screen readers. */
export function Section({ id, title, children }: { id: string; title: string; children: ComponentChildren }) {
  return (
    <section class="citizen-section" aria-labelledby={`${id}-title`} data-testid={id}>
      <h2 id={`${id}-title`}>{title}</h2>
      {children}
    </section>
  );
}

/** The first items of a list, the others behind a disclosure, so that long lists keep the page (and its print) short. */
export function ShortList<T>({ items, limit, render, id }: { items: readonly T[]; limit: number; render: (item: T) => ComponentChildren; id?: string }) {
  const shown = items.length <= limit + 1 ? items : items.slice(0, limit);
  const rest = items.slice(shown.length);
  return (
    <>
      <ul class="citizen-list" id={id}>
        {shown.map(render)}
      </ul>
      {rest.length > 0 && (
        <details class="citizen-more">
          <summary>{t('citizen.more', { count: rest.length })}</summary>
          <ul class="citizen-list">{rest.map(render)}</ul>
        </details>
      )}
    </>
  );
}

/** One term and its value, in a <dl>. */
export function Fact({ term, children }: { term: string; children: ComponentChildren }) {
  return (
    <div class="citizen-fact">
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** Texts of the data, each with the partner place it speaks of, under a title; nothing when there are none. */
export function PlacedTextList({ title, texts, limit }: { title: string; texts: readonly PlacedText[]; limit: number }) {
  if (texts.length === 0) return null;
  return (
    <>
      <h3>{title}</h3>
      <ShortList
        items={texts}
        limit={limit}
        render={({ text, place }) => (
          <li key={text}>
            {text} <span class="citizen-muted">({place})</span>
          </li>
        )}
      />
    </>
  );
}
