/** Registers <talks-timeline>. Safe to load twice: a second copy does not throw. */
import { TalksTimeline } from './element/talks-timeline.js';

export const TAG_NAME = 'talks-timeline';

if (!customElements.get(TAG_NAME)) customElements.define(TAG_NAME, TalksTimeline);

export { TalksTimeline };
