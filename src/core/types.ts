/** The data format's types: a timeline, its tracks, eras and events with their media, details and sources, and the problems found in data. */
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

/** What an event's media is; found from its URL when not given. */
export type MediaKind = 'image' | 'video' | 'audio' | 'link';

export const MEDIA_KINDS: readonly MediaKind[] = ['image', 'video', 'audio', 'link'];

/**
 * A picture, recording or page that goes with an event. Images show in the details card (lazy, in a
 * box of fixed proportions, so nothing moves when they load); video and audio from other sites are
 * a link to their page unless the element has `media-embeds`, and then load only when the reader
 * asks.
 */
export interface EventMedia {
  /** http(s), or a relative URL on the page's site. */
  url: string;
  kind?: MediaKind;
  /** What an image shows, for readers who cannot see it. Without it an image is decorative. */
  alt?: string;
  caption?: string;
  credit?: string;
  /** Where the media comes from (a page), http(s). */
  link?: string;
}

/** A period drawn as a labelled band behind the events, e.g. "2025 talks in Istanbul". */
export interface Era {
  id?: string;
  /** EDTF: an interval ("2025-05-16/.."), or a single date for its whole extent ("2022"). */
  date: string;
  label: string;
  /** A CSS colour (as for tracks); defaults to a neutral tint. */
  color?: string;
}

/** How much an event matters when space is short: 1 key, 2 (the default), 3 minor. */
export type EventPriority = 1 | 2 | 3;

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
  media?: EventMedia;
  /** 1 = a key event: it keeps its label and mark first when space is short. Default 2. */
  priority?: EventPriority;
  /**
   * When this was last updated (ISO 8601 date-time): shown as "Updated 5 minutes ago". With Z or an
   * offset ("2025-06-23T09:30:00Z", "2025-06-23T12:30:00+03:00"), or a date alone ("2025-06-23").
   */
  updated?: string;
}

/** A whole timeline file. A bare array of events is accepted wherever this is. */
export interface TimelineData {
  title?: string;
  description?: string;
  /** BCP 47 language of the text in the data. */
  lang?: string;
  tracks?: Track[];
  /** Periods drawn as background bands. */
  eras?: Era[];
  events: TimelineEvent[];
  /** When this was last updated (ISO 8601 date-time, as for events): shown as "Updated 5 minutes ago". */
  updated?: string;
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
