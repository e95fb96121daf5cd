/**
 * An event's media (issue 9): a picture in a box of fixed proportions, a video or audio site as a
 * link (with media-embeds, a player loaded only when the reader asks), media files, links; the
 * vertical layout's thumbnails.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { mount, next, settle, shadow } from './fixtures.js';
import { trackFetches, waitFor } from '../helpers.js';
import type { TalksTimeline } from '../../src/element/talks-timeline.js';
import type { TimelineEvent } from '../../src/core/types.js';

let run = 0;
/** The video of the timeline last made: a new one each time, so that no request is found cached. */
let videoId = '';
let video = '';

/** Every fetch() made by the page during a test (a script asking a media site for anything). */
let fetches: ReturnType<typeof trackFetches>;

beforeEach(() => {
  fetches = trackFetches();
  return executeServerCommand('bring-to-front');
});
afterEach(() => {
  fetches.restore();
  document.body.querySelectorAll('div').forEach((d) => d.remove());
});

/** A slow picture (600 ms), a new address each time so that no test finds it cached. */
const slowImage = () => `/test/faults/slow-image.svg?run=${++run}-${Date.now()}`;

function events(): TimelineEvent[] {
  videoId = `dQw4w9W${++run}`;
  video = `https://www.youtube.com/watch?v=${videoId}`;
  return [
    {
      id: 'photo',
      date: '2025-05-16',
      title: 'Delegations meet',
      summary: 'The first round.',
      media: {
        url: slowImage(),
        alt: 'Two delegations at a long table',
        caption: 'The first meeting',
        credit: 'Photo: Agency',
        link: 'https://example.org/photos/1',
      },
    },
    { id: 'bare', date: '2025-05-20', title: 'A decorative picture', media: { url: slowImage(), kind: 'image' } },
    { id: 'talk', date: '2025-06-02', title: 'The press conference', media: { url: video, caption: 'Press conference, 2 June' } },
    { id: 'untitled-talk', date: '2025-06-03', title: 'Statements after the talks', media: { url: `https://youtu.be/${videoId}-b` } },
    {
      id: 'podcast',
      date: '2025-06-10',
      title: 'A podcast',
      media: { url: 'https://media.example.org/talks/episode-1.mp3', caption: 'Episode 1' },
    },
    { id: 'clip', date: '2025-06-12', title: 'A clip', media: { url: 'https://media.example.org/talks/clip.mp4' } },
    { id: 'report', date: '2025-06-20', title: 'The report', media: { url: 'https://example.org/report', caption: 'The full report' } },
    { id: 'plain', date: '2025-06-25', title: 'No media' },
  ];
}

async function timeline(width = 1280, embeds = false): Promise<TalksTimeline> {
  const { el } = mount(width);
  el.setAttribute('lang', 'en-GB');
  el.mediaEmbeds = embeds;
  const loaded = next(el, 'talks-load');
  el.data = { events: events() };
  await loaded;
  await settle(el);
  return el;
}

/** Open an event's card and return its media figure (null when it has none). */
async function open(el: TalksTimeline, id: string): Promise<HTMLElement | null> {
  el.selected = id;
  await settle(el);
  await waitFor(() => shadow(el).querySelector('[part="details"]'));
  await settle(el);
  return shadow(el).querySelector<HTMLElement>('[part="details"] figure[part="media"]');
}

const requests = (pattern: RegExp) =>
  performance
    .getEntriesByType('resource')
    .map((r) => r.name)
    .filter((n) => pattern.test(n));

/** Attributes through which an element loads an address (a link's href loads nothing until followed). */
const LOADING_ATTRIBUTES = ['src', 'srcset', 'href', 'xlink:href', 'data', 'poster', 'srcdoc', 'imagesrcset', 'background'];

/**
 * What in the timeline's shadow root (and the page) would load something from an address matching
 * `pattern`: a player, picture, frame, preload or preconnect shows here the moment it is drawn.
 */
