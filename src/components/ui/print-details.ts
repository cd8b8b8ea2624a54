// Browsers without ::details-content print a collapsed <details> collapsed;
// open every one for the printout and close them again afterwards.

let opened: HTMLDetailsElement[] = [];

window.addEventListener('beforeprint', () => {
  opened = [...document.querySelectorAll<HTMLDetailsElement>('details:not([open])')];
  for (const details of opened) details.open = true;
});

window.addEventListener('afterprint', () => {
  for (const details of opened) details.open = false;
  opened = [];
});
