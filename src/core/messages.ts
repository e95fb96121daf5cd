/**
 * The component's own words, per language: date phrases, the summary, the
 * legend, notices and buttons. English, Ukrainian, Russian, Turkish and
 * Arabic ship; any other language falls back to English words (dates are
 * still localized by Intl).
 */
import type { EventStatus } from './types.js';

type Plural = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

export type LegendKey =
  | 'day' | 'period' | 'coarse' | 'openEnd' | 'approximate' | 'uncertain'
  | 'scheduled' | 'possible' | 'cancelled';

export interface Messages {
  /** Date phrases; `%` stands for the date. */
  about: string;
  possibly: string;
  possiblyAbout: string;
  after: string;
  before: string;
  from: string;
  until: string;
  /** Spring, summer, autumn, winter, as said before a year. */
  seasons: readonly [string, string, string, string];
  /** "2010s": `%` stands for the first year of the decade; absent where the language has no short form. */
  decade?: string;
  /** Months after a preposition take the genitive ("близько червня"). */
  genitiveMonths?: boolean;

  /** Summary: `{n}` events, `{from}`, `{to}`, `{tracks}` count. */
  events: Plural;
  summaryRange: string;
  summaryTracks: Plural;
  summaryOne: string;
  noEvents: string;
  eventList: string;
  loading: string;
  close: string;
  location: string;
  participants: string;
  source: string;
  sources: string;
  status: Record<EventStatus, string>;
  /** Notice: `{dropped}` of `{total}` events could not be shown. */
  dropped: Plural;
  /** Notice: `{n}` problems found, all events shown. */
  problems: Plural;
  legendTitle: string;
  legend: Record<LegendKey, string>;
  /** "Could not load the timeline from {url}: {reason}." */
  loadFailed: string;
  loadNetwork: string;
  /** `{status}`: the HTTP status. */
  loadHttp: string;
  loadEmpty: string;
  loadJson: string;
  loadInline: string;
}

const en: Messages = {
  about: 'about %', possibly: 'possibly %', possiblyAbout: 'possibly about %',
  after: 'after %', before: 'before %', from: 'from %', until: 'until %',
  seasons: ['spring', 'summer', 'autumn', 'winter'], decade: '%s',
  events: { one: '{n} event', other: '{n} events' },
  summaryRange: '{events} from {from} to {to}', summaryTracks: { one: ' in {n} track', other: ' in {n} tracks' },
  summaryOne: '1 event, {date}', noEvents: 'No events',
  eventList: 'Events in date order', loading: 'Loading timeline…', close: 'Close',
  location: 'Location', participants: 'Participants', source: 'Source', sources: 'Sources',
  status: { occurred: '', scheduled: 'scheduled', possible: 'possible', cancelled: 'cancelled' },
  dropped: { one: '{dropped} of {total} events could not be shown.', other: '{dropped} of {total} events could not be shown.' },
  problems: { one: '1 problem was found in the data; all events are shown.', other: '{n} problems were found in the data; all events are shown.' },
  legendTitle: 'Key',
  legend: {
    day: 'day', period: 'period', coarse: 'month, season or year', openEnd: 'open end',
    approximate: 'approximate', uncertain: 'uncertain',
    scheduled: 'scheduled', possible: 'possible', cancelled: 'cancelled',
  },
  loadFailed: 'Could not load the timeline from {url}: {reason}.',
  loadNetwork: 'the network request failed', loadHttp: 'the server answered {status}', loadEmpty: 'the file is empty', loadJson: 'the file is not valid JSON',
  loadInline: 'The inline timeline data (<script type="application/json">) is not valid JSON.',
};

