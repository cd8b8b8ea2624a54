/** Where the reader's theme choice is kept; absent means "follow the system". */
export const THEME_STORAGE_KEY = 'zstack-portal-theme';

/** The choices, in the menu's order; their labels are in the string table (pages.layout.themes). */
export const THEME_CHOICES = ['system', 'light', 'dark'] as const;

export type ThemeChoice = (typeof THEME_CHOICES)[number];

export function isThemeChoice(value: unknown): value is ThemeChoice {
  return THEME_CHOICES.some((choice) => choice === value);
}
