// CDN stand-in for d3-time-format: d3-scale imports it for scaleTime/scaleUtc's tickFormat(); the
// time axis is a linear scale over epoch ms with Intl tick labels. The npm build (dist/) keeps the real import.
import { reached } from './reached.js';

export const timeFormat = reached('d3-time-format timeFormat()');
export const utcFormat = reached('d3-time-format utcFormat()');
