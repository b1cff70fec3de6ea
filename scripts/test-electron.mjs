// npm run test:electron (opt-in): the extension-host tests in a desktop VS Code that
// @vscode/test-electron downloads. Needs network access to update.code.visualstudio.com, which CI
// machines here do not have; `npm test` runs the same tests in code-server instead.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runTests } from '@vscode/test-electron';
import { repoRoot } from './tools.mjs';

const outFile = join(repoRoot, 'out', 'e2e-exthost', 'index.js');
const bundle = spawnSync(
  join(repoRoot, 'node_modules', '.bin', 'esbuild'),
  [
    join(repoRoot, 'test', 'e2e', 'exthost', 'index.ts'),
    '--bundle',
    '--platform=node',
    '--format=cjs',
    '--target=node20',
    '--external:vscode',
    '--main-fields=module,main',
    '--log-level=warning',
    `--outfile=${outFile}`,
  ],
  { stdio: 'inherit' },
);
if (bundle.status !== 0) process.exit(bundle.status ?? 1);

// The same workspace the code-server suite builds: the examples plus the broken fixtures.
const workspace = mkdtempSync(join(tmpdir(), 'asl-electron-'));
mkdirSync(workspace, { recursive: true });
for (const file of readdirSync(join(repoRoot, 'examples'))) cpSync(join(repoRoot, 'examples', file), join(workspace, file));
writeFileSync(
  join(workspace, 'missing-next.asl.json'),
  JSON.stringify({ StartAt: 'First', States: { First: { Type: 'Pass', Next: 'NoSuchState' }, Done: { Type: 'Succeed' } } }, null, 2),
);
writeFileSync(
  join(workspace, 'broken-mocks.asl.json'),
  JSON.stringify(
    {
      StartAt: 'Call',
      States: {
        Call: { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', Parameters: { FunctionName: 'f', 'Payload.$': '$' }, End: true },
      },
    },
    null,
    2,
  ),
);
writeFileSync(
  join(workspace, 'broken-mocks.mocks.json'),
  JSON.stringify({ StateMachines: { 'broken-mocks': { TestCases: { Any: { Call: 'NoSuchResponse' } } } }, MockedResponses: {} }),
);

try {
  await runTests({
    extensionDevelopmentPath: repoRoot,
    extensionTestsPath: outFile,
    launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust'],
  });
} catch (error) {
  process.stderr.write(`Extension-host tests failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
