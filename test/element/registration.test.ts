import { expect } from '@open-wc/testing';
import '../../src/define.js';

describe('registration', () => {
  it('a second copy (the CDN bundle after the npm build) loads without throwing and keeps the first definition', async () => {
    const first = customElements.get('talks-timeline');
    expect(first).to.not.equal(undefined);
    const errors: unknown[] = [];
    const onError = (e: ErrorEvent) => errors.push(e.error);
    window.addEventListener('error', onError);
    try {
      await import(/* @vite-ignore */ `${'/cdn/talks-timeline.js'}`);
    } finally {
      window.removeEventListener('error', onError);
    }
    expect(errors).to.deep.equal([]);
    expect(customElements.get('talks-timeline')).to.equal(first);
  });

  it('importing the package entry defines nothing (no side effect); define.js does', async () => {
    const probe = async (entry: string) => {
      const frame = document.createElement('iframe');
      frame.srcdoc = `<script type="module">import * as m from '${entry}'; window.parent.postMessage({ entry: '${entry}', exported: typeof m.TalksTimeline, defined: !!customElements.get('talks-timeline') }, '*');</script>`;
      const reply = new Promise<{ exported: string; defined: boolean }>((resolve) => {
        const on = (e: MessageEvent) => {
          if (e.data?.entry !== entry) return;
          window.removeEventListener('message', on);
          resolve(e.data);
        };
        window.addEventListener('message', on);
      });
      document.body.append(frame);
      const result = await reply;
      frame.remove();
      return result;
    };
    expect(await probe('/src/index.ts')).to.include({ exported: 'function', defined: false });
    expect(await probe('/src/define.ts')).to.include({ exported: 'function', defined: true });
  });
});
