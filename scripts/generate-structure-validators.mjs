// Writes server/src/core/validation/structure/validators.generated.ts: ajv's standalone code for the
// structure rule's schemas (server/src/core/validation/structure/validatorCode.ts says why).
// Run it after changing the schemas or their field tables (structure/fields.ts, structure/schemas.ts);
// test/unit/validation/structure-validators.test.ts fails until it has run.
// Usage: node scripts/generate-structure-validators.mjs
import * as esbuild from 'esbuild';
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const structure = join(root, 'server', 'src', 'core', 'validation', 'structure');
const built = await esbuild.build({
  entryPoints: [join(structure, 'validatorCode.ts')],
  bundle: true,
  platform: 'node',
  format: 'cjs',
  write: false,
  packages: 'external',
  logLevel: 'warning',
});
const module = { exports: {} };
new Function('module', 'exports', 'require', built.outputFiles[0].text)(module, module.exports, createRequire(join(root, 'package.json')));
const target = join(structure, 'validators.generated.ts');
writeFileSync(target, module.exports.validatorModuleSource());
console.log(`wrote ${target}`);
