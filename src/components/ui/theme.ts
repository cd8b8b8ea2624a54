/** Where the reader's theme choice is kept; absent means "follow the system". */
export const THEME_STORAGE_KEY = 'zstack-portal-theme';

export const THEME_CHOICES = [
  { value: 'system', label: '系统' },
  { value: 'light', label: '浅色' },
  { value: 'dark', label: '深色' },
] as const;

export type ThemeChoice = (typeof THEME_CHOICES)[number]['value'];

export function isThemeChoice(value: unknown): value is ThemeChoice {
  return THEME_CHOICES.some((choice) => choice.value === value);
}
