/** Arabic words for the component (a language pack: loaded only when a page asks for ar). */
import type { Messages } from '../messages.js';

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
  zoom: ['التكبير', 'تكبير', 'تصغير', 'عرض الكل'],
  earlier: 'أحداث سابقة', later: 'أحداث لاحقة',
  previous: 'السابق', next: 'التالي', position: '{n} من {total}', listView: 'عرض كقائمة', showing: 'المعروض: {range}',
  legend: {
    day: 'يوم', period: 'فترة', coarse: 'شهر أو فصل أو سنة', openEnd: 'نهاية مفتوحة',
    approximate: 'تقريبي', uncertain: 'غير مؤكد',
    scheduled: 'مقرر', possible: 'محتمل', cancelled: 'ملغى',
  },
  media: ['شاهد على {site}', 'استمع على {site}', 'افتح {site}', 'شغّل هنا (يُحمّل {site})'],
  eras: 'الفترات: {list}.', era: 'الفترة: {label}، {date}',
  loadFailed: 'تعذّر تحميل الخط الزمني من {url}: {reason}.',
  loadNetwork: 'فشل طلب الشبكة', loadHttp: 'أجاب الخادم {status}', loadEmpty: 'الملف فارغ', loadJson: 'الملف ليس JSON صالحًا', loadTooBig: 'الملف أكبر من {max} ميغابايت، وهو أقصى ما يقرؤه الخط الزمني',
  loadInline: 'بيانات الخط الزمني المضمّنة (<script type="application/json">) ليست JSON صالحًا.',
};

export default ar;
