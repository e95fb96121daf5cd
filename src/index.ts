/** The package's main entry: the element class, its types and the DOM-free core; defines nothing. */
// Import "talks-timeline/define.js" (or call `customElements.define` yourself) to register <talks-timeline>.
export { TalksTimeline } from './element/talks-timeline.js';
export type { TalksLoadDetail, TalksSelectDetail, TalksErrorDetail, TalksUpdateDetail } from './element/talks-timeline.js';
export * from './core/index.js';
