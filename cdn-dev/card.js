import { i, A, d as dateTemplate, b, f as fill } from './talks-timeline.js';

/**
 * The details card of the selected event, with story mode (previous / next). A module of its own,
 * with its styles: the element fetches it after its first paint, or when an event is first
 * selected, so the drawing never waits for it.
 */
function safeHref(url) {
    return url && /^https?:\/\//i.test(url) ? url : null;
}
function detailsTemplate(item, track, words, onClose, story) {
    const e = item.event;
    const status = words.status[item.status];
    const onKey = (e) => {
        if (e.key === 'Escape') {
            e.preventDefault();
            onClose();
        }
    };
    return b `<article class="card" part="details" aria-labelledby="details-title" @keydown=${onKey}><header><p class="card-meta"> ${dateTemplate(item.dateParts)}${status ? b ` · <span class="status ${item.status}">${status}</span>` : A}${track?.label ? b ` · <span class="track">${track.label}</span>` : A} </p><h3 id="details-title">${e.title}</h3></header> ${e.summary ? b `<p class="summary-text">${e.summary}</p>` : A} ${e.details?.length ? b `<div class="detail-lists">${e.details.map((d) => b `<section class="detail"><h4>${d.heading}</h4><ul>${d.items.map((i) => b `<li>${i}</li>`)}</ul></section>`)}</div>` : A} <dl class="facts"> ${e.location ? b `<div><dt>${words.location}</dt><dd>${e.location}</dd></div>` : A} ${e.participants?.length ? b `<div><dt>${words.participants}</dt><dd>${e.participants.join(', ')}</dd></div>` : A} ${e.sources?.length ? b `<div><dt>${e.sources.length > 1 ? words.sources : words.source}</dt><dd>${e.sources.map((s, i) => {
        const href = safeHref(s.url);
        return b `${i ? '; ' : ''}${href ? b `<a href=${href} rel="noopener noreferrer">${s.name}</a>` : s.name}`;
    })}</dd></div>` : A} </dl><div class="story"><button type="button" class="previous" part="previous-button" ?disabled=${!story.index} @click=${() => story.step(-1)}>${words.previous}</button><span class="position">${fill(words.position, { n: story.index + 1, total: story.total })}</span><button type="button" class="next" part="next-button" ?disabled=${story.index >= story.total - 1} @click=${() => story.step(1)}>${words.next}</button></div><button type="button" class="close" part="close-button" @click=${onClose}>${words.close}</button></article>`;
}
const cardStyles = i ` .story{display:flex;align-items:center;margin-top:1em;gap:.75em;font-size:.875em;color:var(--_muted)}.story button{font-size:1em}.events.vertical .card header,.events.vertical .summary-text{padding-inline-end:0}.events.vertical .card{padding-top:2.2em}.card{position:relative;background:var(--_card);border-top:3px solid var(--_text);padding:var(--talks-card-padding,.75em 1em 1em)}.card header,.summary-text{max-width:44em;padding-inline-end:4em}.detail-lists{display:grid;grid-template-columns:repeat(auto-fit,minmax(17em,1fr));column-gap:2em}.card h3{font-size:1.125em;margin:.1em 0 .5em;line-height:1.3}.card-meta{margin:0;font-size:.875em;color:var(--_muted)}.card .status{text-transform:uppercase;letter-spacing:.04em;font-size:.9em}.card h4{font-size:.9375em;margin:1em 0 .25em}.card ul{margin:0;padding-left:1.25em}.card li{margin:.15em 0}.facts{margin:1em 0 0;font-size:.875em}.facts div{display:flex;gap:.5em}.facts dt{font-weight:700;min-width:7em}.facts dd{margin:0}button.close{position:absolute;top:.5em;inset-inline-end:.5em}`;

export { cardStyles, detailsTemplate };
//# sourceMappingURL=card.js.map
