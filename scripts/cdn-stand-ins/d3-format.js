// CDN stand-in for d3-format: d3-scale imports it for tickFormat(), which the time axis never calls
// (tick labels are Intl's). The npm build (dist/) keeps the real import.
import { reached } from './reached.js';

export const format = reached('d3-format format()');
export const formatPrefix = reached('d3-format formatPrefix()');
export const formatSpecifier = reached('d3-format formatSpecifier()');
export const precisionFixed = reached('d3-format precisionFixed()');
export const precisionPrefix = reached('d3-format precisionPrefix()');
export const precisionRound = reached('d3-format precisionRound()');
