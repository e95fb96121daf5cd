// bench/large-floor.js's worker: fetches the file it is sent the address of, parses it and posts back how many events it holds.
self.addEventListener('message', async (e) => {
  const data = await (await fetch(e.data)).json();
  self.postMessage(data.events.length);
});
