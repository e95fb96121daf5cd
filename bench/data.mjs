// Seeded random timelines, the same for every library and every run.
export function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pad = (n) => String(n).padStart(2, '0');

/** randomTimeline(n) as JSON bytes, made once per n (at most 100,000): the large files the demo and test servers serve. */
const seededFiles = new Map();
export function seededFile(n) {
  const count = Math.min(n, 100_000);
  if (!seededFiles.has(count)) seededFiles.set(count, Buffer.from(JSON.stringify(randomTimeline(count))));
  return seededFiles.get(count);
}

/** `n` events over 1990–2030 in 4 tracks: mostly days, some months, years, approximate dates and open ends. */
export function randomTimeline(n, seed = 42) {
  const random = mulberry32(seed);
  const events = [];
  for (let i = 0; i < n; i++) {
    const year = 1990 + Math.floor(random() * 40);
    const month = 1 + Math.floor(random() * 12);
    const day = 1 + Math.floor(random() * 28);
    const kind = random();
    const date =
      kind < 0.7
        ? `${year}-${pad(month)}-${pad(day)}`
        : kind < 0.82
          ? `${year}-${pad(month)}`
          : kind < 0.88
            ? `${year}`
            : kind < 0.95
              ? `${year}-${pad(month)}~`
              : `${year}-${pad(month)}-${pad(day)}/..`;
    events.push({
      id: `e${i}`,
      date,
      title: `Event ${i}: ${['talks', 'exchange', 'statement', 'report'][i % 4]} in ${year}`,
      track: `t${i % 4}`,
    });
  }
  return { tracks: [0, 1, 2, 3].map((t) => ({ id: `t${t}`, label: `Track ${t}` })), events };
}
