/** Ukrainian words for the component (a language pack: loaded only when a page asks for uk). */
import type { Messages } from '../messages.js';
import { genitiveMonth } from './genitive.js';

const uk: Messages = {
  about: 'близько %', possibly: 'можливо, %', possiblyAbout: 'можливо, близько %',
  after: 'після %', before: 'до %', from: 'з %', until: 'до %',
  seasons: ['весна', 'літо', 'осінь', 'зима'], decade: '%-ті', monthInPhrase: genitiveMonth,
  events: { one: '{n} подія', few: '{n} події', many: '{n} подій', other: '{n} події' },
  summaryRange: '{events}: {from} – {to}', summaryTracks: { one: ', {n} доріжка', few: ', {n} доріжки', many: ', {n} доріжок', other: ', {n} доріжки' },
  summaryOne: '1 подія, {date}', noEvents: 'Подій немає',
  eventList: 'Події за датою', loading: 'Завантаження хронології…', close: 'Закрити',
  location: 'Місце', participants: 'Учасники', source: 'Джерело', sources: 'Джерела',
  status: { occurred: '', scheduled: 'заплановано', possible: 'можливо', cancelled: 'скасовано' },
  dropped: { other: 'Не вдалося показати подій: {dropped} з {total}.' },
  problems: { one: 'У даних знайдено 1 проблему; усі події показано.', few: 'У даних знайдено {n} проблеми; усі події показано.', other: 'У даних знайдено {n} проблем; усі події показано.' },
  legendTitle: 'Умовні позначення',
  zoom: ['Масштаб', 'Збільшити', 'Зменшити', 'Показати все'],
  earlier: 'Попередні події', later: 'Наступні події',
  previous: 'Попередня', next: 'Наступна', position: '{n} з {total}', listView: 'Списком', showing: 'Показано: {range}',
  legend: {
    day: 'день', period: 'період', coarse: 'місяць, сезон або рік', openEnd: 'відкритий кінець',
    approximate: 'приблизно', uncertain: 'непевно',
    scheduled: 'заплановано', possible: 'можливо', cancelled: 'скасовано',
  },
  media: ['Дивитися на {site}', 'Слухати на {site}', 'Відкрити {site}', 'Відтворити тут (завантажить {site})'],
  eras: 'Періоди: {list}.', era: 'Період: {label}, {date}',
  loadFailed: 'Не вдалося завантажити хронологію з {url}: {reason}.',
  loadNetwork: 'помилка мережі', loadHttp: 'сервер відповів {status}', loadEmpty: 'файл порожній', loadJson: 'файл не є коректним JSON', loadTooBig: 'файл більший за {max} МБ — це межа для хронології',
  loadInline: 'Вбудовані дані хронології (<script type="application/json">) не є коректним JSON.',
};

export default uk;
