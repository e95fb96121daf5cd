/** Developing stories: new versions of the data (assigned again, or fetched by `refresh`) drawn without a reload, the reader's place kept, what is new marked and said. */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { useFakeTimers } from 'sinon';
import type { SinonFakeTimers } from 'sinon';
import { istanbulData, mount, next, settle, shadow } from './fixtures.js';
import { waitFor } from '../helpers.js';
import type { TimelineData, TimelineEvent } from '../../src/core/types.js';
import type { TalksSelectDetail, TalksUpdateDetail } from '../../src/element/talks-timeline.js';
import type { TalksTimeline } from '../../src/element/talks-timeline.js';

/** Sinon's fake clock (its timers and Date), installed by tests that wait for minutes. */
let clock: SinonFakeTimers | null = null;

afterEach(() => {
  clock?.restore();
  clock = null;
  document.body.querySelectorAll('div').forEach((d) => d.remove());
});

const ADDED: TimelineEvent = { id: 'added-event', date: '2025-06-10', title: 'Prisoner exchange completed' };

/** The Istanbul data with one event added (10 June 2025), one retitled and one removed. */
function nextVersion(data: TimelineData, changedId: string, removedId: string): TimelineData {
  const events = data.events
    .filter((e) => e.id !== removedId)
    .map((e) => (e.id === changedId ? { ...e, title: `${e.title} (corrected)` } : e));
  return { ...data, events: [...events, ADDED] };
}

function noteOf(el: TalksTimeline, id: string): string | null {
  return shadow(el).querySelector(`svg.drawing .mark[data-id="${id}"] .date .note`)?.textContent ?? null;
}

function buttonOf(el: TalksTimeline, id: string): HTMLButtonElement | null {
  return shadow(el).querySelector<HTMLButtonElement>(`.events button[data-id="${id}"]`);
}

function said(el: TalksTimeline): string {
  return shadow(el).querySelector('.said')!.textContent!;
}

async function istanbul(width = 1280): Promise<{ el: TalksTimeline; data: TimelineData }> {
  const { el } = mount(width);
  el.setAttribute('lang', 'en-GB');
  const data = await istanbulData();
  const loaded = next(el, 'talks-load');
  el.data = data;
  await loaded;
  await settle(el);
  return { el, data };
}

