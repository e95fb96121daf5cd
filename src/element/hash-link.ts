/** With `link`: the selection kept in the page URL's hash (`#<event id>`), and the event a shared link names opened. */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ShownEvents } from './shown-events.js';

export interface LinkHost extends ReactiveControllerHost {
  link: boolean;
  selected: string | null;
}

export class HashLink implements ReactiveController {
  readonly #host: LinkHost;
  readonly #shown: ShownEvents;
  /** The reader followed a link to one of our events: select it. */
  readonly #open: (id: string) => void;

  constructor(host: LinkHost, shown: ShownEvents, open: (id: string) => void) {
    this.#shown = shown;
    this.#open = open;
    (this.#host = host).addController(this);
  }

  hostConnected(): void {
    addEventListener('hashchange', this.#onHashChange);
  }

  hostDisconnected(): void {
    removeEventListener('hashchange', this.#onHashChange);
  }

  /** With `link`: the event the URL's hash names, if it is one of ours. */
  get named(): string | null {
    if (!this.#host.link) return null;
    let id: string;
    try {
      id = decodeURIComponent(location.hash.slice(1));
    } catch {
      return null;
    }
    return id && this.#shown.item(id) ? id : null;
  }

  readonly #onHashChange = (): void => {
    const id = this.named;
    if (id) this.#open(id);
  };

  /** After the selection changed: the hash follows it; a hash that is not one of our events is left alone. */
  follow(): void {
    if (!this.#host.link) return;
    const { selected } = this.#host;
    const named = this.named;
    if (selected && named !== selected) history.replaceState(history.state, '', `#${encodeURIComponent(selected)}`);
    else if (!selected && named) history.replaceState(history.state, '', location.pathname + location.search);
  }
}
