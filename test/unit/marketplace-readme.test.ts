// The README shipped in the .vsix is the user's: every command and setting package.json contributes
// is listed (filled in at packaging time), nothing is left as a placeholder, its screenshots exist,
// and the manifest names no placeholder repository.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

interface Manifest {
  repository?: { url?: string };
  contributes: { commands: { title: string }[]; configuration: { properties: Record<string, unknown> }[] };
}

test('the shipped README lists every command and setting, and its images exist', () => {
  const result = spawnSync(
    process.execPath,
    [
      '--input-type=module',
      '-e',
      "import { marketplaceReadme } from './scripts/marketplace-readme.mjs'; process.stdout.write(marketplaceReadme());",
    ],
    { encoding: 'utf8' },
  );
  assert.equal(result.status, 0, result.stderr);
  const readme = result.stdout;
  const manifest = JSON.parse(readFileSync('package.json', 'utf8')) as Manifest;
  for (const command of manifest.contributes.commands) assert.ok(readme.includes(command.title), command.title);
  for (const group of manifest.contributes.configuration)
    for (const setting of Object.keys(group.properties)) assert.ok(readme.includes(`\`${setting}\``), setting);
  assert.doesNotMatch(readme, /<!--|npm ci/);
  for (const [, image] of readme.matchAll(/!\[[^\]]*\]\(([^)]+)\)/g)) assert.ok(existsSync(image!), `${image} is in the repository`);
  assert.doesNotMatch(manifest.repository?.url ?? '', /example\.invalid/);
  assert.doesNotMatch(readFileSync('.vscodeignore', 'utf8'), /^!README\.md$/m);
});
