/** The DOM-free core's public API (the README's "The core API" lists it); everything else in src/core is internal. */
// Safe in Node and in Web Workers.
export * from './types.js';

// Reading data
export { readTimeline } from './sources.js';
export type { ReadOptions } from './sources.js';
export { validate, pointer } from './validate.js';
export type { ValidationResult, ValidateOptions } from './validate.js';
export { fromTimelineJS, isTimelineJS, timelineJSDate } from './timelinejs.js';
export { fromCSV } from './csv.js';
export { rebaseMedia } from './media-url.js';

// Dates
export { parseDate, spanExtent, SEASON_MONTHS } from './edtf.js';
export type { DatePoint, DateSpan, DatePrecision } from './edtf.js';
export { formatDate, formatPoint, formatDayRange, dateLabelParts, htmlDatetime, durationWords, calendarGap } from './format.js';
export type { LabelPart, CalendarGap } from './format.js';

// The model
export { buildModel, describeModel } from './model.js';
export type { TimelineItem, TimelineModel } from './model.js';
export { diffEvents } from './diff.js';
export type { EventDiff } from './diff.js';

// Layouts
export { layout, ticksBetween } from './horizontal.js';
export type {
  Layout,
  LayoutOptions,
  Mark,
  Tick,
  AxisSegment,
  AxisBreak,
  TrackBand,
  Aggregate,
  EraBand,
  Box,
  TextRole,
} from './horizontal.js';
export type { MarkEncoding } from './encoding.js';
export { legendKeys } from './encoding.js';
export { mirror } from './direction.js';
export { openAggregates } from './open.js';
export { layoutVertical } from './vertical.js';
export type { VerticalLayout, VerticalRow, VerticalOptions, Gap } from './vertical.js';

// The reader's view and the time axis
export { timeAt, zoomAbout, viewOf, clampView, maxZoom, scaleOf } from './zoom.js';
export type { View } from './zoom.js';
export { axisScale, zoomedScale } from './scale.js';
export type { AxisScale, Stretch } from './scale.js';

// Words, media and rich text
export { messagesFor, hasMessages, loadMessages, registerMessages, isRightToLeft, baseLanguage, TRANSLATED_LANGUAGES } from './messages.js';
export type { Messages, LegendKey } from './messages.js';
export { isMediaUrl, mediaKind, embedUrl, siteOf } from './media.js';
export { parseRichText, richTextContent, safeLink, RICH_TAGS } from './rich-text.js';
export type { RichNode, RichElement, RichTag } from './rich-text.js';
