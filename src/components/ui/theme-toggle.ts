// <theme-toggle>: the header's 系统/浅色/深色 choice, remembered in localStorage
// (ThemeScript applies it before the first paint).
import { isThemeChoice, THEME_STORAGE_KEY, type ThemeChoice } from './theme';

class ThemeToggle extends HTMLElement {
  connectedCallback() {
    const select = this.querySelector('select')!;
    const theme = document.documentElement.dataset['theme'];
    select.value = isThemeChoice(theme) ? theme : 'system';
    select.addEventListener('change', () => {
      if (isThemeChoice(select.value)) applyTheme(select.value);
    });
    // A choice made in another tab applies here too.
    window.addEventListener('storage', (event) => {
      if (event.key !== THEME_STORAGE_KEY) return;
      const choice = isThemeChoice(event.newValue) ? event.newValue : 'system';
      setThemeAttribute(choice);
      select.value = choice;
    });
    this.hidden = false;
  }
}

function applyTheme(choice: ThemeChoice) {
  setThemeAttribute(choice);
  try {
    if (choice === 'system') localStorage.removeItem(THEME_STORAGE_KEY);
    else localStorage.setItem(THEME_STORAGE_KEY, choice);
  } catch {
    // Without storage the choice lasts for this page only.
  }
}

function setThemeAttribute(choice: ThemeChoice) {
  const root = document.documentElement;
  if (choice === 'system') delete root.dataset['theme'];
  else root.dataset['theme'] = choice;
}

customElements.define('theme-toggle', ThemeToggle);
