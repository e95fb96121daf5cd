/** The events <talks-timeline> fires, the detail each carries, and how they are fired. */
import type { DataIssue } from '../core/types.js';

export interface TalksLoadDetail {
  /** Events shown. */
  events: number;
  /** Problems found in the data (errors and warnings). */
  issues: number;
  /** The data was read, validated and laid out in a Web Worker (large data, `worker="auto"`). */
  worker: boolean;
}
export interface TalksSelectDetail {
  /** The selected event's id, or null when the selection was cleared. */
  id: string | null;
}
export interface TalksErrorDetail {
  issues: DataIssue[];
}
/** What a new version of the data changed, by event id. */
export interface TalksUpdateDetail {
  added: string[];
  changed: string[];
  removed: string[];
}

declare global {
  interface GlobalEventHandlersEventMap {
    'talks-load': CustomEvent<TalksLoadDetail>;
    'talks-select': CustomEvent<TalksSelectDetail>;
    'talks-error': CustomEvent<TalksErrorDetail>;
    'talks-update': CustomEvent<TalksUpdateDetail>;
  }
}

export interface TalksEventDetails {
  'talks-load': TalksLoadDetail;
  'talks-select': TalksSelectDetail;
  'talks-error': TalksErrorDetail;
  'talks-update': TalksUpdateDetail;
}

/** Fire one of our events from the element: it bubbles, and leaves the shadow root. */
export function fire<K extends keyof TalksEventDetails>(host: Element, type: K, detail: TalksEventDetails[K]): void {
  host.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
}
