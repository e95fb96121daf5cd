// The Custom Elements Manifest (custom-elements.json) of <talks-timeline>, from its TypeScript source and
// JSDoc (@fires, @csspart, @cssprop) by @custom-elements-manifest/analyzer: `npm run build` writes it.

/**
 * What the analyzer cannot tell from the source alone: Lit's internal reactive state (`_name`,
 * `state: true`) has no attribute and is not API, protected Lit hooks are not API, and the
 * events are the documented `talks-*` ones (the private `_emit(type, …)` helper is not an event).
 */
function publicApiOnly() {
  return {
    name: 'public-api-only',
    packageLinkPhase({ customElementsManifest }) {
      // Modules as published: dist/*.js, not the TypeScript source.
      const published = (node) => {
        for (const [key, value] of Object.entries(node)) {
          if (typeof value === 'string' && (key === 'path' || key === 'module') && /^\/?src\/.*\.[tj]s$/.test(value)) {
            node[key] = value.replace(/^\/?src\//, 'dist/').replace(/\.ts$/, '.js');
          } else if (value && typeof value === 'object') published(value);
        }
      };
      published(customElementsManifest);
      for (const mod of customElementsManifest.modules) {
        for (const d of mod.declarations ?? []) {
          if (d.attributes) d.attributes = d.attributes.filter((a) => !a.name.startsWith('_'));
          if (d.members)
            d.members = d.members.filter(
              (m) => !m.name.startsWith('_') && !m.name.startsWith('#') && m.privacy !== 'private' && m.privacy !== 'protected',
            );
          if (d.events) d.events = d.events.filter((e) => e.name?.startsWith('talks-'));
        }
      }
    },
  };
}

export default {
  globs: ['src/define.ts', 'src/element/talks-timeline.ts'],
  outdir: '.',
  litelement: true,
  plugins: [publicApiOnly()],
};
