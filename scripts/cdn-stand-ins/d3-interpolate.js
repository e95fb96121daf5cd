// CDN stand-in for d3-interpolate: the time axis interpolates numbers only (scale.ts sets
// interpolateNumber), so d3-scale's default generic interpolate(), with d3-color behind it, and
// piecewise() (sequential and diverging scales) are never run. The number interpolators are the real
// ones. The npm build (dist/) keeps the real import.
import { reached } from './reached.js';

export { interpolateNumber, interpolateRound } from 'd3-interpolate';
export const interpolate = reached('d3-interpolate interpolate()');
export const piecewise = reached('d3-interpolate piecewise()');
