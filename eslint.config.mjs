// ESLint: typescript-eslint for the TypeScript, eslint-plugin-lit and eslint-plugin-wc for the element. `npm run lint`.
import js from '@eslint/js';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'cdn/', 'cdn-dev/', 'node_modules/', '.readme-check/', 'test/fixtures/', 'docs/', 'screenshots/', 'demo/make/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      // `_name` is how an unused argument says it is unused on purpose.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  { files: ['src/element/**/*.ts', 'test/**/*.ts'], ...lit.configs['flat/recommended'] },
  { files: ['src/element/**/*.ts'], ...wc.configs['flat/best-practice'] },
  {
    // Chai's property assertions (`expect(x).to.exist`) are expressions by design.
    files: ['test/**/*.ts'],
    rules: { '@typescript-eslint/no-unused-expressions': 'off' },
  },
);
