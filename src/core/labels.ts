/** Marks with their labels: the date line and the title set on lines within the room a lane gives, and the rows they fill. */
import { encodingOf } from './encoding.js';
import type { Mark } from './layout-types.js';
import type { TimelineItem } from './model.js';
import { truncate } from './text.js';
import type { TextRole } from './ticks.js';
import { wrap, wrapWithin } from './wrap.js';
import type { Measure, Wrapped } from './wrap.js';

/** Title lines a label holds before its title is cut (key events on a wide drawing are never cut). */
export const TITLE_LINES = 3;
/** Drawings at least this wide (px) never cut a key event's title: it takes the width and lines it needs. */
export const KEY_WHOLE_FROM = 600;
/** From one title line to the next, in em. */
export const TITLE_LINE_HEIGHT = 1.2;
/** The date line's height, in em. */
const DATE_HEIGHT = 1;

/** The room labels have in a layout. */
export interface TitleRoom {
  /** The width titles wrap within, px. */
  wrapWidth: number;
  /** The widest a label may be made: the drawing less its margins. */
  widest: number;
  /** Whether key events are never cut (the drawing is at least 600 px wide). */
  keyWhole: boolean;
  measure: Measure;
}

/**
 * A title set for a lane that holds `capacity` title lines (Infinity: any lane). It wraps within
 * `wrapWidth`; if that needs more lines than the lane has, the label is made wider (up to `widest`)
 * until it fits; only a title that 3 lines at its width cannot hold is cut, at a word. A key event
 * takes the width it needs first and, on drawings ≥ 600 px, the lines. Null: it does not fit the lane.
 */
export function setTitle(text: string, key: boolean, capacity: number, room: TitleRoom): Wrapped | null {
  const { wrapWidth, widest, measure } = room;
  // Any lane of 3 lines or more holds an event's title: whole on its lines, or cut on the third.
  if (!key && capacity >= TITLE_LINES) return wrap(text, wrapWidth, measure, TITLE_LINES);
  const fitted = wrapWithin(text, wrapWidth, widest, Math.min(capacity, TITLE_LINES), measure);
  if (fitted || !key) return fitted;
  if (room.keyWhole) {
    const whole = wrap(text, widest, measure);
    return whole.lines.length <= capacity ? whole : null;
  }
  return capacity >= TITLE_LINES ? wrap(text, widest, measure, TITLE_LINES) : null;
}

/** The height of a lane whose labels have up to `lines` title lines, in px. */
export function laneHeight(lines: number, em: number): number {
  return (0.9 + DATE_HEIGHT + lines * TITLE_LINE_HEIGHT + 0.6) * em;
}

/** What making marks needs: the items, their unzoomed geometry (open.ts keeps it), and the room. */
export interface MarkPlan {
  items: TimelineItem[];
  xs0: Float64Array;
  xs1: Float64Array;
  points: Uint8Array;
  em: number;
  width: number;
  margin: number;
  room: TitleRoom;
  measure: (text: string, role: TextRole) => number;
  /** Words shown before some events' dates ('New'), by event id (LayoutOptions.notes). */
  notes?: ReadonlyMap<string, string>;
}

/** The date line as drawn and measured: the date, after the event's note when it has one ("New · 16 May 2025"). */
export function dateLine(note: string | undefined, dateLabel: string): string {
  return note ? `${note} · ${dateLabel}` : dateLabel;
}

/** The room titles have in a drawing `width` px wide. */
export function titleRoom(width: number, em: number, margin: number, measure: (text: string, role: TextRole) => number): TitleRoom {
  // Narrow screens give each label the full width (they stack anyway); wide ones keep labels compact.
  const widest = width - 2 * margin;
  const wrapWidth = width < 40 * em ? widest : Math.min(Math.max(width * 0.28, 10 * em), 22 * em);
  return { wrapWidth, widest, keyWhole: width >= KEY_WHOLE_FROM, measure: (t) => measure(t, 'title') };
}

/**
 * Item `i`'s mark for a lane of `capacity` title lines (not yet in a row), or null when its title
 * does not fit such a lane.
 */
export function makeMark(plan: MarkPlan, i: number, capacity = Infinity): Mark | null {
  const { items, xs0, xs1, points, em, width, margin, measure } = plan;
  const it = items[i];
  const title = setTitle(it.event.title, it.event.priority === 1, capacity, plan.room);
  if (!title) return null;
  const [x0, x1] = [xs0[i], xs1[i]];
  const widest = width - 2 * margin;
  const dateLabel = truncate(it.dateLabel, widest, (t) => measure(t, 'date'));
  let dateWidth = measure(dateLabel, 'date');
  // A note is measured with the date it goes before; the date matters more, so a note that would not fit is left out.
  const wanted = plan.notes?.get(it.event.id);
  const noted = wanted ? measure(dateLine(wanted, dateLabel), 'date') : Infinity;
  const note = noted <= widest ? wanted : undefined;
  if (note) dateWidth = noted;
  const labelWidth = Math.max(title.width, dateWidth);
  // Assigned to the encoding rather than spread into a literal: V8 makes a spread followed by this
  // many properties slowly (tens of µs a mark, for thousands of marks at 100,000 events).
  const mark: Mark = Object.assign(encodingOf(it), {
    id: it.event.id,
    item: i,
    track: it.track,
    lane: 0,
    x: points[i] ? x0 : (x0 + x1) / 2,
    x0,
    x1,
    y: 0,
    title: title.lines.join(''),
    titleLines: title.lines,
    dateLabel,
    label: {
      x: Math.min(Math.max(x0 - (points[i] ? 0.4 * em : 0), margin), width - margin - labelWidth),
      y: 0,
      width: labelWidth,
      height: (DATE_HEIGHT + title.lines.length * TITLE_LINE_HEIGHT) * em,
    },
    titleY: 0,
    dateY: 0,
  });
  if (note) mark.note = note;
  return mark;
}

/** Put a mark in the lane whose top is `top`. */
export function toRow(m: Mark, top: number, em: number): void {
  m.y = top + 0.6 * em;
  m.label.y = top + 1.3 * em;
  m.dateY = m.label.y + 0.8 * em;
  m.titleY = m.label.y + (DATE_HEIGHT + 0.9) * em;
}
