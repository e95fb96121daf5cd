// The demo's language switch: ?lang=uk|ru|tr|ar shows the page and the Istanbul timeline in that
// language (Arabic right to left). English is the page as served, so it works without this script.
const LANGUAGES = ['en', 'uk', 'ru', 'tr', 'ar'];
const RTL = new Set(['ar']);

const requested = new URLSearchParams(location.search).get('lang');
const lang = LANGUAGES.includes(requested) ? requested : 'en';

for (const link of document.querySelectorAll('.langs a')) {
  if (link.getAttribute('hreflang') === lang) link.setAttribute('aria-current', 'page');
  // Switching language keeps the event being read (the timeline keeps it in the hash).
  link.addEventListener('click', () => {
    link.hash = location.hash;
  });
}

if (lang !== 'en') {
  const root = document.documentElement;
  root.lang = lang;
  root.dir = RTL.has(lang) ? 'rtl' : 'ltr';
  const timeline = document.querySelector('talks-timeline');
  timeline.setAttribute('src', `../data/istanbul-talks.${lang}.json`);
  document.querySelector('[data-i18n="data"]')?.setAttribute('href', `../data/istanbul-talks.${lang}.json`);
  const response = await fetch('i18n.json');
  if (response.ok) {
    const text = (await response.json())[lang];
    if (text) {
      for (const el of document.querySelectorAll('[data-i18n]')) {
        const value = text[el.dataset.i18n];
        if (value) el.textContent = value;
      }
      if (text.title) document.title = text.title;
      if (text.switchLabel) document.querySelector('.langs')?.setAttribute('aria-label', text.switchLabel);
    }
  }
}
