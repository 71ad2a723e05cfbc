import { COLLECTIVITY_KINDS, NATURES } from '../domain/cooperation';
import { foldName } from '../domain/text';
import type { ImportMessage, ImportMessageId, ImportMessageParams } from '../i18n/import-messages';
import { foldCached } from './fold-cache';
import { themeAliasIndex } from '../domain/theme-aliases';
import type { ThemeId } from '../domain/themes';
import { TYPOLOGY_IDS } from '../domain/typology';
import {
  COLLECTIVITY_KIND_ALIASES,
  FALSE_WORDS,
  NATURE_ALIASES,
  PARTNER_LEVEL_ALIASES,
  TRUE_WORDS,
  type PartnerLevel,
} from '../domain/value-aliases';

/** A cell read into a value; `warning` says why the value was altered or dropped. */
export interface Parsed<T> {
  value: T | null;
  warning?: ImportMessage;
}

const EMPTY: Parsed<never> = { value: null };
const ok = <T>(value: T): Parsed<T> => ({ value });
const dropped = <T>(code: ImportMessageId, params: ImportMessageParams): Parsed<T> => ({ value: null, warning: { code, params } });

/** Lists are separated by `|`; a cell with no `|` may use `;` or else `,`. */
export function splitList(text: string): string[] {
  const separator = text.includes('|') ? '|' : text.includes(';') ? ';' : ',';
  return text
    .split(separator)
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

/** Folded word → value, from a vocabulary of ids and their aliases. */
function vocabulary<T extends string>(ids: readonly T[], aliases?: Record<T, readonly string[]>): Map<string, T> {
  const index = new Map<string, T>();
  for (const id of ids) for (const word of [id, ...(aliases?.[id] ?? [])]) index.set(foldName(word), id);
  return index;
}

function vocabularyParser<T extends string>(index: Map<string, T>, code: ImportMessageId, ids: readonly T[]) {
  const expected = ids.join(', ');
  return (text: string): Parsed<T> => {
    const trimmed = text.trim();
    if (trimmed === '') return EMPTY;
    const value = index.get(foldCached(trimmed));
    return value ? ok(value) : dropped(code, { text: trimmed, expected });
  };
}

export const parseNature = vocabularyParser(vocabulary(NATURES, NATURE_ALIASES), 'value.nature', NATURES);

export const parseCollectivityKind = vocabularyParser(
  vocabulary(COLLECTIVITY_KINDS, COLLECTIVITY_KIND_ALIASES),
  'value.collectivityKind',
  COLLECTIVITY_KINDS,
);

const PARTNER_LEVELS: readonly PartnerLevel[] = ['commune', 'region', 'pays'];
export const parsePartnerLevel = vocabularyParser(vocabulary(PARTNER_LEVELS, PARTNER_LEVEL_ALIASES), 'value.partnerLevel', PARTNER_LEVELS);

export const parseTypology = vocabularyParser(vocabulary(TYPOLOGY_IDS), 'value.typology', TYPOLOGY_IDS);

const booleanWords = new Map<string, boolean>([
  ...TRUE_WORDS.map((word) => [word, true] as const),
  ...FALSE_WORDS.map((word) => [word, false] as const),
]);

export function parseBoolean(text: string): Parsed<boolean> {
  const trimmed = text.trim();
  if (trimmed === '') return EMPTY;
  const value = booleanWords.get(foldCached(trimmed));
  return value === undefined ? dropped('value.boolean', { text: trimmed }) : ok(value);
}

export interface ParsedThemes {
  themes: ThemeId[];
  /** Labels that map to no theme, as written. */
  unknown: string[];
}

const themeIndex = themeAliasIndex();

export function parseThemes(text: string): ParsedThemes {
  const themes = new Set<ThemeId>();
  const unknown: string[] = [];
  for (const label of splitList(text)) {
    const ids = themeIndex.get(foldCached(label));
    if (ids) ids.forEach((id) => themes.add(id));
    else unknown.push(label);
  }
  return { themes: [...themes], unknown };
}

export const MIN_YEAR = 1900;
export const MAX_YEAR = 2100;
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

/** A year: "2015", a date holding one ("2015-03-01", "01/03/2015"), or an Excel date serial (warned). */
export function parseYear(text: string): Parsed<number> {
  const trimmed = text.trim();
  if (trimmed === '') return EMPTY;
  const written = /^\d{4}$/.test(trimmed)
    ? Number(trimmed)
    : Number(/^(\d{4})-\d{1,2}-\d{1,2}/.exec(trimmed)?.[1] ?? /^\d{1,2}[/.-]\d{1,2}[/.-](\d{4})$/.exec(trimmed)?.[1] ?? NaN);
  if (!Number.isNaN(written)) {
    return written >= MIN_YEAR && written <= MAX_YEAR
      ? ok(written)
      : dropped('year.outOfRange', { text: trimmed, min: MIN_YEAR, max: MAX_YEAR });
  }
  if (/^\d{5}$/.test(trimmed)) {
    const year = new Date(EXCEL_EPOCH_MS + Number(trimmed) * DAY_MS).getUTCFullYear();
    if (year >= MIN_YEAR && year <= MAX_YEAR) {
      return { value: year, warning: { code: 'year.excelSerial', params: { text: trimmed, year } } };
    }
  }
  return dropped('year.unreadable', { text: trimmed });
}

const MULTIPLIERS: Record<string, number> = { '': 1, k: 1e3, m: 1e6 };

/**
 * An amount in euros as people type it: "12 500 €", "3500,50", "1 200 000", "1.200.000,00",
 * "12k€", "1,5 M€". With both separators the last one is decimal; a lone "." or "," followed by
 * exactly three digits ("1.200") groups thousands, otherwise it is the decimal mark.
 */
export function parseEuros(text: string): Parsed<number> {
  const trimmed = text.trim();
  if (trimmed === '') return EMPTY;
  const compact = trimmed
    .toLowerCase()
    .replace(/[\s\u00a0\u202f']/g, '')
    .replace(/^€|(€|eur|euros)$/g, '');
  const match = /^(\d[\d.,]*)(k|m)?$/.exec(compact);
  const number = match ? readDecimal(match[1]) : null;
  if (number === null) return dropped('amount.unreadable', { text: trimmed });
  return amountOf(number * MULTIPLIERS[match![2] ?? ''], trimmed);
}

/** Above this an amount is a typing slip, and beyond it cents no longer survive a round trip. */
export const MAX_AMOUNT_EUR = 1e12;

/** An amount to the cent, or dropped with a warning when too large to be one. */
export function amountOf(euros: number, written: string): Parsed<number> {
  if (!Number.isFinite(euros) || euros > MAX_AMOUNT_EUR) return dropped('amount.tooLarge', { text: written, limit: MAX_AMOUNT_EUR });
  if (euros < 0) return dropped('amount.unreadable', { text: written });
  return ok(Math.round(euros * 100) / 100);
}

function readDecimal(digits: string): number | null {
  const lastDot = digits.lastIndexOf('.');
  const lastComma = digits.lastIndexOf(',');
  let normalised: string;
  if (lastDot >= 0 && lastComma >= 0) {
    const [group, decimal] = lastDot > lastComma ? [',', '.'] : ['.', ','];
    normalised = digits.split(group).join('').replace(decimal, '.');
  } else if (lastDot >= 0 || lastComma >= 0) {
    const mark = lastDot >= 0 ? '.' : ',';
    const parts = digits.split(mark);
    const groups = parts.slice(1);
    if (parts.length > 2 && groups.some((group) => group.length !== 3)) return null;
    const grouped = parts.length > 2 || (groups[0].length === 3 && /^[1-9]\d{0,2}$/.test(parts[0]));
    normalised = grouped ? parts.join('') : parts.join('.');
  } else {
    normalised = digits;
  }
  return /^\d+(\.\d+)?$/.test(normalised) ? Number(normalised) : null;
}

/** A degree stored as a number (a spreadsheet cell), within [-limit, limit]. */
export function degreesOf(value: number, written: string, limit: 90 | 180): Parsed<number> {
  return Math.abs(value) <= limit ? ok(value) : dropped('point.invalid', { text: written, limit });
}

/** A decimal degree within [-limit, limit], with a decimal point or comma. */
export function parseDegrees(text: string, limit: 90 | 180): Parsed<number> {
  const trimmed = text.trim();
  if (trimmed === '') return EMPTY;
  const value = Number(trimmed.replace(',', '.'));
  if (!/^[-+]?\d+([.,]\d+)?$/.test(trimmed) || Math.abs(value) > limit) {
    return dropped('point.invalid', { text: trimmed, limit });
  }
  return ok(value);
}
