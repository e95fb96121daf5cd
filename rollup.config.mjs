// The CDN bundle: one self-contained, minified ES module that defines <talks-timeline>, and its
// language packs.
// (dist/ is emitted by tsc: ES modules with .d.ts and bare imports of lit and d3.)
import { fileURLToPath } from 'node:url';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

const local = (path) => fileURLToPath(new URL(path, import.meta.url));

/** Minify a `css` template: comments, whitespace, leading zeros (our CSS has no strings with spaces). */
const minifyCss = (text) =>
  text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{}:;,>])\s*/g, '$1')
    .replace(/;}/g, '}')
    .replace(/([^\d.])0\.(\d)/g, '$1.$2');

/**
 * Shrinks the static text of Lit's html`…`, svg`…` and css`…` templates in the CDN bundle:
 * indentation runs (whitespace with a line break) between two tags go, elsewhere they become one
 * space, which renders the same (no <pre> in our templates, and no line break between two inline
 * elements that need a space); CSS loses comments and spaces. Found with rollup's own parser.
 */
const minifyTemplates = {
  name: 'minify-lit-templates',
  transform(code, id) {
    if (!id.includes('/dist/element/')) return null;
    const edits = [];
    const visit = (node) => {
      if (!node || typeof node.type !== 'string') return;
      if (node.type === 'TaggedTemplateExpression' && ['html', 'svg', 'css'].includes(node.tag.name)) {
        for (const quasi of node.quasi.quasis) {
          const raw = code.slice(quasi.start, quasi.end);
          const min = node.tag.name === 'css' ? minifyCss(raw) : raw.replace(/>\s*\n\s*</g, '><').replace(/\s*\n\s*/g, ' ');
          if (min !== raw) edits.push([quasi.start, quasi.end, min]);
        }
      }
      for (const key of Object.keys(node)) {
        const child = node[key];
        if (Array.isArray(child)) child.forEach(visit);
        else if (child && typeof child === 'object' && key !== 'parent') visit(child);
      }
    };
    visit(this.parse(code));
    if (!edits.length) return null;
    let out = code;
    for (const [start, end, text] of edits.sort((a, b) => b[0] - a[0])) out = out.slice(0, start) + text + out.slice(end);
    return { code: out, map: null };
  },
};

/**
 * Small stand-ins, in this bundle only, for modules d3-scale imports but the time axis never runs:
 * d3-format and d3-time-format (d3-scale's tickFormat; our tick labels are Intl's) and d3-interpolate's
 * generic and colour interpolators (the axis interpolates numbers: interpolateNumber is the real one).
 * Each throws if ever called; test/embed/stand-ins.test.ts draws, zooms and pans through this bundle
 * to show that none is. dist/ keeps the real imports.
 */
const STAND_INS = ['d3-format', 'd3-time-format', 'd3-interpolate'];
const standInDir = local('./scripts/cdn-stand-ins/');
const standIns = {
  name: 'cdn-stand-ins',
  resolveId(source, importer) {
    if (!STAND_INS.includes(source) || importer?.startsWith(standInDir)) return null; // the stand-ins import the real thing
    return `${standInDir}${source}.js`;
  },
};

/**
 * d3-interpolate builds its colour, transform and zoom interpolators when it loads, in top-level
 * calls (`var rgb = (function rgbGamma…)(1)`, `var hsl_default = hsl(hue)`) that rollup cannot prove
 * pure. They are (each only makes a function); marked so, they and d3-color behind them fall away
 * when nothing uses them, as here: the stand-in above re-exports only the number interpolators.
 */
