// Stand-in for d3-time-format in the CDN bundle only. d3-scale's scaleUtc takes a tick
// formatter at creation, but talks-timeline never calls tickFormat(): every date is said
// with Intl.DateTimeFormat in the page's language. Leaving out d3-time-format's
// en-US locale machinery saves about 2.6 KB gzip. Calling it is a bug, so it says so.
function unavailable() {
  throw new Error('talks-timeline CDN build: d3-time-format is not included; dates are formatted with Intl.');
}
export function utcFormat() {
  return unavailable;
}
export function timeFormat() {
  return unavailable;
}
