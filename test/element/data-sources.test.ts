import { expect } from '@open-wc/testing';
import { drawnIds, eventButtons, istanbulData, mount, next, settle, shadow } from './fixtures.js';
import { trackFetches } from '../helpers.js';
import type { TalksLoadDetail } from '../../src/element/talks-timeline.js';

afterEach(() => {
  document.body.querySelectorAll('div').forEach((d) => d.remove());
});

describe('<talks-timeline> data sources', () => {
  it('loads the src attribute and draws every event, in date order', async () => {
    const data = await istanbulData();
    const { el } = mount();
    const loaded = next<TalksLoadDetail>(el, 'talks-load');
    el.setAttribute('src', '/data/istanbul-talks.json');
    const { detail } = await loaded;
    expect(detail).to.deep.equal({ events: data.events.length, issues: 0, worker: false });
    await settle(el);
    expect(drawnIds(el)).to.have.members(data.events.map((e) => e.id));
    const starts = eventButtons(el).map((b) => b.querySelector('time')!.getAttribute('datetime')!);
    expect(starts).to.deep.equal([...starts].sort());
    expect(shadow(el).querySelector('.heading')!.textContent).to.equal(data.title);
  });

  it('renders the data property', async () => {
    const { el } = mount();
    const loaded = next<TalksLoadDetail>(el, 'talks-load');
    el.data = {
      title: 'Two events',
      events: [
        { id: 'b', date: '2025-06-02', title: 'Second session' },
        { id: 'a', date: '2025-05-16', title: 'First session' },
      ],
    };
    expect((await loaded).detail.events).to.equal(2);
    await settle(el);
    expect(eventButtons(el).map((b) => b.dataset.id)).to.deep.equal(['a', 'b']);
  });

  it('renders the events property (a bare list)', async () => {
    const { el } = mount();
    const loaded = next<TalksLoadDetail>(el, 'talks-load');
    el.events = [{ id: 'only', date: '2022-03', title: 'Draft accords' }];
    expect((await loaded).detail.events).to.equal(1);
    await settle(el);
    expect(eventButtons(el)[0].textContent).to.contain('Draft accords');
    expect(eventButtons(el)[0].querySelector('time')!.textContent).to.equal('March 2022');
  });

  it('reads an inline <script type="application/json"> child', async () => {
    const container = document.createElement('div');
    const el = document.createElement('talks-timeline');
    el.setAttribute('lang', 'en-GB');
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify({ events: [{ id: 'x', date: '2025-06-22/..', title: 'Possible resumption', status: 'possible' }] });
    el.append(script);
    const loaded = next<TalksLoadDetail>(el, 'talks-load');
    container.append(el);
    document.body.append(container);
    expect((await loaded).detail.events).to.equal(1);
    await settle(el);
    expect(eventButtons(el)[0].textContent).to.contain('after 22 June 2025').and.contain('possible');
  });

  it('lets the latest assignment win and aborts the older fetch', async () => {
    const { el, fired } = mount();
    const fetches = trackFetches();
    try {
      el.src = '/data/istanbul-talks.json';
      const loaded = next<TalksLoadDetail>(el, 'talks-load');
      el.events = [{ id: 'mine', date: '2025-05-16', title: 'Assigned later' }];
      expect((await loaded).detail.events).to.equal(1);
      expect(fetches.calls).to.have.length(1);
      expect(fetches.calls[0].signal?.aborted).to.equal(true);
      // The aborted fetch never replaces the newer data: once it has ended, and the element has
      // done whatever it does with its end, the newer data is still the one drawn.
      await fetches.settled();
      await settle(el);
      expect(drawnIds(el)).to.deep.equal(['mine']);
      expect(fired.map((e) => e.type)).to.deep.equal(['talks-load']);
    } finally {
      fetches.restore();
    }
  });

  it('a newer src replaces an older one that is still loading', async () => {
    const { el, fired } = mount();
    const fetches = trackFetches();
    try {
      el.src = '/data/istanbul-talks.json';
      const loaded = next<TalksLoadDetail>(el, 'talks-load');
      el.src = `data:application/json,${encodeURIComponent(JSON.stringify([{ id: 'n', date: '2020', title: 'Newer' }]))}`;
      expect((await loaded).detail.events).to.equal(1);
      // Both requests over (the older aborted, or arrived whole and ignored): still the newer data.
      expect(fetches.calls.map((c) => c.url)).to.have.length(2);
      await fetches.settled();
      await settle(el);
      expect(drawnIds(el)).to.deep.equal(['n']);
      expect(fired.map((e) => e.type)).to.deep.equal(['talks-load']);
    } finally {
      fetches.restore();
    }
  });
});
