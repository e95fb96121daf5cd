/** Which media and link URLs data may use, and whether a URL names a picture (what validation needs of the media rules). */
// media.ts has the rest of the media rules, for the details card.
/**
 * A media or link URL that may be used: http(s), or relative to the page (a path, not a scheme and
 * not "//host", which leaves the site), with no white space. Nothing else: no javascript:, data: or
 * blob:. data/schema.json has the same pattern.
 */
export const MEDIA_URL_PATTERN = '^([Hh][Tt][Tt][Pp][Ss]?://[^\\s/]+\\S*|(?![A-Za-z][A-Za-z0-9+.-]*:)(?![/\\\\][/\\\\])\\S+)$';
const MEDIA_URL = new RegExp(MEDIA_URL_PATTERN);

export function isMediaUrl(url: string): boolean {
  return MEDIA_URL.test(url);
}

/** WHATWG URL, in every browser, worker and Node (declared here: the core is type-checked without the DOM). */
declare const URL: new (url: string, base?: string) => { href: string };

/**
 * Make the events' media addresses absolute against `base`, the address of the file they came from:
 * a relative path in a data file means beside that file (as in CSS), not beside the page.
 */
export function rebaseMedia(events: { media?: { url: string; link?: string } }[], base: string): void {
  for (const { media } of events) {
    if (!media) continue;
    media.url = new URL(media.url, base).href;
    if (media.link) media.link = new URL(media.link, base).href;
  }
}

/** A picture file, by its name. */
export const IMAGE = /\.(jpe?g|png|gif|webp|avif|svg)(\?|#|$)/i;

/** Whether media is a picture: so its kind says, or (without a kind) its file name. */
export function isImage(media: { url: string; kind?: string }): boolean {
  return (media.kind ?? (IMAGE.test(media.url) && 'image')) === 'image';
}
