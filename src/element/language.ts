/** The element's language (its native `lang`, observed), writing direction, and words, with language packs fetched when needed. */
import { baseLanguage, hasMessages, isRightToLeft, loadMessages, messagesFor, TRANSLATED_LANGUAGES } from '../core/messages.js';
import type { Messages } from '../core/messages.js';
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class LanguageController implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  /** `lang` stays the native attribute (not a reactive property): watched, a change draws the element again. */
  readonly #observer: MutationObserver;
  /** The language pack being fetched (its primary subtag), if any. */
  #waitingFor: string | null = null;
  #packArrived: Promise<unknown> = Promise.resolve();

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.#observer = new MutationObserver(() => host.requestUpdate());
    (this.#host = host).addController(this);
  }

  hostConnected(): void {
    // Watched from the first connection on, for the element's life: also while it is out of the page,
    // as a reactive attribute would be (the observer holds nothing but the element).
    this.#observer.observe(this.#host, { attributeFilter: ['lang'] });
  }

  /** The language for dates and words: the element's `lang`, else the nearest `lang` in the page, else English. */
  get lang(): string {
    const host = this.#host;
    return (
      host.getAttribute('lang') || host.parentElement?.closest('[lang]')?.getAttribute('lang') || document.documentElement.lang || 'en'
    );
  }

  /** Writing direction: the nearest `dir` in the page, else the language's. */
  get dir(): 'ltr' | 'rtl' {
    const near = this.#host.closest('[dir]')?.getAttribute('dir')?.toLowerCase();
    if (near === 'rtl' || near === 'ltr') return near;
    return isRightToLeft(this.lang) ? 'rtl' : 'ltr';
  }

  /**
   * The words for `lang`, or null while its language pack is on its way (the timeline is drawn
   * once, in the right words, rather than in English first); the host updates when it arrives.
   */
  words(lang: string): Messages | null {
    const base = baseLanguage(lang);
    if (hasMessages(base) || !TRANSLATED_LANGUAGES.includes(base)) return messagesFor(base);
    if (this.#waitingFor !== base) {
      this.#waitingFor = base;
      this.#packArrived = loadMessages(base).then(() => {
        if (this.#waitingFor === base) this.#waitingFor = null;
        this.#host.requestUpdate();
      });
    }
    return null;
  }

  /** The language pack being fetched (resolves once it is there and the update is asked for), or null. */
  get pending(): Promise<unknown> | null {
    return this.#waitingFor ? this.#packArrived : null;
  }
}