function loaders(el: TalksTimeline, pattern: RegExp): string[] {
  const elements = [...shadow(el).querySelectorAll('*'), ...document.querySelectorAll('*')];
  return elements
    .filter((e) => e.tagName !== 'A')
    .flatMap((e) =>
      LOADING_ATTRIBUTES.filter((name) => pattern.test(e.getAttribute(name) ?? '')).map(
        (name) => `<${e.tagName.toLowerCase()} ${name}="${e.getAttribute(name)}">`,
      ),
    );
}

describe('media: pictures', () => {
  it('shows a picture in the card, lazily, with its alt, fixed dimensions, caption and linked credit', async () => {
    const el = await timeline();
    const figure = (await open(el, 'photo'))!;
    expect(figure, 'figure').to.not.equal(null);
    expect(figure.classList.contains('media')).to.equal(true);
    // Between the header and the summary.
    expect(figure.previousElementSibling!.tagName).to.equal('HEADER');
    expect(figure.nextElementSibling!.classList.contains('summary-text')).to.equal(true);
    const img = figure.querySelector('img')!;
    expect(img.getAttribute('alt')).to.equal('Two delegations at a long table');
    expect(img.getAttribute('loading')).to.equal('lazy');
    expect(img.getAttribute('decoding')).to.equal('async');
    expect(img.getAttribute('referrerpolicy')).to.equal('no-referrer');
    expect(Number(img.getAttribute('width'))).to.be.greaterThan(0);
    expect(Number(img.getAttribute('height'))).to.be.greaterThan(0);
    expect(img.hasAttribute('style')).to.equal(false);
    const caption = figure.querySelector('figcaption')!;
    expect(caption.textContent).to.contain('The first meeting');
    const credit = caption.querySelector('small.credit a')!;
    expect(credit.textContent).to.equal('Photo: Agency');
    expect(credit.getAttribute('href')).to.equal('https://example.org/photos/1');
    expect(credit.getAttribute('rel')).to.equal('noopener noreferrer');
  });

  it('gives a picture without alt an empty alt (decorative)', async () => {
    const el = await timeline();
    const img = (await open(el, 'bare'))!.querySelector('img')!;
    expect(img.getAttribute('alt')).to.equal('');
    expect(shadow(el).querySelector('figcaption')).to.equal(null);
  });

  it('keeps the card the same height before and after the picture loads', async () => {
    const el = await timeline();
    const img = (await open(el, 'photo'))!.querySelector('img')!;
    const card = shadow(el).querySelector<HTMLElement>('[part="details"]')!;
    const before = [el.getBoundingClientRect().height, card.getBoundingClientRect().height];
    expect(img.complete, 'measured before the picture arrived').to.equal(false);
    expect(img.getBoundingClientRect().height).to.be.greaterThan(100);
    await new Promise((resolve, reject) => {
      img.addEventListener('load', resolve, { once: true });
      img.addEventListener('error', () => reject(new Error('the picture did not load')), { once: true });
    });
    expect(img.naturalWidth).to.equal(400);
    await settle(el);
    await new Promise((r) => requestAnimationFrame(r));
    expect([el.getBoundingClientRect().height, card.getBoundingClientRect().height]).to.deep.equal(before);
  });
});

