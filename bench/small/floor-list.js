// The least a script can do with the data: fetch ?data= (our JSON) and list its events, each date said by
// one Intl formatter (the first Intl formatter a page makes loads the locale data: part of every floor
// that says dates in the reader's language).
const data = await (await fetch(new URLSearchParams(location.search).get('data'))).json();
const say = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const list = document.createElement('ol');
for (const event of data.events) {
  const day = /^\d{4}-\d{2}-\d{2}$/.test(event.date) ? say.format(new Date(event.date)) : event.date;
  const item = document.createElement('li');
  item.textContent = `${day}: ${event.title}`;
  list.append(item);
}
document.querySelector('main').append(list);
window.drawn(); // bench/small/probe.js
