// Starts code-server (a real VS Code workbench with the real Node extension host) on 127.0.0.1 with
// a fresh profile, and stops its whole process group afterwards so no extension host stays behind.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { closeSync, mkdirSync, openSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';

export interface CodeServerOptions {
  codeServer: string;
  nodePrefix: string;
  /** Fresh folder for the user data, extensions, XDG dirs and the log. */
  profileDir: string;
  /** A .vsix to install before starting, if any. */
  vsix?: string;
  /** Environment for the server and so for the extension host (e.g. where tests put artifacts). */
  extraEnv?: Record<string, string>;
}

export interface RunningCodeServer {
  port: number;
  origin: string;
  logFile: string;
  stop(): Promise<void>;
}

/** Settings that keep the workbench quiet and predictable (no welcome page, no AI, no updates). */
export const workbenchSettings = {
  'workbench.startupEditor': 'none',
  'telemetry.telemetryLevel': 'off',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': 'off',
  'update.mode': 'none',
  'workbench.enableExperiments': false,
  'chat.disableAIFeatures': true,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'workbench.auxiliaryBar.visible': false,
  'workbench.tips.enabled': false,
  'security.workspace.trust.enabled': false,
  'editor.minimap.enabled': false,
  'files.autoSave': 'off',
  'workbench.colorTheme': 'Default Dark Modern',
};

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

function environment(options: CodeServerOptions): NodeJS.ProcessEnv {
  // Without the outer npm's npm_* variables (see scripts/tools.mjs): code-server runs on Node 24.
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^npm_/i.test(name)));
  return {
    ...inherited,
    PATH: `${join(options.nodePrefix, 'bin')}:${process.env.PATH ?? ''}`,
    npm_config_nodedir: options.nodePrefix,
    XDG_CONFIG_HOME: join(options.profileDir, 'xdg', 'config'),
    XDG_DATA_HOME: join(options.profileDir, 'xdg', 'data'),
    XDG_CACHE_HOME: join(options.profileDir, 'xdg', 'cache'),
    ...options.extraEnv,
  };
}

function profileArgs(options: CodeServerOptions): string[] {
  return ['--user-data-dir', join(options.profileDir, 'user-data'), '--extensions-dir', join(options.profileDir, 'extensions')];
}

/** Waits until code-server answers its health check (it does so once the workbench is served). */
async function waitUntilHealthy(origin: string, server: ChildProcess, timeoutMillis: number): Promise<void> {
  const deadline = Date.now() + timeoutMillis;
  let exited: number | null = null;
  server.once('exit', (code) => (exited = code ?? -1));
  while (Date.now() < deadline) {
    if (exited !== null) throw new Error(`code-server exited with code ${exited} before it was ready`);
    try {
      const response = await fetch(`${origin}/healthz`);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
  throw new Error(`code-server did not become healthy within ${timeoutMillis} ms`);
}

export async function startCodeServer(options: CodeServerOptions): Promise<RunningCodeServer> {
  const userSettingsDir = join(options.profileDir, 'user-data', 'User');
  mkdirSync(userSettingsDir, { recursive: true });
  mkdirSync(join(options.profileDir, 'extensions'), { recursive: true });
  writeFileSync(join(userSettingsDir, 'settings.json'), JSON.stringify(workbenchSettings, null, 2));
  const env = environment(options);
  if (options.vsix) {
    const install = spawnSync(options.codeServer, [...profileArgs(options), '--install-extension', options.vsix], {
      env,
      encoding: 'utf8',
    });
    if (install.status !== 0) throw new Error(`Installing ${options.vsix} failed:\n${install.stdout}\n${install.stderr}`);
  }
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const logFile = join(options.profileDir, 'code-server.log');
  const log = openSync(logFile, 'a');
  const server = spawn(
    options.codeServer,
    [
      '--bind-addr',
      `127.0.0.1:${port}`,
      '--auth',
      'none',
      ...profileArgs(options),
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-workspace-trust',
      '--disable-getting-started-override',
      '--reconnection-grace-time',
      '5',
      '--vscode-option',
      'enable-smoke-test-driver',
    ],
    // detached: its own process group (setsid), so stop() can end the extension host and watchers too.
    { env, detached: true, stdio: ['ignore', log, log] },
  );
  closeSync(log);
  const exitedPromise = new Promise<void>((resolve) => server.once('exit', () => resolve()));
  const stop = async (): Promise<void> => {
    if (server.exitCode !== null || server.pid === undefined) return;
    try {
      process.kill(-server.pid, 'SIGTERM');
    } catch {
      return;
    }
    const timer = setTimeout(() => {
      try {
        process.kill(-server.pid!, 'SIGKILL');
      } catch {
        // Already gone.
      }
    }, 5000);
    await exitedPromise;
    clearTimeout(timer);
  };
  try {
    await waitUntilHealthy(origin, server, 60_000);
  } catch (error) {
    await stop();
    throw error;
  }
  return { port, origin, logFile, stop };
}