describe('media: video and audio sites', () => {
  it('without media-embeds, links to the video page and requests nothing from its site', async () => {
    const el = await timeline();
    const figure = (await open(el, 'talk'))!;
    expect(figure.querySelector('iframe')).to.equal(null);
    expect(figure.querySelector('button')).to.equal(null);
    const a = figure.querySelector('a')!;
    expect(a.textContent).to.equal('Watch on youtube.com');
    expect(a.getAttribute('href')).to.equal(video);
    expect(a.getAttribute('rel')).to.equal('noopener noreferrer');
    expect(a.getAttribute('target')).to.equal('_blank');
    expect(figure.querySelector('figcaption')!.textContent!.trim()).to.equal('Press conference, 2 June');
    // The card is drawn (open() waited for it): nothing in it, or anywhere, loads from the site,
    // no script asked for it, and no request to it has been made.
    expect(loaders(el, /youtube/)).to.deep.equal([]);
    expect(fetches.calls.filter((c) => /youtube/.test(c.url))).to.deep.equal([]);
    expect(requests(/youtube/)).to.deep.equal([]);
  });

  it('with media-embeds, shows the player only once the reader asks, named, on the no-cookie domain', async () => {
    const el = await timeline(1280, true);
    const figure = (await open(el, 'talk'))!;
    const button = figure.querySelector<HTMLButtonElement>('button.play')!;
    expect(button.textContent).to.equal('Play here (loads youtube-nocookie.com)');
    expect(figure.querySelector('a')!.textContent).to.equal('Watch on youtube.com');
    expect(figure.querySelector('iframe')).to.equal(null);
    // Drawn, with the button: nothing loads from the site until the reader asks.
    expect(loaders(el, /youtube/)).to.deep.equal([]);
    expect(fetches.calls.filter((c) => /youtube/.test(c.url))).to.deep.equal([]);
    expect(requests(/youtube/)).to.deep.equal([]);

    button.click();
    const iframe = await waitFor(() => figure.querySelector('iframe'));
    expect(iframe.getAttribute('src')).to.equal(`https://www.youtube-nocookie.com/embed/${videoId}`);
    expect(iframe.getAttribute('title')).to.equal('Press conference, 2 June');
    expect(iframe.getAttribute('loading')).to.equal('lazy');
    expect(iframe.getAttribute('referrerpolicy')).to.equal('strict-origin-when-cross-origin');
    expect(iframe.getAttribute('allow')).to.contain('fullscreen');
    expect(iframe.parentElement!.classList.contains('frame')).to.equal(true);
    expect(figure.querySelector('button.play')).to.equal(null);
    await waitFor(() => shadow(el).activeElement === iframe);
    // Drawn again (another update), the player stays.
    el.requestUpdate();
    await settle(el);
    expect(shadow(el).querySelector('figure iframe')).to.equal(iframe);
  });

  it('keeps the reader\'s "play here" to the timeline it was pressed in', async () => {
    const first = await timeline(1280, true);
    const shared = events(); // the same video in a second timeline on the page
    const { el: second } = mount(1280);
    second.mediaEmbeds = true;
    const loaded = next(second, 'talks-load');
    second.data = { events: shared };
    await loaded;
    await settle(second);
    first.data = { events: shared };
    await settle(first);
    const a = (await open(first, 'talk'))!;
    a.querySelector<HTMLButtonElement>('button.play')!.click();
    await waitFor(() => a.querySelector('iframe'));
    const b = (await open(second, 'talk'))!;
    expect(b.querySelector('iframe')).to.equal(null);
    expect(b.querySelector('button.play')).to.not.equal(null);
  });

  it('never puts a web page in a video or audio player, whatever its kind says', async () => {
    const { el } = mount(1280);
    el.mediaEmbeds = true;
    const loaded = next(el, 'talks-load');
    el.data = {
      events: [{ id: 'page', date: '2025-06-02', title: 'A page', media: { url: 'https://example.org/watch/42', kind: 'video' } }],
    };
    await loaded;
    await settle(el);
    const figure = (await open(el, 'page'))!;
    expect(figure.querySelector('video, audio, iframe, button.play')).to.equal(null);
    expect(figure.querySelector('a')!.getAttribute('href')).to.equal('https://example.org/watch/42');
  });

  it('names a player after the event when the media has no caption or alt', async () => {
    const el = await timeline(1280, true);
    const figure = (await open(el, 'untitled-talk'))!;
    figure.querySelector<HTMLButtonElement>('button.play')!.click();
    const iframe = await waitFor(() => figure.querySelector('iframe'));
    expect(iframe.getAttribute('title')).to.equal('Statements after the talks');
  });
});

