// The README shipped in the .vsix (what a user reads in the Extensions view): marketplace/README.md
// with its Commands and Settings sections filled in from package.json, so every command and setting
// any part of the extension contributes is listed once, from the one place that declares it.
// The developer README (set-up, tests, layout) stays in the repository.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { repoRoot } from './tools.mjs';

function escapeCell(text) {
  return String(text).replace(/\|/g, '\\|').replace(/\n+/g, ' ');
}

export function marketplaceReadme(manifest = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8'))) {
  const template = readFileSync(join(repoRoot, 'marketplace', 'README.md'), 'utf8');
  const contributes = manifest.contributes ?? {};
  const commands = (contributes.commands ?? [])
    .map((command) => `| ${escapeCell(`${command.category ? `${command.category}: ` : ''}${command.title}`)} |`)
    .join('\n');
  const groups = Array.isArray(contributes.configuration) ? contributes.configuration : [contributes.configuration ?? {}];
  const settings = groups
    .flatMap((group) => Object.entries(group.properties ?? {}))
    .map(([name, property]) => {
      const description = property.markdownDescription ?? property.description ?? '';
      const fallback = property.default === undefined ? '' : `\`${JSON.stringify(property.default)}\``;
      return `| \`${name}\` | ${fallback} | ${escapeCell(description)} |`;
    })
    .join('\n');
  const filled = template
    .replace(/<!-- commands:[^>]*-->/, `In the Command Palette (F1):\n\n| Command |\n| --- |\n${commands}`)
    .replace(
      /<!-- settings:[^>]*-->/,
      `Under "ASL" in the Settings editor:\n\n| Setting | Default | What it does |\n| --- | --- | --- |\n${settings}`,
    );
  if (filled.includes('<!--')) throw new Error('marketplace/README.md has a placeholder this script does not fill');
  return filled;
}

/** Writes the filled README where vsce's --readme-path reads it; returns its path. */
export function writeMarketplaceReadme(outFile = join(repoRoot, 'dist', 'README.md')) {
  mkdirSync(dirname(outFile), { recursive: true });
  writeFileSync(outFile, marketplaceReadme());
  return outFile;
}
