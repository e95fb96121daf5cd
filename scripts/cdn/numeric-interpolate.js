// Stand-in for d3-interpolate in the CDN bundle only. Our scales map time (dates and numbers)
// to pixels; d3-interpolate's generic `interpolate` also handles colours and strings, which
// pulls in all of d3-color (about 3 KB gzip) that the timeline never uses. Same behaviour
// for numbers, after d3-interpolate (ISC licence).
export function interpolateNumber(a, b) {
  a = +a;
  b = +b;
  return (t) => a * (1 - t) + b * t;
}

export function interpolateRound(a, b) {
  a = +a;
  b = +b;
  return (t) => Math.round(a * (1 - t) + b * t);
}

export function interpolate(a, b) {
  // The time scale's range is pixels: numbers only (its domain is inverted with interpolateNumber).
  return interpolateNumber(a, b);
}

export function piecewise(interpolator, values) {
  if (values === undefined) {
    values = interpolator;
    interpolator = interpolate;
  }
  const n = values.length - 1;
  const parts = [];
  for (let i = 0; i < n; i++) parts.push(interpolator(values[i], values[i + 1]));
  return (t) => {
    const i = Math.max(0, Math.min(n - 1, Math.floor((t *= n))));
    return parts[i](t - i);
  };
}
