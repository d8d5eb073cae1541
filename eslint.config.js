// `npm run lint`: ESLint with typescript-eslint, eslint-plugin-lit and eslint-plugin-wc (as Lit's
// starter kit and Shoelace use them), then `prettier --check` (.prettierrc.json). `.ci/run` runs it
// before the tests. The rules are the plugins' recommended sets; the few changes below say why.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['**/node_modules/', 'dist/', 'packages/*/dist/', 'storybook-static/', 'coverage/', 'bench/results/', 'release/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      // `_name` marks a parameter an interface requires but this implementation does not use.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      // Control characters are matched on purpose: JSON strings, unsafe URLs, translation
      // placeholders, terminal colours.
      'no-control-regex': 'off',
      // `interface A extends B {}` is how TypeScript merges declarations (event map, translation keys).
      '@typescript-eslint/no-empty-object-type': ['error', { allowInterfaces: 'with-single-extends' }],
    },
  },
  {
    // Tests, stories and benchmarks: chai's `expect(x).to.exist` is an expression; fixtures edit raw
    // JSON; a regex with two spaces matches a table's columns as printed.
    files: ['test/**', 'stories/**', 'bench/**', '.storybook/**'],
    rules: {
      'no-regex-spaces': 'off',
      '@typescript-eslint/no-unused-expressions': 'off',
      '@typescript-eslint/no-explicit-any': 'off',
    },
  },
  {
    // The elements, their stories and tests: Lit templates and custom elements.
    files: ['packages/components/src/**/*.ts', 'stories/**/*.ts', 'test/components/**/*.ts', 'test/e2e/**/*.ts', 'bench/**/*.ts'],
    ...lit.configs['flat/recommended'],
  },
  {
    files: ['packages/components/src/**/*.ts'],
    ...wc.configs['flat/recommended'],
  },
  {
    files: ['packages/components/src/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['lit/directives/style-map.js', 'lit-html/directives/style-map.js'].map((name) => ({
            name,
            message: 'Its first render is a style="…" string, which a strict Content Security Policy blocks: use cssProps (shared/css-props.ts).',
          })),
        },
      ],
    },
  },
);
