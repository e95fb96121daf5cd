/** The authoring page (demo/make.html): data typed, pasted or dropped in, read as it changes, its problems listed as links, two previews, the options, and the file and snippet to take away. */
// Bundled on its own into demo/make/make.js (rollup.config.mjs); the page loads the element from cdn/.
// No innerHTML anywhere: the page runs under Trusted Types.
import { applySuggestion } from './dates.js';
import { readAuthoring, summarize } from './read.js';
import type { AuthoringResult, Problem } from './read.js';
import { embedSnippet, TEMPLATE_TSV, timelineJson } from './output.js';
import type { TimelineOptions } from './output.js';
import type { TimelineData } from '../core/types.js';

/** Where the text and options are kept between visits (this browser only). */
const STORE_KEY = 'talks-timeline-make';
/** Quiet time after typing before the data is read again, ms. */
const DEBOUNCE_MS = 300;

const byId = <T extends HTMLElement>(id: string): T => document.getElementById(id) as T;
const dataInput = byId<HTMLTextAreaElement>('data');
const fileInput = byId<HTMLInputElement>('file');
const count = byId<HTMLParagraphElement>('count');
const problemList = byId<HTMLUListElement>('problems');
const previews = { wide: byId<HTMLDivElement>('preview-wide'), phone: byId<HTMLDivElement>('preview-phone') };
const form = byId<HTMLFormElement>('options');
const titleInput = byId<HTMLInputElement>('opt-title');
const langSelect = byId<HTMLSelectElement>('opt-lang');
const themeSelect = byId<HTMLSelectElement>('opt-theme');
const viewSelect = byId<HTMLSelectElement>('opt-view');
const linkBox = byId<HTMLInputElement>('opt-link');
const colours = byId<HTMLFieldSetElement>('track-colours');
const snippet = byId<HTMLTextAreaElement>('snippet');
const copied = byId<HTMLSpanElement>('copied');

/** The last reading of the data, and a counter that drops readings overtaken by newer text. */
let latest: AuthoringResult | null = null;
let reading = 0;
let debounce = 0;
/** The element's light palette (talks-timeline.styles.ts), shown as each track's colour until one is chosen. */
const PALETTE = ['#1f5fa8', '#a64b12', '#2e7d32', '#7b3fa0', '#a0365a', '#00796b'];
/** Track colours chosen, by track id (kept while tracks come and go as the data is edited). */
const trackColors: Record<string, string> = {};

function currentOptions(): TimelineOptions {
  const used = new Set(latest?.data?.events.map((e) => e.track).filter((t): t is string => !!t));
  return {
    title: titleInput.value.trim() || undefined,
    lang: langSelect.value,
    theme: themeSelect.value as TimelineOptions['theme'],
    view: viewSelect.value as TimelineOptions['view'],
    link: linkBox.checked,
    trackColors: Object.fromEntries(Object.entries(trackColors).filter(([id]) => used.has(id))),
  };
}

/** Keep the text and options in this browser (storage may be off: then nothing is kept). */
function save(): void {
  try {
    localStorage.setItem(STORE_KEY, JSON.stringify({ text: dataInput.value, options: currentOptions(), trackColors }));
  } catch {
    // private mode or storage full: the page works, a reload starts empty
  }
}

function restore(): void {
  try {
    const saved = JSON.parse(localStorage.getItem(STORE_KEY) ?? 'null') as {
      text?: string;
      options?: TimelineOptions;
      trackColors?: Record<string, string>;
    } | null;
    if (!saved) return;
    dataInput.value = saved.text ?? '';
    titleInput.value = saved.options?.title ?? '';
    langSelect.value = saved.options?.lang ?? 'en-GB';
    themeSelect.value = saved.options?.theme ?? 'auto';
    viewSelect.value = saved.options?.view ?? 'timeline';
    linkBox.checked = !!saved.options?.link;
    Object.assign(trackColors, saved.trackColors);
  } catch {
    // nothing usable kept
  }
}

/** Put the cursor on a problem's place in the data (and show it). */
function showInData(problem: Problem): void {
  dataInput.focus();
  dataInput.setSelectionRange(problem.offset, problem.offset + problem.length);
  // Scroll the textarea to the problem's line (focus alone keeps the old scroll in some browsers).
  const line = dataInput.value.slice(0, problem.offset).split('\n').length - 1;
  const lineHeight = parseFloat(getComputedStyle(dataInput).lineHeight) || 20;
  dataInput.scrollTop = Math.max(0, line * lineHeight - dataInput.clientHeight / 2);
}

function renderProblems(result: AuthoringResult): void {
  problemList.replaceChildren(
    ...result.problems.map((problem) => {
      const item = document.createElement('li');
      item.className = problem.severity;
      const link = document.createElement('a');
      link.href = '#data';
      link.textContent = `${problem.where}: ${problem.message}`;
      link.addEventListener('click', (e) => {
        e.preventDefault();
        showInData(problem);
      });
      item.append(link);
      const suggestion = problem.suggestion;
      if (suggestion?.kind === 'date') {
        const use = document.createElement('button');
        use.type = 'button';
        use.textContent = suggestion.label;
        use.addEventListener('click', () => {
          dataInput.value = applySuggestion(dataInput.value, problem, suggestion.edtf);
          void readNow();
          dataInput.focus();
        });
        item.append(' ', use);
      }
      return item;
    }),
  );
  problemList.hidden = !result.problems.length;
}

