/** An event's media in the details card: what kind a URL is, its site, and the player address of video and audio sites. */
// Player addresses are used only when the element has `media-embeds` and the reader asks. DOM-free.
import { IMAGE } from './media-url.js';
import type { EventMedia, MediaKind } from './types.js';

export { isMediaUrl, MEDIA_URL_PATTERN } from './media-url.js';

const VIDEO_FILE = /\.(mp4|webm|ogv|mov)(\?|#|$)/i;
const AUDIO_FILE = /\.(mp3|ogg|oga|wav|m4a|aac|flac|opus)(\?|#|$)/i;
const VIDEO_SITE = /^https?:\/\/([^/]+\.)?(youtube\.com|youtu\.be|youtube-nocookie\.com|vimeo\.com|dailymotion\.com)\//i;
const AUDIO_SITE = /^https?:\/\/([^/]+\.)?(soundcloud\.com|spotify\.com)\//i;

/** The media's kind: as given, else from its URL (a picture file, a video or audio site or file), else a link. */
export function mediaKind(media: Pick<EventMedia, 'url' | 'kind'>): MediaKind {
  if (media.kind) return media.kind;
  const url = media.url.trim();
  if (IMAGE.test(url)) return 'image';
  if (VIDEO_SITE.test(url) || VIDEO_FILE.test(url)) return 'video';
  if (AUDIO_SITE.test(url) || AUDIO_FILE.test(url)) return 'audio';
  return 'link';
}

/** A video or audio file (played by the browser itself), by its name. */
export function isMediaFile(url: string): boolean {
  return VIDEO_FILE.test(url) || AUDIO_FILE.test(url);
}

/** The site a URL is on, for "Watch on youtube.com" ("" for a relative URL). */
export function siteOf(url: string): string {
  const m = /^https?:\/\/([^/?#:]+)/i.exec(url.trim());
  return m ? m[1].replace(/^www\./i, '').toLowerCase() : '';
}

/**
 * The address of a site's player for a video or audio page (YouTube, through its no-cookie domain;
 * Vimeo; Dailymotion; SoundCloud; Spotify), or null when the URL is not one of theirs. A media file
 * (".mp4", ".mp3") has none: it plays in a <video> or <audio> element.
 */
export function embedUrl(url: string): string | null {
  const u = url.trim();
  let m =
    /^https?:\/\/(?:www\.|m\.)?(?:youtube\.com\/(?:watch\?(?:[^#]*&)?v=|embed\/|shorts\/|live\/)|youtu\.be\/|youtube-nocookie\.com\/embed\/)([\w-]{6,})/i.exec(
      u,
    );
  if (m) return `https://www.youtube-nocookie.com/embed/${m[1]}`;
  m = /^https?:\/\/(?:www\.|player\.)?vimeo\.com\/(?:video\/)?(\d+)/i.exec(u);
  if (m) return `https://player.vimeo.com/video/${m[1]}`;
  m = /^https?:\/\/(?:www\.)?dailymotion\.com\/video\/([a-z\d]+)/i.exec(u);
  if (m) return `https://www.dailymotion.com/embed/video/${m[1]}`;
  if (/^https?:\/\/(?:www\.|m\.)?soundcloud\.com\/[^\s?#]+/i.test(u))
    return `https://w.soundcloud.com/player/?url=${encodeURIComponent(u)}`;
  m = /^https?:\/\/open\.spotify\.com\/(track|episode|show|album|playlist)\/([a-z\d]+)/i.exec(u);
  if (m) return `https://open.spotify.com/embed/${m[1]}/${m[2]}`;
  return null;
}