const uk: Messages = {
  about: 'близько %', possibly: 'можливо, %', possiblyAbout: 'можливо, близько %',
  after: 'після %', before: 'до %', from: 'з %', until: 'до %',
  seasons: ['весна', 'літо', 'осінь', 'зима'], decade: '%-ті', genitiveMonths: true,
  events: { one: '{n} подія', few: '{n} події', many: '{n} подій', other: '{n} події' },
  summaryRange: '{events}: {from} – {to}', summaryTracks: { one: ', {n} доріжка', few: ', {n} доріжки', many: ', {n} доріжок', other: ', {n} доріжки' },
  summaryOne: '1 подія, {date}', noEvents: 'Подій немає',
  eventList: 'Події за датою', loading: 'Завантаження хронології…', close: 'Закрити',
  location: 'Місце', participants: 'Учасники', source: 'Джерело', sources: 'Джерела',
  status: { occurred: '', scheduled: 'заплановано', possible: 'можливо', cancelled: 'скасовано' },
  dropped: { other: 'Не вдалося показати подій: {dropped} з {total}.' },
  problems: { one: 'У даних знайдено 1 проблему; усі події показано.', few: 'У даних знайдено {n} проблеми; усі події показано.', other: 'У даних знайдено {n} проблем; усі події показано.' },
  legendTitle: 'Умовні позначення',
  legend: {
    day: 'день', period: 'період', coarse: 'місяць, сезон або рік', openEnd: 'відкритий кінець',
    approximate: 'приблизно', uncertain: 'непевно',
    scheduled: 'заплановано', possible: 'можливо', cancelled: 'скасовано',
  },
  loadFailed: 'Не вдалося завантажити хронологію з {url}: {reason}.',
  loadNetwork: 'помилка мережі', loadHttp: 'сервер відповів {status}', loadEmpty: 'файл порожній', loadJson: 'файл не є коректним JSON',
  loadInline: 'Вбудовані дані хронології (<script type="application/json">) не є коректним JSON.',
};

const ru: Messages = {
  about: 'около %', possibly: 'возможно, %', possiblyAbout: 'возможно, около %',
  after: 'после %', before: 'до %', from: 'с %', until: 'до %',
  seasons: ['весна', 'лето', 'осень', 'зима'], decade: '%-е', genitiveMonths: true,
  events: { one: '{n} событие', few: '{n} события', many: '{n} событий', other: '{n} события' },
  summaryRange: '{events}: {from} – {to}', summaryTracks: { one: ', {n} дорожка', few: ', {n} дорожки', many: ', {n} дорожек', other: ', {n} дорожки' },
  summaryOne: '1 событие, {date}', noEvents: 'Событий нет',
  eventList: 'События по дате', loading: 'Загрузка хронологии…', close: 'Закрыть',
  location: 'Место', participants: 'Участники', source: 'Источник', sources: 'Источники',
  status: { occurred: '', scheduled: 'запланировано', possible: 'возможно', cancelled: 'отменено' },
  dropped: { other: 'Не удалось показать событий: {dropped} из {total}.' },
  problems: { one: 'В данных найдена 1 проблема; все события показаны.', few: 'В данных найдено {n} проблемы; все события показаны.', other: 'В данных найдено {n} проблем; все события показаны.' },
  legendTitle: 'Условные обозначения',
  legend: {
    day: 'день', period: 'период', coarse: 'месяц, сезон или год', openEnd: 'открытый конец',
    approximate: 'приблизительно', uncertain: 'неточно',
    scheduled: 'запланировано', possible: 'возможно', cancelled: 'отменено',
  },
  loadFailed: 'Не удалось загрузить хронологию из {url}: {reason}.',
  loadNetwork: 'ошибка сети', loadHttp: 'сервер ответил {status}', loadEmpty: 'файл пуст', loadJson: 'файл не является корректным JSON',
  loadInline: 'Встроенные данные хронологии (<script type="application/json">) не являются корректным JSON.',
};

const tr: Messages = {
  about: 'yaklaşık %', possibly: 'muhtemelen %', possiblyAbout: 'muhtemelen yaklaşık %',
  after: '% sonrası', before: '% öncesi', from: '% itibarıyla', until: '% tarihine kadar',
  seasons: ['ilkbahar', 'yaz', 'sonbahar', 'kış'], decade: '%’ler',
  events: { other: '{n} olay' },
  summaryRange: '{events}: {from} – {to}', summaryTracks: { other: ', {n} kulvar' },
  summaryOne: '1 olay, {date}', noEvents: 'Olay yok',
  eventList: 'Tarih sırasıyla olaylar', loading: 'Zaman çizelgesi yükleniyor…', close: 'Kapat',
  location: 'Yer', participants: 'Katılımcılar', source: 'Kaynak', sources: 'Kaynaklar',
  status: { occurred: '', scheduled: 'planlandı', possible: 'olası', cancelled: 'iptal edildi' },
  dropped: { other: '{total} olaydan {dropped} tanesi gösterilemedi.' },
  problems: { other: 'Verilerde {n} sorun bulundu; tüm olaylar gösteriliyor.' },
  legendTitle: 'Açıklama',
  legend: {
    day: 'gün', period: 'dönem', coarse: 'ay, mevsim veya yıl', openEnd: 'açık uç',
    approximate: 'yaklaşık', uncertain: 'belirsiz',
    scheduled: 'planlandı', possible: 'olası', cancelled: 'iptal edildi',
  },
  loadFailed: 'Zaman çizelgesi {url} adresinden yüklenemedi: {reason}.',
  loadNetwork: 'ağ isteği başarısız oldu', loadHttp: 'sunucu {status} yanıtını verdi', loadEmpty: 'dosya boş', loadJson: 'dosya geçerli bir JSON değil',
  loadInline: 'Satır içi zaman çizelgesi verisi (<script type="application/json">) geçerli bir JSON değil.',
};

