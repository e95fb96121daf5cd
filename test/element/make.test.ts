/** The authoring page (demo/make.html, issue 18): pasted data drawn, its problems listed by row and column, the file and snippet taken away work on their own, under the page's strict CSP. */
import { expect } from '@open-wc/testing';
import { axeViolations as axe, waitFor } from '../helpers.js';
import type { TimelineData } from '../../src/core/types.js';
import type { TalksLoadDetail, TalksTimeline } from '../../src/element/talks-timeline.js';

type Watched = Window & typeof globalThis & { violations: string[]; errors: string[] };

afterEach(() => {
  document.body.querySelectorAll('iframe').forEach((f) => f.remove());
});

/** The page in a frame, with the watch script first (violations and errors from the start), storage cleared. */
async function openPage(width = 1280): Promise<{ frame: HTMLIFrameElement; doc: Document; win: Watched }> {
  localStorage.removeItem('talks-timeline-make');
  const frame = document.createElement('iframe');
  frame.width = String(width);
  frame.height = '900';
  frame.src = '/demo/make.html?watch';
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  const doc = frame.contentDocument!;
  await waitFor(() => doc.querySelector('#count')?.textContent === 'Paste your data above.');
  return { frame, doc, win: frame.contentWindow as Watched };
}

/** Put text in the Data box as a paste would (an input event), and wait for the wide preview's talks-load. */
async function paste(doc: Document, text: string): Promise<{ events: number; timeline: TalksTimeline }> {
  const data = doc.querySelector<HTMLTextAreaElement>('#data')!;
  const read = new Promise<void>((resolve) => doc.addEventListener('make-read', () => resolve(), { once: true }));
  data.value = text;
  data.dispatchEvent(new Event('input', { bubbles: true }));
  await read;
  const timeline = doc.querySelector('#preview-wide talks-timeline') as TalksTimeline | null;
  if (!timeline) return { events: 0, timeline: null as unknown as TalksTimeline };
  const loaded = await new Promise<CustomEvent<TalksLoadDetail>>((resolve) =>
    timeline.addEventListener('talks-load', (e) => resolve(e as CustomEvent<TalksLoadDetail>), { once: true }),
  );
  return { events: loaded.detail.events, timeline };
}

/** The bundled data as a spreadsheet copy gives it: tab-separated, with a header row. */
async function bundledRows(): Promise<{ data: TimelineData; rows: string[] }> {
  const data = (await (await fetch('/data/istanbul-talks.json')).json()) as TimelineData;
  const cell = (v: string | undefined) => (v ?? '').replace(/[\t\n]+/g, ' ');
  const rows = [
    ['id', 'date', 'title', 'summary', 'track'].join('\t'),
    ...data.events.map((e) => [e.id, e.date, e.title, e.summary, e.track].map(cell).join('\t')),
  ];
  return { data, rows };
}

