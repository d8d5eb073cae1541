// The packages as a developer gets them: `npm pack` of each built library, unpacked into a fresh
// project, and every import path that README.md and docs/ show (`@konzept-kit/sdk/spreadsheet`,
// `@konzept-kit/components/i18n/tr.js` …) imported in plain Node and type-checked by tsc
// (module NodeNext, as a developer's project has it). Needs `npm run build` (npm test builds first).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');
const libraries = ['concept-schema', 'sdk', 'components'];
const built = libraries.every((name) => existsSync(join(root, 'packages', name, 'dist/package.json')));

/** Every `@konzept-kit/…` path the documentation imports from. */
function documentedPaths(): string[] {
  const docs = [join(root, 'README.md'), ...readdirSync(join(root, 'docs')).map((name) => join(root, 'docs', name))].filter((file) => file.endsWith('.md'));
  const paths = new Set(libraries.map((name) => `@konzept-kit/${name}`));
  for (const file of docs) {
    for (const match of readFileSync(file, 'utf8').matchAll(/(?:from\s+|import\s*\(?\s*)['"](@konzept-kit\/[^'"]+)['"]/g)) paths.add(match[1]!);
  }
  return [...paths].sort();
}

test('the documented import paths include the spreadsheet entry and a language file', () => {
  const paths = documentedPaths();
  assert.ok(paths.includes('@konzept-kit/sdk/spreadsheet'), paths.join(', '));
  assert.ok(paths.includes('@konzept-kit/components/i18n/tr.js'), paths.join(', '));
});

test(
  'every documented import path works from the packed packages (Node ESM and tsc)',
  { skip: built ? false : 'packages/*/dist not built (npm run build)' },
  () => {
    const project = mkdtempSync(join(tmpdir(), 'konzept-packed-'));
    try {
      const modules = join(project, 'node_modules');
      mkdirSync(join(modules, '@konzept-kit'), { recursive: true });
      const dependencies = new Set<string>();
      for (const name of libraries) {
        const dist = join(root, 'packages', name, 'dist');
        const [{ filename }] = JSON.parse(execFileSync('npm', ['pack', dist, '--json', '--pack-destination', project], { cwd: project, encoding: 'utf8' })) as [
          { filename: string },
        ];
        const target = join(modules, '@konzept-kit', name);
        mkdirSync(target);
        execFileSync('tar', ['-xzf', join(project, filename), '-C', target, '--strip-components=1']);
        const pkg = JSON.parse(readFileSync(join(target, 'package.json'), 'utf8')) as { dependencies?: Record<string, string> };
        for (const dep of Object.keys(pkg.dependencies ?? {})) if (!dep.startsWith('@konzept-kit/')) dependencies.add(dep);
      }
      // Third-party dependencies from this workspace (the registry is not asked); Node follows the link.
      for (const dep of [...dependencies, 'typescript']) {
        mkdirSync(join(modules, dep, '..'), { recursive: true });
        symlinkSync(join(root, 'node_modules', dep), join(modules, dep), 'dir');
      }
      writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
      const paths = documentedPaths();

      const script = paths.map((path, i) => `import * as m${i} from '${path}';\nconsole.log('${path}', Object.keys(m${i}).length);`).join('\n');
      writeFileSync(join(project, 'check.mjs'), script);
      const node = spawnSync(process.execPath, ['check.mjs'], { cwd: project, encoding: 'utf8' });
      assert.equal(node.status, 0, node.stderr);
      for (const path of paths) assert.match(node.stdout, new RegExp(`^${path.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')} \\d+$`, 'm'));

      writeFileSync(join(project, 'check.ts'), paths.map((path, i) => `import * as m${i} from '${path}';\nvoid m${i};`).join('\n'));
      const tsconfig = {
        compilerOptions: {
          module: 'NodeNext',
          moduleResolution: 'NodeNext',
          target: 'ES2022',
          lib: ['ES2023', 'DOM'],
          strict: true,
          noEmit: true,
          skipLibCheck: true,
          types: [],
        },
        files: ['check.ts'],
      };
      writeFileSync(join(project, 'tsconfig.json'), JSON.stringify(tsconfig));
      const tsc = spawnSync(process.execPath, [join(modules, 'typescript/bin/tsc'), '-p', 'tsconfig.json'], { cwd: project, encoding: 'utf8' });
      assert.equal(tsc.status, 0, tsc.stdout + tsc.stderr);
    } finally {
      rmSync(project, { recursive: true, force: true });
    }
  },
);