const pureInterpolatorFactories = {
  name: 'pure-interpolator-factories',
  transform(code, id) {
    if (!id.includes('/d3-interpolate/')) return null;
    return { code: code.replace(/^(var \w+ = )(?=\(function |\w+\()/gm, '$1/*#__PURE__*/'), map: null };
  },
};

/**
 * The CDN bundle's maps carry the sources that do not ship (Lit, d3, date-fns, the stand-ins), not the
 * dist/ files they were built from, which ship beside cdn/ (and whose own maps name src/, which ships too).
 */
const leanSourceMaps = {
  name: 'lean-source-maps',
  generateBundle(_options, bundle) {
    for (const file of Object.values(bundle)) {
      if (file.type !== 'asset' || !file.fileName.endsWith('.map')) continue;
      const map = JSON.parse(String(file.source));
      map.sourcesContent = map.sources.map((source, i) => (/^(\.\.\/)+dist\//.test(source) ? null : map.sourcesContent[i]));
      file.source = JSON.stringify(map);
    }
  },
};

/**
 * cdn/remote.js starts the worker beside it: `new URL('./worker.js', import.meta.url)` in the CDN build
 * (dist/ keeps the path to dist/worker/worker.js, which a user's bundler follows).
 */
const workerBeside = {
  name: 'worker-beside',
  transform(code, id) {
    if (!id.endsWith('/dist/element/remote.js')) return null;
    // (dist/element/remote.js names the worker one folder up, in dist/worker/.)
    const fromDist = /(['"])\.\.\/worker\/worker\.js\1/;
    if (!fromDist.test(code)) this.error('remote.js no longer names the worker in dist/worker/');
    return { code: code.replace(fromDist, "'./worker.js'"), map: null };
  },
};

const minify = () =>
  terser({
    ecma: 2020,
    module: true,
    compress: { passes: 3 },
    format: { comments: false },
  });

/** The CDN bundle. */
const cdnBundle = {
  input: 'dist/define.js',
  // The card and the language packs import what they share with the bundle from it (Lit, the
  // words): the bundle may export more than define.js does, rather than split into another file.
  preserveEntrySignatures: 'allow-extension',
  // d3-time builds each interval with timeInterval(); marking it pure lets the local-time
  // intervals that scaleUtc never uses (timeDay, timeSunday, …) fall away.
  treeshake: { manualPureFunctions: ['timeInterval', 'ticker'] },
  output: {
    // cdn/talks-timeline.js, plus what it fetches itself, relative to its own URL: cdn/card.js (the
    // details card, after the first paint) and the language packs in cdn/lang/ (only when a page's
    // language asks for one).
    dir: 'cdn',
    entryFileNames: 'talks-timeline.js',
    chunkFileNames: (chunk) => (chunk.moduleIds.every((id) => id.includes('/core/lang/')) ? 'lang/[name].js' : '[name].js'),
    format: 'es',
    sourcemap: true,
  },
  plugins: [leanSourceMaps, standIns, pureInterpolatorFactories, minifyTemplates, workerBeside, nodeResolve({ browser: true }), minify()],
};

/**
 * The worker that reads, validates, models and lays out large data (cdn/worker.js, started by cdn/remote.js
 * for such data only): one self-contained module with the core, the TimelineJS3 and CSV readers inside.
 */
const workerBundle = {
  input: 'dist/worker/worker.js',
  treeshake: cdnBundle.treeshake,
  output: { file: 'cdn/worker.js', format: 'es', sourcemap: true, inlineDynamicImports: true },
  plugins: [leanSourceMaps, standIns, pureInterpolatorFactories, nodeResolve({ browser: true }), minify()],
};

/**
 * The authoring page's script (demo/make.html): its own bundle of the page, the core functions it reads
 * data with, date-fns's parse and jsonc-parser, in demo/make/ (the page loads the element from cdn/).
 */
const authoringPage = {
  input: 'dist/authoring/page.js',
  output: { file: 'demo/make/make.js', format: 'es', sourcemap: true },
  plugins: [nodeResolve({ browser: true }), terser({ ecma: 2020, module: true, format: { comments: false } })],
};

export default [cdnBundle, workerBundle, authoringPage];
