/**
 * Which media and link URLs data may use, and whether a URL names a picture: the small part of the
 * media rules that validation needs (media.ts has the rest, for the details card).
 */
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

/** A picture file, by its name. */
export const IMAGE = /\.(jpe?g|png|gif|webp|avif|svg)(\?|#|$)/i;

/** Whether media is a picture: so its kind says, or (without a kind) its file name. */
export function isImage(media: { url: string; kind?: string }): boolean {
  return (media.kind ?? (IMAGE.test(media.url) && 'image')) === 'image';
}
