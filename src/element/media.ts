/** An event's media in the details card: a picture, a link to a video or audio page (or its player on request), a media file. */
// An event's media in the details card: a picture in a box of fixed proportions (the card does not
// move when it loads), a video or audio site's page as a link (with `media-embeds`, a player that is
// requested only when the reader asks for it), a media file's own player, or a link. Part of the card
// module; all text goes through Lit bindings and all styling through classes (strict CSP).
import { css, html, nothing } from 'lit';
import type { ReactiveElement, TemplateResult } from 'lit';
import { embedUrl, isMediaFile, isMediaUrl, mediaKind, siteOf } from '../core/media.js';
import { fill } from '../core/messages.js';
import type { Messages } from '../core/messages.js';
import type { EventMedia } from '../core/types.js';

/** A link to another page, opened beside this one. */
const away = (href: string, text: string) => html`<a href=${href} rel="noopener noreferrer" target="_blank">${text}</a>`;

/**
 * Show the player of `url`. Lit calls a template's listeners with the element as `this`: it draws the
 * card again (with the player instead of the button), then focus goes to the player.
 */
const play = (url: string, playing: Set<string>) =>
  async function (this: ReactiveElement, e: Event) {
    const figure = (e.currentTarget as Element).closest('figure');
    playing.add(url);
    this.requestUpdate();
    await this.updateComplete;
    figure?.querySelector('iframe')?.focus();
  };

/** `title` names a player when the media has neither caption nor alt (the event's title). */
/**
 * `embeds`: null without media-embeds; with it, the media URLs whose player this element's reader
 * asked for (each timeline keeps its own).
 */
export function mediaTemplate(
  media: EventMedia,
  words: Messages,
  embeds: Set<string> | null,
  title: string,
): TemplateResult | typeof nothing {
  const { url, caption, credit, link } = media;
  if (!isMediaUrl(url)) return nothing; // validated data has none such: a second lock
  const kind = mediaKind(media);
  const player = kind === 'video' || kind === 'audio' ? embedUrl(url) : null;
  const name = caption || media.alt || title;
  const open = () => away(url, fill(words.media[kind === 'video' ? 0 : kind === 'audio' ? 1 : 2], { site: siteOf(url) || url }));
  const body =
    kind === 'image'
      ? html`<div class="frame"><img src=${url} alt=${media.alt ?? ''} loading="lazy" decoding="async" width="640" height="360" referrerpolicy="no-referrer"></div>`
      : player && embeds?.has(url)
        ? html`<div class="frame"><iframe src=${player} title=${name} loading="lazy" allow="autoplay; encrypted-media; picture-in-picture; fullscreen" referrerpolicy="strict-origin-when-cross-origin"></iframe></div>`
        : player || !embeds || kind === 'link' || !isMediaFile(url) // a page elsewhere: only ever a link
          ? html`<p class="media-links">${open()}${player && embeds ? html`<button type="button" class="play" @click=${play(url, embeds)}>${fill(words.media[3], { site: siteOf(player) })}</button>` : nothing}</p>`
          : kind === 'video'
            ? html`<div class="frame"><video controls preload="none" src=${url} aria-label=${name}></video></div>`
            : html`<audio controls preload="none" src=${url} aria-label=${name}></audio>`;
  // The source link goes on the credit, else on the caption, else it says "Open {site}".
  const from = credit || (link && !caption ? fill(words.media[2], { site: siteOf(link) || link }) : '');
  const linked = (text: string) => (link ? html`<a href=${link} rel="noopener noreferrer">${text}</a>` : text);
  return html`<figure class="media" part="media">${body}${
    caption || from
      ? html`<figcaption>
    ${caption ? (link && !from ? linked(caption) : caption) : nothing}
    ${from ? html`<small class="credit">${linked(from)}</small>` : nothing}
  </figcaption>`
      : nothing
  }</figure>`;
}

export const mediaStyles = css`
  .media {
    margin: 1em 0;
    max-width: 36em;
  }
  /* 16:9 whether or not the picture or player has loaded */
  .media .frame {
    aspect-ratio: 16 / 9;
    background: var(--_band);
  }
  .media .frame > * {
    display: block;
    width: 100%;
    height: 100%;
    border: 0;
    object-fit: contain;
  }
  .media audio {
    display: block;
    width: 100%;
  }
  .media-links {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 1em;
    margin: 0;
  }
  .media figcaption {
    margin-top: 0.4em;
    font-size: 0.875em;
  }
  .media .credit {
    color: var(--_muted);
  }
`;
