// The CDN bundle: one self-contained, minified ES module that defines <talks-timeline>.
// (dist/ is emitted by tsc: ES modules with .d.ts and bare imports of lit and d3.)
import { fileURLToPath } from 'node:url';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

const local = (path) => fileURLToPath(new URL(path, import.meta.url));

/**
 * Parts of d3 that d3-scale's time scale imports but the timeline never uses, replaced in the
 * CDN bundle only (npm users get d3 as is): d3-time-format (for tickFormat(); every date is
 * said with Intl) and d3-interpolate's colour and string support (it drags in d3-color).
 */
const STAND_INS = {
  'd3-time-format': local('./scripts/cdn/no-time-format.js'),
  'd3-interpolate': local('./scripts/cdn/numeric-interpolate.js'),
};
const standIns = {
  name: 'cdn-stand-ins',
  resolveId(id) {
    return STAND_INS[id] ?? null;
  },
};

/** Collapse the whitespace and comments of Lit `css` templates (plain CSS, no strings with spaces). */
const minifyCss = {
  name: 'minify-css-templates',
  transform(code, id) {
    if (!id.endsWith('.styles.js')) return null;
    return {
      code: code.replace(/css`([^`]*)`/g, (_, body) => `css\`${body
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/\s+/g, ' ')
        .replace(/\s*([{}:;,>])\s*/g, '$1')
        .replace(/;}/g, '}')
        .trim()}\``),
      map: null,
    };
  },
};

export default {
  input: 'dist/define.js',
  output: {
    file: 'cdn/talks-timeline.js',
    format: 'es',
    sourcemap: true,
  },
  plugins: [
    standIns,
    minifyCss,
    nodeResolve({ browser: true }),
    terser({ ecma: 2020, module: true, compress: { passes: 2 }, format: { comments: false } }),
  ],
};
