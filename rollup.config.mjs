// The CDN bundle: one self-contained, minified ES module that defines <talks-timeline>.
// (dist/ is emitted by tsc: ES modules with .d.ts and bare imports of lit and d3.)
import { fileURLToPath } from 'node:url';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

const noTimeFormat = fileURLToPath(new URL('./scripts/cdn/no-time-format.js', import.meta.url));

/** d3-scale's time scales import d3-time-format for tickFormat(), which we never call. */
const withoutD3TimeFormat = {
  name: 'without-d3-time-format',
  resolveId(id) {
    return id === 'd3-time-format' ? noTimeFormat : null;
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
    withoutD3TimeFormat,
    nodeResolve({ browser: true }),
    terser({ ecma: 2020, module: true, format: { comments: false } }),
  ],
};
