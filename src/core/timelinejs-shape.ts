/** Whether some JSON has TimelineJS3's shape, told without loading the importer. */
// A module of its own, so that the element can tell such a file without loading the importer.
export function isTimelineJS(json: unknown): boolean {
  const events = (json as { events?: unknown } | null)?.events;
  return (
    Array.isArray(events) &&
    events.some(
      (e) => typeof (e as { start_date?: unknown } | null)?.start_date === 'object' && (e as { start_date: unknown }).start_date !== null,
    )
  );
}
