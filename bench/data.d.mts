/** Types of bench/data.mjs (seeded random timelines shared by the benchmark and the scale tests). */
export function mulberry32(seed: number): () => number;
export function randomTimeline(
  n: number,
  seed?: number,
): {
  tracks: { id: string; label: string }[];
  events: { id: string; date: string; title: string; track: string }[];
};
/** randomTimeline(n) as JSON bytes, made once per n (at most 100,000), for the servers. */
export function seededFile(n: number): Uint8Array;
