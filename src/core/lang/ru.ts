/** Russian words for the component (a language pack: loaded only when a page asks for ru). */
import type { Messages } from '../messages.js';
import { genitiveMonth } from './genitive.js';

const ru: Messages = {
  about: 'около %', possibly: 'возможно, %', possiblyAbout: 'возможно, около %',
  after: 'после %', before: 'до %', from: 'с %', until: 'до %',
  seasons: ['весна', 'лето', 'осень', 'зима'], decade: '%-е', monthInPhrase: genitiveMonth,
  events: { one: '{n} событие', few: '{n} события', many: '{n} событий', other: '{n} события' },
  summaryRange: '{events}: {from} – {to}', summaryTracks: { one: ', {n} дорожка', few: ', {n} дорожки', many: ', {n} дорожек', other: ', {n} дорожки' },
  summaryOne: '1 событие, {date}', noEvents: 'Событий нет',
  eventList: 'События по дате', loading: 'Загрузка хронологии…', close: 'Закрыть',
  location: 'Место', participants: 'Участники', source: 'Источник', sources: 'Источники',
  status: { occurred: '', scheduled: 'запланировано', possible: 'возможно', cancelled: 'отменено' },
  dropped: { other: 'Не удалось показать событий: {dropped} из {total}.' },
  problems: { one: 'В данных найдена 1 проблема; все события показаны.', few: 'В данных найдено {n} проблемы; все события показаны.', other: 'В данных найдено {n} проблем; все события показаны.' },
  legendTitle: 'Условные обозначения',
  zoom: ['Масштаб', 'Увеличить', 'Уменьшить', 'Показать всё'],
  earlier: 'Предыдущие события', later: 'Следующие события',
  previous: 'Предыдущее', next: 'Следующее', position: '{n} из {total}', listView: 'Списком', showing: 'Показано: {range}',
  legend: {
    day: 'день', period: 'период', coarse: 'месяц, сезон или год', openEnd: 'открытый конец',
    approximate: 'приблизительно', uncertain: 'неточно',
    scheduled: 'запланировано', possible: 'возможно', cancelled: 'отменено',
  },
  media: ['Смотреть на {site}', 'Слушать на {site}', 'Открыть {site}', 'Воспроизвести здесь (загрузит {site})'],
  eras: 'Периоды: {list}.', era: 'Период: {label}, {date}',
  loadFailed: 'Не удалось загрузить хронологию из {url}: {reason}.',
  loadNetwork: 'ошибка сети', loadHttp: 'сервер ответил {status}', loadEmpty: 'файл пуст', loadJson: 'файл не является корректным JSON', loadTooBig: 'файл больше {max} МБ — это предел для хронологии',
  loadInline: 'Встроенные данные хронологии (<script type="application/json">) не являются корректным JSON.',
};

export default ru;
