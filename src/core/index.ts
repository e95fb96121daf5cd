/**
 * The DOM-free core of talks-timeline: types, EDTF dates, validation,
 * model and layout. Safe in Node and in Web Workers.
 */
export * from './types.js';
export { parseDate, spanExtent, SEASON_MONTHS } from './edtf.js';
export type { DatePoint, DateSpan, DatePrecision } from './edtf.js';
export { formatDate, formatPoint, formatDayRange, dateLabelParts, htmlDatetime, durationWords, calendarGap } from './format.js';
export type { LabelPart, CalendarGap } from './format.js';
export { validate, pointer } from './validate.js';
export type { ValidationResult, ValidateOptions } from './validate.js';
export { buildModel, describeModel, UNTRACKED_ID } from './model.js';
export type { TimelineItem, TimelineModel } from './model.js';
export { layout } from './horizontal.js';
export { findSegments, timeStretches, stretchIndex } from './stretches.js';
export { mirror, fromStartEdge, panShift } from './direction.js';
export type { Direction } from './direction.js';
export { legendKeys, encodingOf, qualifierSign } from './encoding.js';
export { axisScale, zoomedScale } from './scale.js';
export type { AxisScale, Stretch } from './scale.js';
export { messagesFor, hasMessages, loadMessages, registerMessages, isRightToLeft, baseLanguage, TRANSLATED_LANGUAGES } from './messages.js';
export type { Messages, LegendKey } from './messages.js';
export { openAggregates } from './open.js';
export { isMediaUrl, mediaKind, embedUrl, siteOf } from './media.js';
export { rebaseMedia } from './media-url.js';
export { layoutVertical } from './vertical.js';
export { timeAt, zoomAbout, viewOf, clampView, maxZoom, scaleOf } from './zoom.js';
export type { View } from './zoom.js';
export type { VerticalLayout, VerticalRow, VerticalOptions, Gap } from './vertical.js';
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
export { parseRichText, richTextContent, safeLink, decodeEntities, RICH_TAGS } from './rich-text.js';
export type { RichNode, RichElement, RichTag } from './rich-text.js';
export { fromTimelineJS, isTimelineJS, timelineJSDate } from './timelinejs.js';
export { fromCSV } from './csv.js';
export { readTimeline, isSpreadsheet } from './sources.js';
export type { ReadOptions } from './sources.js';