describe('<talks-timeline> updates by id', () => {
  it('draws a new version without losing the reader’s zoom, pan, focus or selection, and says what changed', async () => {
    const { el, data } = await istanbul();
    const [first, second, third] = data.events.map((e) => e.id);
    el.selected = 'istanbul-session-2025-06-02';
    await el.zoomTo('2025-04-01', '2025-08-01');
    await settle(el);
    buttonOf(el, 'istanbul-session-2025-05-16')!.focus();
    await settle(el);
    const view = el.zoom;
    const updated = next<TalksUpdateDetail>(el, 'talks-update');
    el.data = nextVersion(data, second, third);
    const { detail } = await updated;
    expect(detail).to.deep.equal({ added: [ADDED.id], changed: [second], removed: [third] });
    await settle(el);
    // The new event is drawn, marked in words in the drawing and in the list; the changed one too.
    expect(shadow(el).querySelector(`svg.drawing .mark[data-id="${ADDED.id}"]`)).to.not.equal(null);
    expect(noteOf(el, ADDED.id)).to.equal('New');
    expect(buttonOf(el, ADDED.id)!.textContent).to.match(/, New\s*$/);
    expect(buttonOf(el, second)!.textContent).to.match(/\(corrected\).*, Updated\s*$/s);
    expect(buttonOf(el, third)).to.equal(null);
    expect(buttonOf(el, first)!.textContent).not.to.match(/New|Updated/);
    // The reader's place: zoom and pan, the selection and the keyboard focus are as they were.
    expect(el.zoom).to.deep.equal(view);
    expect(el.selected).to.equal('istanbul-session-2025-06-02');
    expect((shadow(el).activeElement as HTMLElement | null)?.dataset.id).to.equal('istanbul-session-2025-05-16');
    await waitFor(() => said(el).includes('1 new event, 1 updated, 1 removed'));
    await expect(el).to.be.accessible();
  });

  it('keeps the lane of every event that did not change, when an event is added before them in their track', async () => {
    const { el, data } = await istanbul();
    // A lane's height follows its titles' lines, so lanes are compared by their order: two events in one
    // lane stay in one lane, and one above another stays above it.
    const tops = () =>
      new Map(
        [...shadow(el).querySelectorAll<SVGGElement>('svg.drawing .mark')].map((g) => [
          g.dataset.id!,
          Number(g.querySelector('.title tspan')!.getAttribute('y')),
        ]),
      );
    const order = (y: Map<string, number>, a: string, b: string) => Math.sign(Math.round(y.get(a)!) - Math.round(y.get(b)!));
    const before = tops();
    const updated = next(el, 'talks-update');
    el.data = {
      ...data,
      events: [...data.events, { ...ADDED, date: '2025-05-02', title: 'A statement early in May', track: 'statements' }],
    };
    await updated;
    await settle(el);
    const after = tops();
    const ids = [...before.keys()];
    for (const a of ids) for (const b of ids) expect(order(after, a, b), `${a} against ${b}`).to.equal(order(before, a, b));
  });

  it('moves a removed selection to the nearest event in date order, and says so', async () => {
    const { el, data } = await istanbul();
    el.selected = 'istanbul-session-2025-05-16';
    await settle(el);
    const selected = next<TalksSelectDetail>(el, 'talks-select');
    el.data = { ...data, events: data.events.filter((e) => e.id !== 'istanbul-session-2025-05-16') };
    const { detail } = await selected;
    // The nearest by date: Medinsky's remarks, the same day (in another track).
    expect(detail.id).to.equal('medinsky-remarks-2025-05-16');
    expect(el.selected).to.equal('medinsky-remarks-2025-05-16');
    const title = data.events.find((e) => e.id === 'medinsky-remarks-2025-05-16')!.title;
    await waitFor(() => said(el).includes(`1 removed. The selected event was removed; now selected: ${title}`));
  });

  it('a mark goes once the reader has seen its event (focused or selected)', async () => {
    const { el, data } = await istanbul();
    const updated = next(el, 'talks-update');
    el.data = nextVersion(data, data.events[1].id, data.events[2].id);
    await updated;
    await settle(el);
    buttonOf(el, ADDED.id)!.focus();
    await settle(el);
    expect(noteOf(el, ADDED.id)).to.equal(null);
    expect(buttonOf(el, ADDED.id)!.textContent).not.to.contain('New');
    el.selected = data.events[1].id;
    await settle(el);
    expect(noteOf(el, data.events[1].id)).to.equal(null);
  });

  it('keeps the reader’s place in a scrolled list when events are added above it, and a mark scrolled past goes', async () => {
    await executeServerCommand('bring-to-front'); // scrolling and intersections need a visible tab
    const { el, data } = await istanbul(375);
    const spacer = document.createElement('div');
    spacer.style.height = '3000px';
    el.parentElement!.after(spacer);
    try {
      const id = 'istanbul-session-2025-06-02';
      const item = () => shadow(el).querySelector<HTMLElement>(`.events.vertical li[data-id="${id}"]`)!;
      // The reader has scrolled to 2 June: its card is at the top of the view.
      item().scrollIntoView({ block: 'start' });
      window.scrollBy(0, 5);
      const before = item().getBoundingClientRect().top;
      const updated = next(el, 'talks-update');
      // Two events before it in date order (drawn above it in the list, out of view), one after.
      el.data = {
        ...data,
        events: [
          ...data.events,
          { id: 'early-a', date: '2025-05-20', title: 'An added event in May' },
          { id: 'early-b', date: '2025-05-21', title: 'Another added event in May' },
          { ...ADDED, date: '2025-06-30' },
        ],
      };
      await updated;
      await settle(el);
      expect(Math.abs(item().getBoundingClientRect().top - before)).to.be.below(2);
      const badge = (mark: string) => shadow(el).querySelector(`.events.vertical li[data-id="${mark}"] .badge.note`);
      expect(badge('early-a')?.textContent).to.equal('New');
      // Added above the view, they were not seen; scrolled into view and past it, they were.
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      expect(badge('early-b')?.textContent).to.equal('New');
      shadow(el).querySelector<HTMLElement>('.events.vertical li[data-id="early-a"]')!.scrollIntoView({ block: 'center' });
      await waitFor(() => shadow(el).querySelector('.events.vertical li[data-id="early-a"]')!.getBoundingClientRect().top > 0);
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      shadow(el).querySelector<HTMLElement>(`.events.vertical li[data-id="${ADDED.id}"]`)!.scrollIntoView({ block: 'start' });
      window.scrollBy(0, 400);
      await waitFor(() => !badge('early-a') && !badge('early-b'));
      await settle(el);
      expect(badge(ADDED.id), 'not scrolled past').to.not.equal(null);
    } finally {
      spacer.remove();
      window.scrollTo(0, 0);
    }
  });

  it('shows the marks in the vertical list, and has no axe violations with them', async () => {
    const { el, data } = await istanbul(375);
    const updated = next(el, 'talks-update');
    el.data = nextVersion(data, data.events[1].id, data.events[2].id);
    await updated;
    await settle(el);
    const badge = shadow(el).querySelector(`.events.vertical li[data-id="${ADDED.id}"] .badge.note`);
    expect(badge?.textContent).to.equal('New');
    await expect(el).to.be.accessible();
  });

  it('says "Updated … ago" from the data’s `updated`, in a <time>, kept current', async () => {
    clock = useFakeTimers({
      now: Date.parse('2025-06-23T10:00:00Z'),
      toFake: ['Date', 'setTimeout', 'clearTimeout'],
      shouldAdvanceTime: true,
    });
    const { el } = mount(1280);
    const loaded = next(el, 'talks-load');
    el.data = { updated: '2025-06-23T09:55:00Z', events: [{ id: 'a', date: '2025-06-22', title: 'A' }] };
    await loaded;
    const line = await waitFor(() => shadow(el).querySelector('[part="updated"]'));
    expect(line.textContent).to.equal('Updated 5 minutes ago');
    expect(line.querySelector('time')!.getAttribute('datetime')).to.equal('2025-06-23T09:55:00.000Z');
    await clock.tickAsync(60_000);
    await waitFor(() => shadow(el).querySelector('[part="updated"]')!.textContent === 'Updated 6 minutes ago');
  });
});