const ar: Messages = {
  about: 'نحو %', possibly: 'ربما %', possiblyAbout: 'ربما نحو %',
  after: 'بعد %', before: 'قبل %', from: 'من %', until: 'حتى %',
  seasons: ['ربيع', 'صيف', 'خريف', 'شتاء'],
  events: { zero: '{n} حدث', one: 'حدث واحد', two: 'حدثان', few: '{n} أحداث', many: '{n} حدثًا', other: '{n} حدث' },
  summaryRange: '{events}: {from} – {to}', summaryTracks: { one: ' في مسار واحد', two: ' في مسارين', few: ' في {n} مسارات', other: ' في {n} مسارًا' },
  summaryOne: 'حدث واحد، {date}', noEvents: 'لا أحداث',
  eventList: 'الأحداث حسب التاريخ', loading: 'جارٍ تحميل الخط الزمني…', close: 'إغلاق',
  location: 'المكان', participants: 'المشاركون', source: 'المصدر', sources: 'المصادر',
  status: { occurred: '', scheduled: 'مقرر', possible: 'محتمل', cancelled: 'ملغى' },
  dropped: { other: 'تعذّر عرض {dropped} من أصل {total} حدث.' },
  problems: { other: 'عُثر على مشكلات في البيانات ({n})؛ عُرضت كل الأحداث.' },
  legendTitle: 'مفتاح الرموز',
  legend: {
    day: 'يوم', period: 'فترة', coarse: 'شهر أو فصل أو سنة', openEnd: 'نهاية مفتوحة',
    approximate: 'تقريبي', uncertain: 'غير مؤكد',
    scheduled: 'مقرر', possible: 'محتمل', cancelled: 'ملغى',
  },
  loadFailed: 'تعذّر تحميل الخط الزمني من {url}: {reason}.',
  loadNetwork: 'فشل طلب الشبكة', loadHttp: 'أجاب الخادم {status}', loadEmpty: 'الملف فارغ', loadJson: 'الملف ليس JSON صالحًا',
  loadInline: 'بيانات الخط الزمني المضمّنة (<script type="application/json">) ليست JSON صالحًا.',
};

/** Catalogues by primary language subtag; other languages get English words around Intl dates. */
export const MESSAGES: Readonly<Record<string, Messages>> = { en, uk, ru, tr, ar };

/** Languages whose component strings (not only dates) are translated. */
export const TRANSLATED_LANGUAGES = ['en', 'uk', 'ru', 'tr', 'ar'] as const;

/** The primary language subtag, lower-cased: "en-GB" → "en". */
export function baseLanguage(lang: string): string {
  return lang.toLowerCase().split(/[-_]/)[0];
}

/** Words for a language, falling back to English. */
export function messagesFor(lang: string): Messages {
  let words = resolved.get(lang);
  if (!words) resolved.set(lang, (words = MESSAGES[baseLanguage(lang)] ?? en));
  return words;
}
const resolved = new Map<string, Messages>();

const RTL = new Set(['ar', 'he', 'iw', 'fa', 'ur', 'ps', 'yi', 'dv', 'ckb', 'sd', 'ug']);

/** Languages written right to left. */
export function isRightToLeft(lang: string): boolean {
  return RTL.has(baseLanguage(lang));
}

/** Fill `{name}` (and `%`) placeholders. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}

/** Pick the plural form for `n` in `lang` and fill it. */
export function plural(lang: string, forms: Plural, n: number, values: Record<string, string | number> = {}): string {
  let rule: Intl.LDMLPluralRule = 'other';
  try {
    rule = new Intl.PluralRules(lang).select(n);
  } catch {
    // an unknown language tag: 'other'
  }
  return fill(forms[rule] ?? forms.other, { n, ...values });
}

/** Put a text where `%` stands in a phrase. */
export function phrase(template: string, text: string): string {
  return template.replace('%', text);
}
