/** What the authoring page gives: a template to start from, the timeline's JSON file with the chosen title, language and track colours, and the two lines that embed it. */
import type { TimelineData, Track } from '../core/types.js';
import { COLOR_PATTERN } from '../core/validate.js';

/** Our columns and two example rows, tab-separated (so that it pastes into a spreadsheet as cells). */
export const TEMPLATE_TSV = [
  ['id', 'date', 'title', 'summary', 'track'],
  ['example-1', '2025-05-16', 'First event', 'What happened, in a sentence or two.', 'Example track'],
  ['example-2', '2025-06', 'Second event', 'A month is enough when the day is not known.', 'Example track'],
]
  .map((row) => row.join('\t'))
  .join('\n')
  .concat('\n');

export interface TimelineOptions {
  title?: string;
  /** The language of the timeline (BCP 47). */
  lang?: string;
  theme?: 'auto' | 'light' | 'dark';
  view?: 'timeline' | 'list';
  /** Keep the reader's event in the page address. */
  link?: boolean;
  /** A CSS colour by track id. */
  trackColors?: Record<string, string>;
}

/**
 * The timeline's JSON file (two-space indented): the data with the options' title and language, and
 * the tracks coloured as chosen. Data without tracks (a spreadsheet's) gets one for each track its
 * events name, labelled with that name. A colour that is not a CSS colour is left out.
 */
export function timelineJson(data: TimelineData, options: TimelineOptions): string {
  const colors = options.trackColors ?? {};
  const isColor = (v: string | undefined): v is string => typeof v === 'string' && new RegExp(COLOR_PATTERN).test(v);
  const used = [...new Set(data.events.map((e) => e.track).filter((t): t is string => !!t))];
  const tracks: Track[] = (data.tracks ?? used.map((id) => ({ id, label: id }))).map((track) => {
    const color = colors[track.id];
    return isColor(color) ? { ...track, color } : { ...track };
  });
  const out: TimelineData = {
    ...(options.title?.trim() || data.title ? { title: options.title?.trim() || data.title } : {}),
    ...(data.description ? { description: data.description } : {}),
    ...(options.lang || data.lang ? { lang: options.lang || data.lang } : {}),
    ...(data.updated ? { updated: data.updated } : {}),
    ...(tracks.length ? { tracks } : {}),
    ...(data.eras?.length ? { eras: data.eras } : {}),
    events: data.events,
  };
  return `${JSON.stringify(out, null, 2)}\n`;
}

/** Text for an HTML attribute's value in double quotes. */
const attribute = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/'/g, '&#39;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The two lines for a page: the element's script, and the element reading the file, with only the
 * attributes that differ from the element's defaults (a theme other than the reader's, the list view,
 * link). The language is always written when given: without it the element takes the page's.
 */
export function embedSnippet(options: TimelineOptions & { scriptUrl: string; dataUrl: string }): string {
  const attributes = [`src="${attribute(options.dataUrl)}"`];
  if (options.lang) attributes.push(`lang="${attribute(options.lang)}"`);
  if (options.theme && options.theme !== 'auto') attributes.push(`theme="${attribute(options.theme)}"`);
  if (options.view && options.view !== 'timeline') attributes.push(`view="${attribute(options.view)}"`);
  if (options.link) attributes.push('link');
  return [
    `<script type="module" src="${attribute(options.scriptUrl)}"></script>`,
    `<talks-timeline ${attributes.join(' ')}></talks-timeline>`,
  ].join('\n');
}
