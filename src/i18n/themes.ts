import { THEME_LABELS_EN, THEME_LABELS_FR, type ThemeId } from '../domain/themes';
import { language } from './index';

/** A theme's name in the interface language. */
export function themeLabel(id: ThemeId): string {
  return (language.value === 'fr' ? THEME_LABELS_FR : THEME_LABELS_EN)[id];
}
