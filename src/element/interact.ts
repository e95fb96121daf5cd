/**
 * Zoom and pan: the pointer, wheel and touch gestures and the view arithmetic. A module of its own,
 * fetched by the element right after its first paint (a first gesture before that fetches it).
 */
export { Gestures } from './gestures.js';
export { clampView, timeAt, viewOf, zoomAbout } from '../core/zoom.js';
