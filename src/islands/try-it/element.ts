// The only code the reference page loads for the 在线调试 panel: it waits for
// the reader to open the panel, then imports the panel (and, through it,
// Monaco). Nothing heavy is requested before that.

class TryItPanelElement extends HTMLElement {
  #mounted = false;

  connectedCallback() {
    const open = this.querySelector<HTMLButtonElement>('[data-open]');
    const body = this.querySelector<HTMLElement>('#try-it-body');
    if (!open || !body) return;
    open.hidden = false;
    open.addEventListener('click', () => {
      const expanded = open.getAttribute('aria-expanded') === 'true';
      open.setAttribute('aria-expanded', String(!expanded));
      open.textContent = expanded ? '打开在线调试' : '收起在线调试';
      body.hidden = expanded;
      if (!expanded && !this.#mounted) {
        this.#mounted = true;
        void import('./panel').then(({ mountPanel }) => mountPanel(this));
      }
    });
  }
}

customElements.define('try-it-panel', TryItPanelElement);
