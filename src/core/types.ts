/** How sure the data is that an event happened (separate from how precisely its date is known). */
export type EventStatus = 'occurred' | 'scheduled' | 'possible' | 'cancelled';

export const EVENT_STATUSES: readonly EventStatus[] = ['occurred', 'scheduled', 'possible', 'cancelled'];

/** A band of related events, told apart by colour and position. */
export interface Track {
  id: string;
  label: string;
  /** Any CSS colour; defaults to the theme's palette. */
  color?: string;
}

/** A titled list of points, e.g. "Russian demands". */
export interface EventDetail {
  heading: string;
  items: string[];
}

export interface EventSource {
  name: string;
  /** Shown as a link only when it is http(s). */
  url?: string;
}

/** One dated event, as an editor writes it. */
export interface TimelineEvent {
  /** Stable; used for selection and links. */
  id: string;
  /** EDTF level 0–1: "2025-05-16", "2022-03", "2025-06-22/..", "2025-06~". */
  date: string;
  title: string;
  /** Defaults to 'occurred'. */
  status?: EventStatus;
  /** A Track.id. */
  track?: string;
  /** Plain text, or a small HTML subset (p, br, a, em, strong, b, i, ul, ol, li, blockquote, q, cite). */
  summary?: string;
  /** How the date is said in the details card instead of the date words ("Spring 1865"); kept from TimelineJS. */
  displayDate?: string;
  location?: string;
  participants?: string[];
  details?: EventDetail[];
  sources?: EventSource[];
  tags?: string[];
}

/** A whole timeline file. A bare array of events is accepted wherever this is. */
export interface TimelineData {
  title?: string;
  description?: string;
  /** BCP 47 language of the text in the data. */
  lang?: string;
  tracks?: Track[];
  events: TimelineEvent[];
}

export type IssueSeverity = 'error' | 'warning';

/** A problem found in input data. `error` drops the event; `warning` keeps it. */
export interface DataIssue {
  /** JSON pointer into the input, e.g. "/events/3/date". */
  path: string;
  message: string;
  severity: IssueSeverity;
  /** The id of the event concerned, when known. */
  eventId?: string;
}
