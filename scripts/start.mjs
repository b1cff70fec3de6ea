// npm start: build, package, and open the examples in a real VS Code with the extension installed.
// Uses the user's `code` when it is on PATH; otherwise code-server (installed into .tools/ on first
// use) in the browser on 127.0.0.1, printing the address. Ctrl+C stops code-server and its children.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync, existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { packageExtension } from './package.mjs';
import { ensureAptPackages, ensureCodeServer, ensureNode24, findCodeOnPath, node24Environment, repoRoot, toolsDir } from './tools.mjs';

function step(message) {
  process.stdout.write(`\n> ${message}\n`);
}

function build() {
  step('Building (production bundles)');
  const result = spawnSync(process.execPath, [join(repoRoot, 'esbuild.mjs'), '--production'], { cwd: repoRoot, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

function freePort(preferred) {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => {
      const fallback = createServer();
      fallback.listen(0, '127.0.0.1', () => {
        const { port } = fallback.address();
        fallback.close(() => resolve(port));
      });
    });
    server.listen(preferred, '127.0.0.1', () => server.close(() => resolve(preferred)));
  });
}

async function withCode(code, vsix) {
  step(`Installing ${vsix} into VS Code (${code})`);
  const install = spawnSync(code, ['--install-extension', vsix, '--force'], { stdio: 'inherit' });
  if (install.status !== 0) process.exit(install.status ?? 1);
  step('Opening the examples');
  spawnSync(code, [join(repoRoot, 'examples'), join(repoRoot, 'examples', 'pickup-order.asl.json')], { stdio: 'inherit' });
}

async function withCodeServer(vsix) {
  step('VS Code (`code`) is not on PATH: using code-server in the browser');
  ensureAptPackages();
  const nodePrefix = ensureNode24();
  const codeServer = ensureCodeServer(nodePrefix);
  const profile = join(toolsDir, 'start-profile');
  const userDir = join(profile, 'user-data', 'User');
  mkdirSync(userDir, { recursive: true });
  const settingsFile = join(userDir, 'settings.json');
  if (!existsSync(settingsFile)) {
    writeFileSync(
      settingsFile,
      JSON.stringify(
        {
          'workbench.startupEditor': 'none',
          'telemetry.telemetryLevel': 'off',
          'update.mode': 'none',
          'extensions.autoCheckUpdates': false,
          'chat.disableAIFeatures': true,
        },
        null,
        2,
      ),
    );
  }
  const env = node24Environment(nodePrefix, {
    XDG_CONFIG_HOME: join(profile, 'xdg', 'config'),
    XDG_DATA_HOME: join(profile, 'xdg', 'data'),
  });
  const profileArgs = ['--user-data-dir', join(profile, 'user-data'), '--extensions-dir', join(profile, 'extensions')];
  step('Installing the extension into code-server');
  const install = spawnSync(codeServer, [...profileArgs, '--install-extension', vsix, '--force'], { env, stdio: 'inherit' });
  if (install.status !== 0) process.exit(install.status ?? 1);
  const port = await freePort(Number(process.env.PORT) || 8080);
  const folder = join(repoRoot, 'examples');
  const server = spawn(
    codeServer,
    [
      '--bind-addr',
      `127.0.0.1:${port}`,
      '--auth',
      'none',
      ...profileArgs,
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-getting-started-override',
      folder,
    ],
    {
      env,
      detached: true,
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  const stop = () => {
    try {
      process.kill(-server.pid, 'SIGTERM');
    } catch {
      // Already stopped.
    }
  };
  process.on('SIGINT', () => {
    stop();
    process.exit(0);
  });
  process.on('SIGTERM', () => {
    stop();
    process.exit(0);
  });
  server.on('exit', (code) => process.exit(code ?? 0));
  const address = `http://127.0.0.1:${port}/?folder=${encodeURIComponent(folder)}`;
  for (let attempt = 0; attempt < 300; attempt++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/healthz`)).ok) break;
    } catch {
      // Not up yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  process.stdout.write(
    `\nASL Studio is running in code-server. Open this address in your browser:\n\n    ${address}\n\nOpen pickup-order.asl.json, then the graph (the editor title's graph button) and run it (the play button).\nPress Ctrl+C to stop.\n`,
  );
}

build();
step('Packaging');
const vsix = packageExtension();
const code = process.env.ASL_START_CODE_SERVER ? undefined : findCodeOnPath();
if (code) await withCode(code, vsix);
else await withCodeServer(vsix);