describe('the authoring page (demo/make.html)', function () {
  this.timeout(60_000);

  it('draws the 11 events of the bundled data pasted from a spreadsheet, with no violation, error or outside request', async () => {
    const { frame, doc, win } = await openPage();
    expect(await axe(frame), 'empty').to.deep.equal([]);
    const { rows } = await bundledRows();
    const { events } = await paste(doc, rows.join('\n'));
    expect(events).to.equal(11);
    expect(doc.querySelector('#count')!.textContent).to.equal('11 events drawn, no problems');
    const phone = doc.querySelector('#preview-phone talks-timeline') as TalksTimeline;
    await waitFor(() => phone.shownEvents.length === 11 && phone.resolvedOrientation === 'vertical');
    expect(await axe(frame), 'filled').to.deep.equal([]);
    // Nothing but the page's own files was requested (the test server's own script aside).
    const origins = win.performance.getEntriesByType('resource').map((r) => new URL(r.name).origin);
    expect([...new Set(origins)]).to.deep.equal([location.origin]);
    // A violation made on purpose is the first one reported: the page made none before it.
    doc.documentElement.setAttribute('style', 'outline: 0');
    await waitFor(() => win.violations.length > 0);
    expect(win.violations.slice(0, -1)).to.deep.equal([]);
    expect(win.errors).to.deep.equal([]);
  });

  it('lists a row with a bad date by its row and column, draws the other rows, and offers the date it reads', async () => {
    const { frame, doc } = await openPage();
    const { rows } = await bundledRows();
    const bad = rows.map((row, i) => (i === 6 ? row.replace(/\t2025-05-16\t/, '\t31 June 2025\t') : row));
    expect(bad[6]).to.contain('31 June 2025');
    const { events } = await paste(doc, bad.join('\n'));
    expect(events).to.equal(10);
    expect(doc.querySelector('#count')!.textContent).to.equal('10 events drawn, 1 row with a problem');
    const items = [...doc.querySelectorAll<HTMLLIElement>('#problems li')];
    expect(items).to.have.length(1);
    expect(items[0].textContent).to.match(/^Row 7, column date: .*31 June 2025/);
    expect(await axe(frame), 'with problems').to.deep.equal([]);
    // Choosing the problem puts the cursor on the cell.
    items[0].querySelector('a')!.click();
    const data = doc.querySelector<HTMLTextAreaElement>('#data')!;
    expect(doc.activeElement).to.equal(data);
    expect(data.value.slice(data.selectionStart, data.selectionEnd)).to.equal('31 June 2025');
    // A date in a spreadsheet's own form is offered as EDTF, with one click.
    const { events: fixed } = await paste(
      doc,
      rows.map((row, i) => (i === 6 ? row.replace(/\t2025-05-16\t/, '\t16/05/2025\t') : row)).join('\n'),
    );
    expect(fixed).to.equal(10);
    const use = doc.querySelector<HTMLButtonElement>('#problems li button')!;
    expect(use.textContent).to.equal('Use 2025-05-16');
    const read = new Promise((resolve) => doc.addEventListener('make-read', resolve, { once: true }));
    use.click();
    await read;
    expect(doc.querySelector('#count')!.textContent).to.equal('11 events drawn, no problems');
  });

  it('draws every dated event of a TimelineJS3 file pasted as JSON', async () => {
    const { doc } = await openPage();
    const text = await (await fetch('/test/fixtures/timelinejs/website__examples__houston__timeline3.json')).text();
    const source = JSON.parse(text) as { events: { start_date?: { year?: unknown } }[] };
    const dated = source.events.filter((e) => e.start_date?.year !== undefined && e.start_date.year !== '').length;
    const { events } = await paste(doc, text);
    expect(events).to.equal(dated);
  });

  it('keeps the text through a reload, and "Start again" clears it', async () => {
    const { frame, doc } = await openPage();
    const { rows } = await bundledRows();
    await paste(doc, rows.slice(0, 3).join('\n'));
    frame.contentWindow!.location.reload();
    await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    const again = frame.contentDocument!;
    await waitFor(() => again.querySelector('#count')?.textContent === '2 events drawn, no problems');
    expect(again.querySelector<HTMLTextAreaElement>('#data')!.value).to.equal(rows.slice(0, 3).join('\n'));
    again.querySelector<HTMLButtonElement>('#reset')!.click();
    await waitFor(() => again.querySelector('#count')?.textContent === 'Paste your data above.');
    expect(localStorage.getItem('talks-timeline-make') ?? '').not.to.contain('istanbul');
  });

  it('takes away a JSON file and a snippet that draw the same events on a blank page', async () => {
    const { doc, win } = await openPage();
    const { rows } = await bundledRows();
    const { timeline } = await paste(doc, rows.join('\n'));
    doc.querySelector<HTMLInputElement>('#opt-title')!.value = 'My timeline';
    doc.querySelector<HTMLInputElement>('#opt-title')!.dispatchEvent(new Event('input', { bubbles: true }));
    // The download: the page's blob, caught as it is made.
    let file: Blob | null = null;
    const makeUrl = win.URL.createObjectURL.bind(win.URL);
    win.URL.createObjectURL = (blob: Blob) => ((file = blob), makeUrl(blob));
    doc.querySelector<HTMLButtonElement>('#download')!.click();
    await waitFor(() => file);
    const json = JSON.parse(await file!.text()) as TimelineData;
    expect(json.title).to.equal('My timeline');
    expect(json.events.map((e) => e.id).sort()).to.deep.equal(timeline.shownEvents.map((e) => e.id).sort());
    // The snippet, as copied.
    let copiedText = '';
    Object.defineProperty(win.navigator, 'clipboard', {
      value: { writeText: async (t: string) => void (copiedText = t) },
      configurable: true,
    });
    doc.querySelector<HTMLButtonElement>('#copy')!.click();
    await waitFor(() => copiedText);
    expect(copiedText).to.match(/<script type="module" src="[^"]+\/cdn\/talks-timeline\.js"><\/script>/);
    expect(copiedText).to.contain('src="timeline.json"');
    expect(copiedText).to.contain('lang="en-GB"');
    // A blank page with the snippet and the file beside it (here a blob: URL in its place).
    const blank = document.createElement('iframe');
    blank.width = '1024';
    blank.height = '700';
    blank.srcdoc = `<!doctype html><html><body>${copiedText.replace('src="timeline.json"', `src="${URL.createObjectURL(new Blob([JSON.stringify(json)]))}"`)}</body></html>`;
    document.body.append(blank);
    const drawn = await waitFor(() => {
      const el = blank.contentDocument?.querySelector('talks-timeline') as TalksTimeline | null;
      return el?.shownEvents?.length ? el : null;
    }, 20_000);
    expect(drawn.shownEvents.map((e) => e.id)).to.deep.equal(timeline.shownEvents.map((e) => e.id));
    expect(drawn.shadowRoot!.querySelector('[part="title"]')!.textContent).to.equal('My timeline');
  });

  it('is usable at 375 px: nothing wider than the screen', async () => {
    const { doc } = await openPage(375);
    const { rows } = await bundledRows();
    await paste(doc, rows.join('\n'));
    expect(doc.documentElement.scrollWidth).to.be.at.most(375);
  });
});
