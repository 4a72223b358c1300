// Lint: typescript-eslint's recommended rules plus the one-way dependency rule of docs/DESIGN.md §1:
// core imports nothing of the others (and nothing of Node); addon never imports local or sidebar;
// sidebar reaches the server only through types (its typed RPC wrapper) and the shared core.
import tseslint from 'typescript-eslint';

const nodeBuiltins = ['fs', 'path', 'os', 'crypto', 'child_process', 'http', 'url', 'vm', 'util', 'stream', 'zlib'];

export default tseslint.config(
  { ignores: ['dist/**', 'dist-local/**', 'node_modules/**', 'coverage/**', 'tests/artifacts/**', 'playground/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: nodeBuiltins,
          patterns: [
            { group: ['node:*'], message: 'src/core is pure: no Node APIs.' },
            {
              group: ['**/addon/**', '**/local/**', '**/sidebar/**', 'exceljs', 'preact*'],
              message: 'src/core imports nothing from the other layers.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/addon/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: nodeBuiltins,
          patterns: [
            { group: ['node:*'], message: 'Code.js runs in Apps Script: no Node APIs.' },
            {
              group: ['**/local/**', '**/sidebar/**', 'exceljs', 'preact*'],
              message: 'src/addon depends on src/core only.',
            },
            {
              // Inside src/addon/book a file imports its neighbours as './x', which this does not match.
              group: ['**/book/*'],
              message: 'Import the workbook layer from its index (src/addon/book/index.ts, see its README).',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['sidebar/**/*.ts', 'sidebar/**/*.tsx'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/local/**', 'node:*'], message: 'The sidebar runs in the browser.' },
            {
              group: ['**/src/addon/**'],
              allowTypeImports: true,
              message: 'The sidebar reaches the server only through google.script.run (type imports are fine).',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // Tests call the add-on through the typed callers of src/local/addon.ts, so a renamed or retyped
    // entry point fails their type-check. tests/runtime calls its own fixture scripts by name, not the
    // add-on's.
    files: ['tests/**/*.ts', 'tests/**/*.tsx'],
    ignores: ['tests/runtime/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector:
            "CallExpression[callee.property.name=/^(call|tryCall|callFromClient)$/][arguments.0.type='Literal']",
          message: 'Call the add-on through callRpc, callMenu, callCli or tryCli (src/local/addon.ts).',
        },
      ],
    },
  },
);