/** The two previews: new elements for each reading (a preview is not a developing story: nothing is marked "New"). */
function renderPreviews(result: AuthoringResult, options: TimelineOptions): void {
  // What the downloaded file would hold, made once for both previews.
  const file = result.data?.events.length ? (JSON.parse(timelineJson(result.data, options)) as TimelineData) : null;
  for (const [size, box] of Object.entries(previews)) {
    if (!file) {
      const empty = document.createElement('p');
      empty.className = 'hint';
      empty.textContent = 'Nothing to draw yet.';
      box.replaceChildren(empty);
      continue;
    }
    const timeline = document.createElement('talks-timeline') as HTMLElement & { data: unknown };
    timeline.setAttribute('lang', options.lang ?? 'en-GB');
    if (options.theme && options.theme !== 'auto') timeline.setAttribute('theme', options.theme);
    if (options.view === 'list') timeline.setAttribute('view', 'list');
    timeline.dataset.preview = size;
    timeline.data = file;
    box.replaceChildren(timeline);
  }
}

/** A colour input per track in the data, in the order the element gives tracks their palette colours. */
function renderTrackColours(result: AuthoringResult): void {
  const used = new Set(result.data?.events.map((e) => e.track));
  const tracks = result.data
    ? ((JSON.parse(timelineJson(result.data, {})) as TimelineData).tracks ?? []).filter((t) => used.has(t.id))
    : [];
  colours.hidden = !tracks.length;
  const legend = colours.querySelector('legend')!;
  colours.replaceChildren(
    legend,
    ...tracks.map((track, i) => {
      const id = `colour-${i}`;
      const label = document.createElement('label');
      label.htmlFor = id;
      label.textContent = `${track.label || track.id} `;
      const input = document.createElement('input');
      input.type = 'color';
      input.id = id;
      input.value = trackColors[track.id] ?? track.color ?? PALETTE[i % PALETTE.length];
      input.addEventListener('input', () => {
        trackColors[track.id] = input.value;
        optionsChanged();
      });
      const wrap = document.createElement('span');
      wrap.append(label, input);
      return wrap;
    }),
  );
}

function renderSnippet(options: TimelineOptions): void {
  snippet.value = embedSnippet({
    ...options,
    scriptUrl: new URL('../cdn/talks-timeline.js', location.href).href,
    dataUrl: 'timeline.json',
  });
}

/** Read the data now and show everything that follows from it. */
async function readNow(): Promise<void> {
  clearTimeout(debounce);
  const ticket = ++reading;
  const result = await readAuthoring(dataInput.value, langSelect.value);
  if (ticket !== reading) return; // newer text is being read
  latest = result;
  save();
  const options = currentOptions();
  count.textContent = result.kind === 'empty' ? 'Paste your data above.' : summarize(result);
  renderProblems(result);
  renderTrackColours(result);
  renderPreviews(result, options);
  renderSnippet(options);
  document.dispatchEvent(new CustomEvent('make-read', { detail: result }));
}

function optionsChanged(): void {
  save();
  if (latest) {
    const options = currentOptions();
    renderPreviews(latest, options);
    renderSnippet(options);
  }
}

function download(): void {
  if (!latest?.data) return;
  const blob = new Blob([timelineJson(latest.data, currentOptions())], { type: 'application/json' });
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = 'timeline.json';
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}

async function copySnippet(): Promise<void> {
  try {
    await navigator.clipboard.writeText(snippet.value);
    copied.textContent = 'Copied.';
  } catch {
    snippet.focus();
    snippet.select();
    copied.textContent = 'Press Ctrl+C (⌘C) to copy the selected snippet.';
  }
}

async function useFile(file: File | undefined): Promise<void> {
  if (!file) return;
  dataInput.value = await file.text();
  await readNow();
}

dataInput.addEventListener('input', () => {
  clearTimeout(debounce);
  debounce = window.setTimeout(() => void readNow(), DEBOUNCE_MS);
});
dataInput.addEventListener('dragover', (e) => {
  e.preventDefault();
  dataInput.classList.add('dropping');
});
dataInput.addEventListener('dragleave', () => dataInput.classList.remove('dropping'));
dataInput.addEventListener('drop', (e) => {
  e.preventDefault();
  dataInput.classList.remove('dropping');
  void useFile(e.dataTransfer?.files[0]);
});
fileInput.addEventListener('change', () => void useFile(fileInput.files?.[0]));
byId('template').addEventListener('click', () => {
  dataInput.value = TEMPLATE_TSV;
  void readNow();
});
byId('reset').addEventListener('click', () => {
  dataInput.value = '';
  form.reset();
  for (const track of Object.keys(trackColors)) delete trackColors[track];
  try {
    localStorage.removeItem(STORE_KEY);
  } catch {
    // nothing was kept
  }
  void readNow();
  dataInput.focus();
});
form.addEventListener('input', optionsChanged);
form.addEventListener('change', (e) => {
  if (e.target === langSelect)
    void readNow(); // date suggestions follow the language
  else optionsChanged();
});
form.addEventListener('submit', (e) => e.preventDefault());
byId('download').addEventListener('click', download);
byId('copy').addEventListener('click', () => void copySnippet());

restore();
void readNow();
