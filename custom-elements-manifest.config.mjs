// The Custom Elements Manifest (packages/components/custom-elements.json), generated from the
// elements' JSDoc by `npm run manifest` (`cem analyze --litelement`). It feeds Storybook's argument
// tables and docs pages, IDEs and CMS integrations; test/build/manifest.test.ts fails when it is stale.
export default {
  globs: ['packages/components/src/**/*.ts'],
  exclude: [
    'packages/components/src/**/*.test.ts',
    'packages/components/src/**/*.d.ts',
    // Styles and translation tables carry no API, only kilobytes of CSS and text in the manifest.
    'packages/components/src/**/*.styles.ts',
    'packages/components/src/**/*.i18n.ts',
  ],
  outdir: 'packages/components',
  litelement: true,
  dependencies: false,
  // The `customElements` field is written by hand into packages/components/package.json.
  packagejson: false,
  plugins: [
    {
      // The analyzer lists modules in the order its file search returns them, which varies:
      // sort them, so the file only changes when the API does.
      name: 'konzept-sort-modules',
      packageLinkPhase({ customElementsManifest }) {
        customElementsManifest.modules.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
      },
    },
  ],
};
