// Our timeline data → TimelineJS3 JSON and vis-timeline items, so that each library draws the same events.
// The peers get only an EDTF date's year, month and day: its approximate/uncertain qualifiers (~ ? %) and
// open ends (..) are dropped, having no equivalent there; an interval's end is its end's first day.

/** "2025-06~" → { year: 2025, month: 6 }. */
function parts(edtf) {
  const [year, month, day] = edtf.replace(/[~?%]/g, '').split('-').map(Number);
  return { year, ...(month ? { month } : {}), ...(day ? { day } : {}) };
}

/** "2025-05/2025-06~" → [start, end] parts; an open or unknown side is left out. */
function span(date) {
  const [from, to] = date.split('/');
  const known = (s) => s !== undefined && s !== '' && s !== '..';
  if (!known(from)) return [parts(to)];
  return known(to) ? [parts(from), parts(to)] : [parts(from)];
}

const iso = ({ year, month = 1, day = 1 }) => `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;

/** TimelineJS3's JSON: { events: [{ start_date, end_date?, text: { headline, text }, group }] }. */
export function toTimelineJS(data) {
  const labels = new Map((data.tracks ?? []).map((t) => [t.id, t.label]));
  return {
    events: data.events.map((e) => {
      const [start, end] = span(e.date);
      return {
        start_date: start,
        ...(end ? { end_date: end } : {}),
        text: { headline: e.title, text: e.summary ?? '' },
        ...(e.track ? { group: labels.get(e.track) ?? e.track } : {}),
      };
    }),
  };
}

/** vis-timeline's groups and items: { id, content, start: 'YYYY-MM-DD', end?, group }. */
export function toVis(data) {
  return {
    groups: (data.tracks ?? []).map((t) => ({ id: t.id, content: t.label })),
    items: data.events.map((e) => {
      const [start, end] = span(e.date);
      return { id: e.id, content: e.title, start: iso(start), ...(end ? { end: iso(end) } : {}), ...(e.track ? { group: e.track } : {}) };
    }),
  };
}
