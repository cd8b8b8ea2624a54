// The 404 page's search box: it opens the site's search dialog with its words,
// first guessed from the address that was not found (/api/FlattenVm/ → FlattenVm).

const form = document.querySelector<HTMLFormElement>('[data-not-found-search]');
if (form) {
  const input = form.querySelector<HTMLInputElement>('input')!;
  input.value = decodeURIComponent(location.pathname.split('/').filter(Boolean).at(-1) ?? '').replace(/\.html$/, '');
  // The operations the word may have meant: loaded on this page only, with the shared list of operations.
  const suggestions = document.querySelector<HTMLElement>('[data-not-found-suggest]');
  if (suggestions && input.value)
    void import('./not-found-suggest').then((m) => m.showSuggestions(suggestions, input.value)).catch(() => undefined);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const search = document.querySelector<HTMLElement & { open(): Promise<void> }>('site-search');
    void search?.open().then(() => {
      const field = document.querySelector<HTMLInputElement>('[data-search-input]');
      if (!field) return;
      field.value = input.value;
      field.dispatchEvent(new Event('input'));
    });
  });
}
