import { expect } from '@open-wc/testing';
import { hasMessages, loadMessages, messagesFor, registerMessages, TRANSLATED_LANGUAGES } from '../../src/core/messages.js';
import { buildModel, describeModel } from '../../src/core/model.js';

describe('language packs', () => {
  it('ship for Ukrainian, Russian, Turkish and Arabic, and load on request', async () => {
    expect([...TRANSLATED_LANGUAGES].sort()).to.deep.equal(['ar', 'en', 'ru', 'tr', 'uk']);
    const words = await loadMessages('tr-TR');
    expect(hasMessages('tr')).to.equal(true);
    expect(words.close).to.equal('Kapat');
    expect(messagesFor('tr-CY').close).to.equal('Kapat');
  });

  it('give English words for a language without a pack, and Intl still says the dates', async () => {
    const words = await loadMessages('it');
    expect(words.close).to.equal('Close');
    expect(hasMessages('it')).to.equal(false);
  });

  it('can be registered by a page for any language, missing words falling back to English', () => {
    // The catalogue is shared by the whole page: put back what 'pl' had before.
    const [hadPolish, wordsBefore] = [hasMessages('pl'), messagesFor('pl')];
    const restore = registerMessages('pl', {
      close: 'Zamknij',
      events: { one: '{n} wydarzenie', few: '{n} wydarzenia', many: '{n} wydarzeń', other: '{n} wydarzenia' },
    });
    try {
      expect(messagesFor('pl-PL').close).to.equal('Zamknij');
      expect(messagesFor('pl').loading).to.equal('Loading timeline…');
      const model = buildModel(
        {
          events: [
            { id: 'a', date: '2025-05-16', title: 'A' },
            { id: 'b', date: '2025-06-02', title: 'B' },
            { id: 'c', date: '2025-06-03', title: 'C' },
            { id: 'd', date: '2025-06-04', title: 'D' },
            { id: 'e', date: '2025-06-05', title: 'E' },
          ],
        },
        'pl',
      );
      expect(describeModel(model, 'pl')).to.match(/^5 wydarzeń from /);
    } finally {
      restore();
    }
    expect(messagesFor('pl'), 'the words for pl are as before').to.deep.equal(wordsBefore);
    expect(hasMessages('pl')).to.equal(hadPolish);
  });
});

describe('counts in words', () => {
  it('group their digits in the page language', async () => {
    await loadMessages('uk');
    const model = (n: number) =>
      buildModel({ events: Array.from({ length: n }, (_, i) => ({ id: `e${i}`, date: `${2000 + (i % 20)}`, title: 'x' })) }, 'en');
    const big = model(12_000);
    expect(describeModel(big, 'en-GB')).to.match(/^12,000 events from /);
    expect(describeModel(big, 'uk')).to.match(/^12\u00a0000 подій/);
  });
});
