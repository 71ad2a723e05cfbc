import { signal } from '@preact/signals';
import { isLanguage, LANGUAGES, type Language } from '../domain/languages';
import { en } from './en';
import { fr, type MessageKey } from './fr';

export type { Language, MessageKey };
export { renderImportParam, renderIssue } from './import-messages';

const STORAGE_KEY = 'coopatlas.language';
/** One dictionary per language of LANGUAGES: a language without one does not compile. */
const dictionaries: Record<Language, Record<MessageKey, string>> = { fr, en };
/** The first language: the interface's when nothing else is asked for. */
export const DEFAULT_LANGUAGE: Language = LANGUAGES[0].id;

function initialLanguage(): Language {
  try {
    const stored = globalThis.localStorage?.getItem(STORAGE_KEY);
    return stored && isLanguage(stored) ? stored : DEFAULT_LANGUAGE;
  } catch {
    return DEFAULT_LANGUAGE;
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

/** The language the switch button offers after `current`, in the order of LANGUAGES. */
export function nextLanguage(current: Language): Language {
  const position = LANGUAGES.findIndex((entry) => entry.id === current);
  return LANGUAGES[(position + 1) % LANGUAGES.length].id;
}

export function t(key: MessageKey, values: Record<string, string | number> = {}): string {
  const template = dictionaries[language.value][key];
  return template.replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? ''));
}

/** The Intl locale of the interface language. */
export const locale = () => LANGUAGES.find((entry) => entry.id === language.value)!.locale;

/** Sorts names as the interface language does (accents, case). */
export const compareNames = (a: string, b: string) => a.localeCompare(b, locale());

export function formatNumber(value: number): string {
  return new Intl.NumberFormat(locale()).format(value);
}

export function formatEuros(value: number): string {
  return new Intl.NumberFormat(locale(), { style: 'currency', currency: 'EUR', maximumFractionDigits: value < 100 ? 2 : 0 }).format(value);
}
