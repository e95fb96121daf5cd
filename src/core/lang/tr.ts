/** Turkish words for the component (a language pack: loaded only when a page asks for tr). */
import type { Messages } from '../messages.js';

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
  zoom: ['Yakınlaştırma', 'Yakınlaştır', 'Uzaklaştır', 'Tümünü göster'],
  earlier: 'Önceki olaylar', later: 'Sonraki olaylar',
  previous: 'Önceki', next: 'Sonraki', position: '{n} / {total}', listView: 'Liste görünümü', showing: 'Gösterilen: {range}',
  legend: {
    day: 'gün', period: 'dönem', coarse: 'ay, mevsim veya yıl', openEnd: 'açık uç',
    approximate: 'yaklaşık', uncertain: 'belirsiz',
    scheduled: 'planlandı', possible: 'olası', cancelled: 'iptal edildi',
  },
  media: ['{site} üzerinde izle', '{site} üzerinde dinle', '{site} sitesini aç', 'Burada oynat ({site} yüklenir)'],
  eras: 'Dönemler: {list}.', era: 'Dönem: {label}, {date}',
  loadFailed: 'Zaman çizelgesi {url} adresinden yüklenemedi: {reason}.',
  loadNetwork: 'ağ isteği başarısız oldu', loadHttp: 'sunucu {status} yanıtını verdi', loadEmpty: 'dosya boş', loadJson: 'dosya geçerli bir JSON değil', loadTooBig: 'dosya {max} MB’tan büyük; bir zaman çizelgesi en fazla bu kadarını okur',
  loadInline: 'Satır içi zaman çizelgesi verisi (<script type="application/json">) geçerli bir JSON değil.',
};

export default tr;
