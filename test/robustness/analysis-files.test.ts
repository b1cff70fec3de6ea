// Issue 10, row 12: `asl validate` on folders that loop back through symbolic links, on FIFOs and
// devices named like definitions, and on huge files: it ends fast, reads each real file once, and
// says why it skipped what it skipped.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const cli = resolve('dist', 'cli.js');
const valid = JSON.stringify({ StartAt: 'A', States: { A: { Type: 'Succeed' } } });

function validate(...args: string[]): { code: number | null; signal: string | null; stdout: string; stderr: string; ms: number } {
  const started = performance.now();
  const result = spawnSync(process.execPath, [cli, 'validate', ...args], { encoding: 'utf8', timeout: 20_000 });
  return { code: result.status, signal: result.signal, stdout: result.stdout, stderr: result.stderr, ms: performance.now() - started };
}

const posix = process.platform !== 'win32';

test('row 12: a folder with symbolic links to itself is walked once per real folder', { skip: !posix }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'asl-loop-'));
  mkdirSync(join(dir, 'sub'));
  writeFileSync(join(dir, 'top.asl.json'), valid);
  writeFileSync(join(dir, 'sub', 'inner.asl.json'), valid);
  // Two links to the folder itself and one from the subfolder back up: exponential before.
  symlinkSync(dir, join(dir, 'self1'));
  symlinkSync(dir, join(dir, 'self2'));
  symlinkSync(dir, join(dir, 'sub', 'up'));
  const result = validate(dir);
  assert.equal(result.code, 0, result.stderr);
  assert.match(result.stderr, /2 files checked: 0 errors/);
  assert.ok(result.ms < 10_000, `${result.ms.toFixed(0)} ms`);
});

test('row 12: a FIFO and /dev/zero named *.asl.json are skipped in folders and refused by name, without hanging', { skip: !posix }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'asl-special-'));
  writeFileSync(join(dir, 'good.asl.json'), valid);
  const fifo = join(dir, 'pipe.asl.json');
  const mkfifo = spawnSync('mkfifo', [fifo]);
  const haveFifo = mkfifo.status === 0;
  const zero = join(dir, 'zero.asl.json');
  symlinkSync('/dev/zero', zero);

  const folder = validate(dir);
  assert.equal(folder.signal, null, 'ended by itself');
  assert.equal(folder.code, 0, folder.stderr);
  assert.match(folder.stderr, /1 file checked: 0 errors/);

  for (const path of haveFifo ? [fifo, zero] : [zero]) {
    const named = validate(path);
    assert.equal(named.signal, null, `${path} ended by itself`);
    assert.equal(named.code, 2, named.stderr);
    assert.match(named.stderr, /not a regular file/);
  }
});

test('row 12: a file over the size limit is refused with its size and the limit', () => {
  const dir = mkdtempSync(join(tmpdir(), 'asl-big-'));
  const big = join(dir, 'big.asl.json');
  writeFileSync(big, `{"StartAt": "A", "Comment": "${'x'.repeat(17 * 1024 * 1024)}", "States": {"A": {"Type": "Succeed"}}}`);
  const result = validate(big);
  assert.equal(result.code, 2);
  assert.match(result.stderr, /big\.asl\.json.*17 MiB, over the 16 MiB limit/);
  assert.ok(result.ms < 10_000, `${result.ms.toFixed(0)} ms`);
});
