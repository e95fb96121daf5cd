import { expect } from '@open-wc/testing';
import { embedSnippet, TEMPLATE_TSV, timelineJson } from '../../src/authoring/output.js';
import { readAuthoring } from '../../src/authoring/read.js';
import type { TimelineData } from '../../src/core/types.js';
import { validate } from '../../src/core/validate.js';

const SCRIPT = 'https://example.org/cdn/talks-timeline.js';

describe('authoring: what the page gives', () => {
  it('the template is our columns and two example rows, read with no problems', async () => {
    expect(TEMPLATE_TSV.split('\n')[0]).to.equal('id\tdate\ttitle\tsummary\ttrack');
    const result = await readAuthoring(TEMPLATE_TSV, 'en-GB');
    expect([result.kind, result.drawn, result.problems.length]).to.deep.equal(['tsv', 2, 0]);
    expect(result.data!.events.map((e) => e.id)).to.deep.equal(['example-1', 'example-2']);
  });

  it("the JSON file: the options' title and language, a track for each track named, coloured as chosen; it validates to the same events", async () => {
    const text = 'id\tdate\ttitle\ttrack\na\t2025-05-16\tA\tTalks\nb\t2025-06\tB\tStatements\nc\t2025\tC\tTalks\nd\t2026\tD\t';
    const { data } = await readAuthoring(text, 'en-GB');
    const json = timelineJson(data!, {
      title: ' My timeline ',
      lang: 'uk',
      trackColors: { Talks: '#1f5fa8', Statements: 'url(javascript:alert(1))', Other: '#000' },
    });
    expect(json).to.match(/^\{\n {2}"title": "My timeline",\n {2}"lang": "uk",\n/);
    const parsed = JSON.parse(json) as TimelineData;
    expect(parsed.tracks).to.deep.equal([
      { id: 'Talks', label: 'Talks', color: '#1f5fa8' },
      { id: 'Statements', label: 'Statements' },
    ]);
    const again = validate(parsed);
    expect(again.issues).to.deep.equal([]);
    expect(again.data.events).to.deep.equal(data!.events);
  });

  it("the bundled data's JSON keeps its tracks, eras and events, and validates with no issues", async () => {
    const text = await (await fetch('/data/istanbul-talks.json')).text();
    const { data } = await readAuthoring(text, 'en-GB');
    const json = timelineJson(data!, { trackColors: { prisoners: 'rgb(200 40 40)' } });
    const parsed = JSON.parse(json) as TimelineData;
    const original = JSON.parse(text) as TimelineData;
    expect([parsed.title, parsed.lang]).to.deep.equal([original.title, original.lang]);
    expect(parsed.tracks!.map((t) => [t.id, t.color])).to.deep.equal([
      ['negotiations', undefined],
      ['prisoners', 'rgb(200 40 40)'],
      ['statements', undefined],
    ]);
    const again = validate(parsed);
    expect(again.issues).to.deep.equal([]);
    expect(again.data.events).to.deep.equal(validate(original).data.events);
    expect(again.data.eras).to.deep.equal(original.eras);
  });

  it('the embed snippet: only what differs from the defaults, attribute values escaped', () => {
    expect(embedSnippet({ scriptUrl: SCRIPT, dataUrl: 'timeline.json', theme: 'auto', view: 'timeline', link: false })).to.equal(
      `<script type="module" src="${SCRIPT}"></script>\n<talks-timeline src="timeline.json"></talks-timeline>`,
    );
    expect(embedSnippet({ scriptUrl: SCRIPT, dataUrl: 'timeline.json', lang: 'uk', theme: 'dark', view: 'list', link: true })).to.equal(
      `<script type="module" src="${SCRIPT}"></script>\n<talks-timeline src="timeline.json" lang="uk" theme="dark" view="list" link></talks-timeline>`,
    );
    const snippet = embedSnippet({ scriptUrl: 'https://x.test/a.js?a=1&b="2"', dataUrl: '"><script>alert(1)</script>', lang: 'en\'"' });
    expect(snippet).to.contain('src="https://x.test/a.js?a=1&amp;b=&quot;2&quot;"');
    expect(snippet).to.contain('src="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"');
    expect(snippet).to.contain('lang="en&#39;&quot;"');
    const parsed = new DOMParser().parseFromString(snippet, 'text/html');
    const element = parsed.querySelector('talks-timeline')!;
    expect(element.getAttribute('src')).to.equal('"><script>alert(1)</script>');
    expect(parsed.querySelectorAll('script')).to.have.length(1);
  });
});
