/**
 * talks-timeline: the element class, its types and the DOM-free core.
 * Importing this module defines nothing; import "talks-timeline/define.js"
 * (or call `customElements.define` yourself) to register <talks-timeline>.
 */
export { TalksTimeline } from './element/talks-timeline.js';
export type { TalksLoadDetail, TalksSelectDetail, TalksErrorDetail } from './element/talks-timeline.js';
export * from './core/index.js';
