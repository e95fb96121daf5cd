/** custom-elements.json (written by `npm run build` with the Custom Elements Manifest analyzer) says what the element does. */
import { expect } from '@open-wc/testing';
import { TalksTimeline } from '../../src/element/talks-timeline.js';
import { styles } from '../../src/element/talks-timeline.styles.js';
import { cardStyles } from '../../src/element/card.js';
import { istanbulData, mount, next, settle, shadow } from './fixtures.js';

interface Declaration {
  tagName?: string;
  attributes?: { name: string }[];
  events?: { name: string }[];
  cssParts?: { name: string }[];
  cssProperties?: { name: string }[];
  members?: { kind: string; name: string }[];
}

async function declaration(): Promise<Declaration> {
  const response = await fetch('/custom-elements.json');
  expect(response.ok, 'npm run build writes custom-elements.json').to.equal(true);
  const manifest = (await response.json()) as { modules: { path: string; declarations?: Declaration[] }[] };
  expect(manifest.modules.map((m) => m.path).every((p) => p.startsWith('dist/') && p.endsWith('.js'))).to.equal(true);
  return manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === 'talks-timeline')!;
}

describe('custom-elements.json', () => {
  it('lists exactly the attributes the element observes, its events and its public methods', async () => {
    const d = await declaration();
    expect(d.attributes!.map((a) => a.name).sort()).to.deep.equal([...TalksTimeline.observedAttributes].sort());
    expect(d.events!.map((e) => e.name).sort()).to.deep.equal(['talks-error', 'talks-load', 'talks-select', 'talks-update']);
    const methods = d.members!.filter((m) => m.kind === 'method').map((m) => m.name);
    expect(methods).to.include.members(['zoomTo', 'resetZoom']);
    expect(methods.filter((m) => m.startsWith('_'))).to.deep.equal([]);
    const fields = d.members!.filter((m) => m.kind === 'field').map((m) => m.name);
    expect(fields).to.include.members([
      'src',
      'refresh',
      'data',
      'events',
      'lang',
      'selected',
      'orientation',
      'view',
      'link',
      'theme',
      'zoom',
      'shownEvents',
      'issues',
    ]);
  });

  it('documents every custom property the styles read, and only those', async () => {
    const d = await declaration();
    const used = new Set([styles, cardStyles].flatMap((s) => s.cssText.match(/--talks-[a-z0-9-]+/g) ?? []));
    // --talks-track-0 stands for all six track colours.
    const documented = new Set(d.cssProperties!.map((p) => p.name));
    for (const name of used) expect(documented.has(name.replace(/^--talks-track-\d$/, '--talks-track-0')), name).to.equal(true);
    for (const name of documented) expect(used.has(name), name).to.equal(true);
  });

  it('documents the parts the element renders', async () => {
    const d = await declaration();
    const { el } = mount(1280);
    const loaded = next(el, 'talks-load');
    el.data = await istanbulData();
    await loaded;
    el.selected = 'istanbul-session-2025-06-02';
    await settle(el);
    const rendered = new Set([...shadow(el).querySelectorAll('[part]')].flatMap((n) => n.getAttribute('part')!.split(' ')));
    const documented = d.cssParts!.map((p) => p.name);
    for (const part of rendered) expect(documented, part).to.include(part);
    document.body.querySelectorAll('div').forEach((x) => x.remove());
  });
});
