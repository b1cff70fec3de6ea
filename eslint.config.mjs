// ESLint keeps the architecture's rules of direction (../shared/docs/architecture.md) and the promise
// discipline checked by a machine instead of by reviewers. Formatting is Prettier's job, not ESLint's.
// Usage: npm run lint (part of npm test).
import { builtinModules } from 'node:module';
import tseslint from 'typescript-eslint';

// Every Node built-in, bare and with the node: prefix: `fs`, `node:fs`, `fs/promises`...
const nodeBuiltins = [...builtinModules.flatMap((name) => [name, `${name}/*`]), 'node:*'];
const noNode = { group: nodeBuiltins, message: 'Node APIs come in through ports (server/src/node implements them).' };

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'dist/',
      'out/',
      '.tools/',
      'test-artifacts/',
      'bench/*/node_modules/',
      'bench/.tmp/',
      '**/*.mjs',
      '**/*.js',
    ],
  },
  {
    // Benchmarks in folders are typed against peers that only their runners (bench/*/run.mjs)
    // install, so tsconfig.json leaves them out, and so does the type-aware lint.
    ignores: ['bench/*/**/*.ts'],
  },
  {
    files: ['**/*.ts'],
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    languageOptions: {
      parser: tseslint.parser,
      // The project service finds each file's tsconfig (the root one, client/webview's, server/src/core's).
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { '@typescript-eslint': tseslint.plugin },
    rules: {
      // A promise nobody awaits loses its rejection; a promise where a boolean or void is expected is a bug.
      '@typescript-eslint/no-floating-promises': [
        'error',
        // node:test runs the tests it registers itself; their promises are the runner's to await.
        {
          allowForKnownSafeCalls: [{ from: 'package', package: 'node:test', name: ['describe', 'it', 'test', 'suite', 'before', 'after'] }],
        },
      ],
      '@typescript-eslint/no-misused-promises': 'error',
      // Type-only imports vanish from the bundles, so the webview and validation-only processes do not load what they only name.
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-explicit-any': 'error',
    },
  },
  {
    // Rule 1: the core is pure: no editor, no LSP, no Node, nothing of the adapters around it.
    files: ['server/src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['vscode', 'vscode*', 'vscode/*', 'vscode*/*'],
              message: 'The core knows no editor or LSP: convert in server/src/lsp.',
            },
            noNode,
            {
              group: ['**/lsp', '**/lsp/**', '**/cli', '**/cli/**', '**/node', '**/node/**', '**/client', '**/client/**'],
              message: 'The core imports nothing of ours outside itself; the adapters import the core.',
            },
          ],
        },
      ],
    },
  },
  {
    // Rule 5: the webview runs in a browser: its own files and, type-only, the core's graph types.
    files: ['client/webview/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            noNode,
            { group: ['vscode', 'vscode*', 'vscode/*', 'vscode*/*'], message: 'The webview talks to the extension by postMessage only.' },
            {
              regex: '(^|/)server/(?!src/core/graph/types$)',
              message: 'The webview takes only the graph types of the core (type-only).',
            },
          ],
        },
      ],
    },
  },
  {
    // Rule 4: the client reaches the core through its index (and the interpreter's, kept apart so that
    // validation-only processes never load it; see the end of server/src/core/index.ts), never the LSP.
    files: ['client/src/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '(^|/)server/src/core/(?!index$|interpreter/index$|replay/index$)',
              message:
                'Import the core through server/src/core/index (or the interpreter and the replay of recorded executions, which load it, through server/src/core/interpreter/index and server/src/core/replay/index).',
            },
            {
              group: ['**/server/src/lsp', '**/server/src/lsp/**'],
              message: 'The client talks to the server only through the language client.',
            },
          ],
        },
      ],
    },
  },
);
