// Data-driven: every folder of test/fixtures/hosts holds infrastructure files in one form (SAM with
// short tags, CloudFormation long form and JSON, CDK output, Terraform, Serverless) and an
// expected.json with the machines found (name and host range) and every diagnostic (code and the
// exact host text it covers), in the files the diagnostics belong to (the host, or a followed file).
// UPDATE_EXPECTED=1 rewrites expected.json (then read the diff).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { LineIndex, isHostFileName, isCdkOutput } from '../../../server/src/core/index';
import { loadFile } from '../../../server/src/node/machineSource';

const root = join(process.cwd(), 'test', 'fixtures', 'hosts');

function hostFiles(folder: string): string[] {
  const found: string[] = [];
  for (const name of readdirSync(folder).sort()) {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) found.push(...hostFiles(path));
    else if (isHostFileName(name) || isCdkOutput(path)) found.push(path);
  }
  return found;
}

interface Expected {
  files: Record<
    string,
    {
      machines: { name: string; file: string; range: string }[];
      diagnostics: { code: string; severity: string; at: string; text: string }[];
    }
  >;
}

async function actual(folder: string): Promise<Expected> {
  const result: Expected = { files: {} };
  for (const path of hostFiles(folder)) {
    const loaded = await loadFile(path);
    const lines = new LineIndex(loaded.text);
    const where = (index: LineIndex, offset: number, length: number): string => {
      const start = index.positionAt(offset);
      const end = index.positionAt(offset + length);
      return `${start.line + 1}:${start.character + 1}-${end.line + 1}:${end.character + 1}`;
    };
    const entry = (result.files[relative(folder, path)] ??= { machines: [], diagnostics: [] });
    for (const problem of loaded.host?.result.problems ?? [])
      entry.diagnostics.push({
        code: problem.code,
        severity: 'error',
        at: where(lines, problem.offset, problem.length),
        text: loaded.text.slice(problem.offset, problem.offset + problem.length),
      });
    for (const machine of loaded.machines) {
      entry.machines.push({
        name: machine.name,
        file: relative(folder, machine.file),
        range: where(lines, machine.hostOffset, machine.hostLength),
      });
      if (machine.problem) {
        entry.diagnostics.push({
          code: machine.problem.code,
          severity: 'warning',
          at: where(lines, machine.hostOffset, machine.hostLength),
          text: '',
        });
        continue;
      }
      const inHost = machine.file === path;
      const text = inHost ? loaded.text : readFileSync(machine.file, 'utf8');
      const index = inHost ? lines : new LineIndex(text);
      const target = inHost ? entry : (result.files[relative(folder, machine.file)] ??= { machines: [], diagnostics: [] });
      if (!inHost) target.machines.push({ name: machine.name, file: relative(folder, machine.file), range: where(index, 0, text.length) });
      for (const diagnostic of machine.machine.hostDiagnostics)
        target.diagnostics.push({
          code: diagnostic.code,
          severity: diagnostic.severity,
          at: where(index, diagnostic.offset, diagnostic.length),
          text: text.slice(diagnostic.offset, diagnostic.offset + diagnostic.length),
        });
    }
  }
  return result;
}

for (const name of readdirSync(root).sort()) {
  const folder = join(root, name);
  if (!statSync(folder).isDirectory()) continue;
  test(`host fixtures: ${name}`, async () => {
    const found = await actual(folder);
    const expectedPath = join(folder, 'expected.json');
    if (process.env.UPDATE_EXPECTED || !existsSync(expectedPath)) writeFileSync(expectedPath, JSON.stringify(found, null, 2) + '\n');
    assert.deepEqual(found, JSON.parse(readFileSync(expectedPath, 'utf8')));
  });
}
