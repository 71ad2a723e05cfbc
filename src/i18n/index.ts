import { signal } from '@preact/signals';
import { en } from './en';
import { fr, type MessageKey } from './fr';

export type Language = 'fr' | 'en';
export type { MessageKey };
export { renderIssue } from './import-messages';

const STORAGE_KEY = 'coopatlas.language';
const dictionaries: Record<Language, Record<MessageKey, string>> = { fr, en };

function initialLanguage(): Language {
  try {
    return globalThis.localStorage?.getItem(STORAGE_KEY) === 'en' ? 'en' : 'fr';
  } catch {
    return 'fr';
  }
}

/** The interface language: French first, English second, remembered in this browser. */
export const language = signal<Language>(initialLanguage());

export function setLanguage(next: Language): void {
  language.value = next;
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, next);
  } catch {
    // Private browsing may forbid storage; the choice then lasts for the page only.
  }
}

export function t(key: MessageKey, values: Record<string, string | number> = {}): string {
  const template = dictionaries[language.value][key];
  return template.replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? ''));
}

/** The Intl locale of the interface language. */
export const locale = () => (language.value === 'fr' ? 'fr-FR' : 'en-GB');

export function formatNumber(value: number): string {
  return new Intl.NumberFormat(locale()).format(value);
}

export function formatEuros(value: number): string {
  return new Intl.NumberFormat(locale(), { style: 'currency', currency: 'EUR', maximumFractionDigits: value < 100 ? 2 : 0 }).format(value);
}
