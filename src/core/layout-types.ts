/** The shape of a horizontal layout: plain data, in px, that the element draws as it is. */
import type { MarkEncoding } from './encoding.js';
import type { TextRole, Tick } from './ticks.js';

export interface LayoutOptions {
  /** Drawing width in px. */
  width: number;
  /** Font size of the host in px (everything scales with it). */
  em?: number;
  /** Width in px of a text in a role; defaults to an estimate from character count. */
  measure?: (text: string, role: TextRole) => number;
  /** 'auto' compresses long empty stretches into breaks; 'none' keeps one linear axis. */
  breaks?: 'auto' | 'none';
  /** Lanes per track before further events are gathered into "+N" aggregates (default 8). */
  maxLanes?: number;
  /** Tracks (indexes) shown with all their lanes, e.g. after the reader opened an aggregate. */
  expanded?: readonly number[];
  /**
   * The reader's view: stretches of time drawn `k` (≥ 1) times wider, breaks kept at their width,
   * everything shifted left by `x` px. Lanes and aggregates are those of the unzoomed layout, so
   * they stay put while the reader zooms and pans; positions spread, so labels never meet.
   */
  zoom?: { k: number; x: number };
  /**
   * Work the axis ticks out only for labels between these drawn x (px of this layout, before any pan
   * drawn as a translation), e.g. the view and a width either side: a deep zoom is then as cheap as a
   * shallow one. `ticksBetween()` gives the ticks elsewhere, the same as without this. Default: all.
   */
  tickRange?: readonly [number, number];
  lang?: string;
  /** 'rtl' mirrors everything: time runs right to left. */
  direction?: 'ltr' | 'rtl';
  /**
   * The lane each event should keep where it has room (a previous layout's lanes of the events that
   * did not change, so an update does not move them). By event id.
   */
  lanes?: ReadonlyMap<string, number>;
  /**
   * A short word shown before an event's date in its label, e.g. 'New' or 'Updated' (measured with the
   * date line, so labels never meet). By event id.
   */
  notes?: ReadonlyMap<string, string>;
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface AxisSegment {
  /** Time extent, epoch ms. */
  from: number;
  to: number;
  x0: number;
  x1: number;
}

export interface AxisBreak {
  /** The empty stretch skipped, epoch ms. */
  from: number;
  to: number;
  x0: number;
  x1: number;
  /** What it skips, in words: "3 years". */
  label: string;
  /** Where the label is drawn, under the axis. */
  box: Box;
}

export interface Mark extends MarkEncoding {
  id: string;
  /** Index into the model's items. */
  item: number;
  track: number;
  lane: number;
  /** Centre of a point; start and end of a span (px). */
  x: number;
  x0: number;
  x1: number;
  y: number;
  /** The title as drawn: whole, or cut at a word with "…" when the lines it may take cannot hold it. */
  title: string;
  /** The title's lines, top to bottom (joined, they give `title`); the first line's baseline is `titleY`. */
  titleLines: string[];
  /** The date alone (without the note). */
  dateLabel: string;
  /**
   * The word from `LayoutOptions.notes` drawn before the date: the date line reads `${note} · ${dateLabel}`
   * ("New · 16 May 2025", labels.ts `dateLine`), and the label's box is as wide as that line in the date's font.
   * Left out when the line would be wider than the drawing.
   */
  note?: string;
  /** The label's box: the date line above the title's lines. */
  label: Box;
  titleY: number;
  dateY: number;
}

export interface TrackBand {
  track: number;
  id: string;
  label: string;
  color?: string;
  y: number;
  height: number;
  lanes: number;
  /** Where the track's label starts (its left edge; the right edge in right-to-left layouts). */
  labelX: number;
}

/** Events of a track that did not fit its lanes, counted where they are: "+N". */
export interface Aggregate {
  track: number;
  /** The ids of the events it stands for, in date order. */
  ids: string[];
  /** "+N" */
  label: string;
  /** Its pill, in the track's overflow row; x0/x1 are the span of the events it gathers. */
  box: Box;
  x0: number;
  x1: number;
}

/** A period drawn behind the events: one band per stretch of time it covers (breaks cut it). */
export interface EraBand {
  /** Index into the model's eras. */
  era: number;
  x0: number;
  x1: number;
  /** The era's name on its first band, cut to fit ('' on the others, or when it does not fit). */
  label: string;
  /** Where the label is drawn, on its row above the axis. */
  box: Box;
  /** The era's own colour, when it has one. */
  color?: string;
}

export interface Layout {
  direction: 'ltr' | 'rtl';
  /** The font size everything was laid out for (px): the drawing's own sizes are multiples of it. */
  em: number;
  /** The view drawn (k = 1, x = 0 when not zoomed). */
  zoom: { k: number; x: number };
  /** Width in px of everything at this zoom, as if not panned: pan `x` runs from 0 to contentWidth − width. */
  contentWidth: number;
  width: number;
  height: number;
  axisY: number;
  segments: AxisSegment[];
  breaks: AxisBreak[];
  ticks: Tick[];
  bands: TrackBand[];
  /** One per drawn item, in the model's date order. */
  marks: Mark[];
  /** Items not drawn for lack of lanes, counted per track; every item is in `marks` or in one aggregate. */
  aggregates: Aggregate[];
  /** Periods, drawn from the top down to the axis, behind everything else. */
  eras: EraBand[];
}
