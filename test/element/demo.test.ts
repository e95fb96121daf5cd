import { expect } from '@open-wc/testing';
import { validate } from '../../src/core/validate.js';
import type { TimelineData } from '../../src/core/types.js';
import { loadDemo } from '../helpers.js';

afterEach(() => {
  document.body.querySelectorAll('iframe').forEach((f) => f.remove());
});

const LANGS = ['uk', 'ru', 'tr', 'ar'];
const load = async (lang: string): Promise<TimelineData> =>
  (await fetch(`/data/istanbul-talks${lang === 'en' ? '' : `.${lang}`}.json`)).json();

describe('the translated Istanbul data', () => {
  for (const lang of LANGS) {
    it(`${lang}: valid, and the same events, dates, statuses and tracks as the English`, async () => {
      const [en, tr] = [await load('en'), await load(lang)];
      const { issues, data } = validate(tr);
      expect(issues).to.deep.equal([]);
      expect(data.lang).to.equal(lang);
      const skeleton = (d: TimelineData) =>
        d.events.map((e) => [e.id, e.date, e.status ?? 'occurred', e.track, e.details?.map((x) => x.items.length)]);
      expect(skeleton(tr)).to.deep.equal(skeleton(en));
      expect(tr.events.map((e) => e.title)).to.not.deep.equal(en.events.map((e) => e.title));
    });
  }
});

describe('the demo language switch', () => {
  for (const lang of LANGS) {
    it(`?lang=${lang} shows the page and the timeline in that language`, async () => {
      const { frame, timeline } = await loadDemo(1000, 800, `?lang=${lang}`);
      const doc = frame.contentDocument!;
      expect(doc.documentElement.lang).to.equal(lang);
      expect(doc.documentElement.dir).to.equal(lang === 'ar' ? 'rtl' : 'ltr');
      const data = await load(lang);
      expect(timeline.shadowRoot!.querySelector('.heading')!.textContent).to.equal(data.title);
      expect(doc.querySelector('.langs a[aria-current="page"]')!.getAttribute('hreflang')).to.equal(lang);
      const i18n = await (await fetch('/demo/i18n.json')).json();
      expect(doc.querySelector('h1')!.textContent).to.equal(i18n[lang].headline);
      expect(timeline.shadowRoot!.querySelector('.base')!.getAttribute('dir')).to.equal(lang === 'ar' ? 'rtl' : 'ltr');
    });
  }
});
