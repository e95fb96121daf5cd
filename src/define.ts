/** Registers <talks-timeline>. Safe to load twice: a second copy does not throw. */
// First: the data of elements already in the page is requested while the rest is evaluated.
import './element/early-fetch.js';
import { TalksTimeline } from './element/talks-timeline.js';

export const TAG_NAME = 'talks-timeline';

if (!customElements.get(TAG_NAME)) customElements.define(TAG_NAME, TalksTimeline);

export { TalksTimeline };