/** How long a wait for an event may take on the fake clock, ms: longer than the clock is moved on meanwhile. */
const FAKE_WAIT = 10 * 60e3;

/** The live test file's URL, its versions published by POST; the requests it got. */
const FILE = '/test/live/story.json';
async function publish(data: TimelineData): Promise<void> {
  await fetch(FILE, { method: 'POST', body: JSON.stringify(data) });
}
async function failWith(mode: '' | '500' | 'network'): Promise<void> {
  await fetch(`${FILE}?fail=${mode}`, { method: 'POST' });
}
async function requests(): Promise<{ ifNoneMatch: string | null; status: number }[]> {
  return (await fetch(`${FILE}?log`, { cache: 'no-store' })).json();
}

describe('<talks-timeline refresh>', () => {
  const base: TimelineData = {
    title: 'A developing story',
    events: [
      { id: 'one', date: '2025-05-16', title: 'First session' },
      { id: 'two', date: '2025-06-02', title: 'Second session' },
    ],
  };

  /** The element on the live file, loaded, with refresh every 15 s on a fake clock. */
  async function refreshing(): Promise<TalksTimeline> {
    await failWith('');
    await publish(base);
    const { el } = mount(1280);
    const loaded = next(el, 'talks-load');
    el.src = FILE;
    await loaded;
    await settle(el);
    clock = useFakeTimers({ toFake: ['Date', 'setTimeout', 'clearTimeout'], shouldAdvanceTime: true, shouldClearNativeTimers: true });
    el.refresh = 15;
    await settle(el);
    return el;
  }

  /** Wait until the server's log holds `n` requests. */
  async function requestCount(n: number): Promise<void> {
    const until = performance.now() + 8000;
    for (let log = await requests(); log.length < n; log = await requests())
      if (performance.now() > until) throw new Error(`no request ${n}: ${JSON.stringify(log)}`);
  }

  it('asks again on the interval with If-None-Match: an unchanged file is answered 304', async () => {
    const el = await refreshing();
    expect(el.getAttribute('refresh')).to.equal('15');
    await clock!.tickAsync(15_000);
    await requestCount(2);
    const log = await requests();
    expect(log[0]).to.deep.equal({ ifNoneMatch: null, status: 200 });
    expect(log[1]).to.deep.equal({ ifNoneMatch: '"v1"', status: 304 });
  });

  it('draws a new version of the file without a reload, and fires talks-update', async () => {
    const el = await refreshing();
    el.selected = 'two';
    await el.zoomTo('2025-05-10', '2025-06-10');
    await settle(el);
    const view = el.zoom;
    await publish({ ...base, events: [...base.events, { id: 'three', date: '2025-06-22/..', title: 'Possible resumption' }] });
    const updated = next<TalksUpdateDetail>(el, 'talks-update', FAKE_WAIT);
    await clock!.tickAsync(15_000);
    expect((await updated).detail).to.deep.equal({ added: ['three'], changed: [], removed: [] });
    await settle(el);
    expect(buttonOf(el, 'three')!.textContent).to.contain('Possible resumption');
    // The same path as data assigned again: the reader's zoom, pan and selection are kept.
    expect(el.zoom).to.deep.equal(view);
    expect(el.selected).to.equal('two');
    await el.zoomTo('2025-05-10', '2025-07-10');
    await settle(el);
    expect(noteOf(el, 'three')).to.equal('New');
  });

  it('makes no request while the page is hidden, and one when it is shown again', async () => {
    const el = await refreshing();
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    try {
      document.dispatchEvent(new Event('visibilitychange'));
      await clock!.tickAsync(60_000);
      expect(await requests()).to.have.length(1);
    } finally {
      delete (document as { visibilityState?: unknown }).visibilityState;
    }
    document.dispatchEvent(new Event('visibilitychange'));
    await requestCount(2);
    expect(el.shownEvents.length).to.equal(2);
  });

  for (const mode of ['500', 'network'] as const) {
    it(`keeps the timeline on a ${mode === '500' ? 'server error' : 'network failure'}, backs off, says so quietly, and recovers`, async () => {
      const el = await refreshing();
      await failWith(mode);
      await clock!.tickAsync(15_000);
      const status = await waitFor(() => shadow(el).querySelector('[part="refresh-status"]'));
      expect(status.textContent).to.equal('Could not check for updates; trying again in 30 seconds.');
      expect(status.closest('[role="alert"]')).to.equal(null);
      expect(el.shownEvents.map((e) => e.id)).to.deep.equal(['one', 'two']);
      // Backing off: the next check comes 30 s later, not 15 s. (A dropped connection is retried by the
      // browser itself, so requests are counted from the first check's end, not from 0.)
      const afterFirst = (await requests()).length;
      await clock!.tickAsync(15_000);
      expect(await requests()).to.have.length(afterFirst);
      await clock!.tickAsync(15_000);
      await requestCount(afterFirst + 1);
      await failWith('');
      await publish({ ...base, events: [base.events[0]] });
      const updated = next<TalksUpdateDetail>(el, 'talks-update', FAKE_WAIT);
      await clock!.tickAsync(60_000);
      expect((await updated).detail).to.deep.equal({ added: [], changed: [], removed: ['two'] });
      await waitFor(() => !shadow(el).querySelector('[part="refresh-status"]'));
    });
  }
});