describe('media: files and links', () => {
  it('plays an audio file in place with media-embeds (nothing fetched before play), else links to it', async () => {
    const el = await timeline(1280, true);
    const audio = (await open(el, 'podcast'))!.querySelector('audio')!;
    expect(audio.getAttribute('src')).to.equal('https://media.example.org/talks/episode-1.mp3');
    expect(audio.getAttribute('preload')).to.equal('none');
    expect(audio.hasAttribute('controls')).to.equal(true);
    expect(audio.getAttribute('aria-label')).to.equal('Episode 1');
    expect(requests(/media\.example\.org/)).to.deep.equal([]);

    const plain = await timeline();
    const figure = (await open(plain, 'podcast'))!;
    expect(figure.querySelector('audio')).to.equal(null);
    const a = figure.querySelector('a')!;
    expect(a.textContent).to.equal('Listen on media.example.org');
    expect(a.getAttribute('href')).to.equal('https://media.example.org/talks/episode-1.mp3');
  });

  it('plays a video file in the fixed box with media-embeds', async () => {
    const el = await timeline(1280, true);
    const video = (await open(el, 'clip'))!.querySelector('video')!;
    expect(video.getAttribute('preload')).to.equal('none');
    expect(video.hasAttribute('controls')).to.equal(true);
    expect(video.parentElement!.classList.contains('frame')).to.equal(true);
    expect(video.getBoundingClientRect().height).to.be.greaterThan(100);
  });

  it('links to a page', async () => {
    for (const embeds of [false, true]) {
      const el = await timeline(1280, embeds);
      const figure = (await open(el, 'report'))!;
      expect(figure.querySelectorAll('iframe, img, audio, video, button')).to.have.length(0);
      const a = figure.querySelector('a')!;
      expect(a.textContent).to.equal('Open example.org');
      expect(a.getAttribute('href')).to.equal('https://example.org/report');
      expect(a.getAttribute('rel')).to.equal('noopener noreferrer');
    }
  });

  it('draws no figure for an event without media', async () => {
    const el = await timeline();
    expect(await open(el, 'plain')).to.equal(null);
  });

  it('has no axe violations with a picture, a video link and button, and a player', async () => {
    const el = await timeline(1280, true);
    await open(el, 'photo');
    await expect(el).to.be.accessible();
    const figure = (await open(el, 'talk'))!;
    await expect(el).to.be.accessible();
    figure.querySelector<HTMLButtonElement>('button.play')!.click();
    await waitFor(() => figure.querySelector('iframe'));
    await expect(el).to.be.accessible();
  });
});

describe('media: vertical layout', () => {
  const thumb = (el: TalksTimeline, id: string) =>
    shadow(el).querySelector<HTMLImageElement>(`.events.vertical button[data-id="${id}"] img.thumb`);

  it('shows a decorative thumbnail of a picture on its event where there is room', async () => {
    const el = await timeline(480);
    expect(el.resolvedOrientation).to.equal('vertical');
    const img = thumb(el, 'photo')!;
    expect(img, 'thumbnail').to.not.equal(null);
    expect(img.getAttribute('alt')).to.equal('');
    expect(img.getAttribute('loading')).to.equal('lazy');
    expect(img.getAttribute('width')).to.equal('64');
    expect(img.getAttribute('height')).to.equal('64');
    expect(img.getBoundingClientRect().width).to.be.greaterThan(0);
    expect(getComputedStyle(img).objectFit).to.equal('cover');
    expect(thumb(el, 'talk')).to.equal(null);
    expect(thumb(el, 'plain')).to.equal(null);
  });

  it('hides the thumbnails where there is no room', async () => {
    const el = await timeline(300);
    expect(el.resolvedOrientation).to.equal('vertical');
    const img = thumb(el, 'photo')!;
    expect(getComputedStyle(img).display).to.equal('none');
  });
});
