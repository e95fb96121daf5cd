/** The polite live region: what it says now (selection and zoom changes), changes in quick succession said once, the last. */
import { html } from 'lit';
import type { ReactiveController, ReactiveControllerHost, TemplateResult } from 'lit';

export class Announcer implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  /** What the live region says now. */
  #said = '';
  #sayTimer = 0;

  constructor(host: ReactiveControllerHost) {
    (this.#host = host).addController(this);
  }

  /** Say `text` (worked out when said): after half a second, unless something else is said meanwhile. */
  say(text: () => string): void {
    clearTimeout(this.#sayTimer);
    this.#sayTimer = window.setTimeout(() => {
      const said = text();
      if (said === this.#said) return;
      this.#said = said;
      this.#host.requestUpdate();
    }, 500);
  }

  hostDisconnected(): void {
    clearTimeout(this.#sayTimer);
  }

  render(): TemplateResult {
    return html`<p class="said" role="status">${this.#said}</p>`;
  }
}
