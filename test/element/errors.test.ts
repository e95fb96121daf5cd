import { expect } from '@open-wc/testing';
import { drawnIds, mount, next, settle, shadow } from './fixtures.js';
import type { TalksErrorDetail, TalksLoadDetail } from '../../src/element/talks-timeline.js';

afterEach(() => {
  document.body.querySelectorAll('div').forEach((d) => d.remove());
});

describe('<talks-timeline> bad input', () => {
  it('reports invalid events by path, shows a notice and still renders the valid ones', async () => {
    const { el } = mount();
    const failed = next<TalksErrorDetail>(el, 'talks-error');
    const loaded = next<TalksLoadDetail>(el, 'talks-load');
    el.data = {
      events: [
        { id: 'ok-1', date: '2025-05-16', title: 'First session' },
        { id: 'bad-date', date: '2025-13-01', title: 'Broken' },
        { id: 'ok-2', date: '2025-06-02', title: 'Second session' },
        { id: 'no-title', date: '2025-06-02' } as never,
      ],
    };
    const { detail } = await failed;
    expect((await loaded).detail).to.deep.equal({ events: 2, issues: 2, worker: false });
    const paths = detail.issues.map((i) => i.path);
    expect(paths).to.have.members(['/events/1/date', '/events/3/title']);
    const dateIssue = detail.issues.find((i) => i.path === '/events/1/date')!;
    expect(dateIssue.message).to.contain('bad-date').and.contain('2025-13-01').and.match(/month/);
    await settle(el);
    expect(drawnIds(el)).to.have.members(['ok-1', 'ok-2']);
    const notice = shadow(el).querySelector('[part="notice"]')!;
    expect(notice.textContent).to.contain('2 of 4 events could not be shown');
    expect(notice.textContent).to.contain('/events/1/date');
  });

  it('shows an error state, not an empty box, when the fetch fails', async () => {
    const { el } = mount();
    const failed = next<TalksErrorDetail>(el, 'talks-error');
    el.src = '/data/does-not-exist.json';
    const { detail } = await failed;
    expect(detail.issues[0].message).to.contain('404');
    await settle(el);
    const error = shadow(el).querySelector('[part="error"]')!;
    expect(error.getAttribute('role')).to.equal('alert');
    expect(error.textContent).to.contain('Could not load the timeline');
    expect(shadow(el).querySelector('svg.drawing')).to.equal(null);
  });

  it('reports a file that is not JSON', async () => {
    const { el } = mount();
    const failed = next<TalksErrorDetail>(el, 'talks-error');
    el.src = '/demo/index.html';
    expect((await failed).detail.issues[0].message).to.contain('not valid JSON');
  });

  it('does not break the host page on hostile input', async () => {
    const { el } = mount();
    const failed = next<TalksErrorDetail>(el, 'talks-error');
    el.data = JSON.parse(
      '{"events":[{"id":"x","date":"2025","title":"<img src=x onerror=alert(1)>","__proto__":{"polluted":true}}, 42, null]}',
    );
    await failed;
    await settle(el);
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
    expect(shadow(el).querySelector('img')).to.equal(null);
    expect(shadow(el).querySelector('.events button')!.textContent).to.contain('<img src=x onerror=alert(1)>');
  });
});
