// Typed access to the extension's settings (contributes.configuration in package.json). Read on use,
// so a changed setting applies to the next preview update or run without a reload.
import * as vscode from 'vscode';

export interface AslSettings {
  /** Milliseconds of quiet typing before the preview redraws. */
  previewUpdateDelay: number;
  /** Move the preview's highlight with the editor's cursor. */
  previewFollowCursor: boolean;
  /** A mock file (Step Functions Local format) to use instead of `<name>.mocks.json`. */
  runMockFile: string;
  /** A handlers file (as `asl run --handlers` takes it); loaded only in a trusted workspace. */
  runHandlers: string;
  /** How many recent inputs to offer per state machine. */
  runRecentInputs: number;
  /** Wait states really wait (true) or time is simulated (false). */
  runRealTime: boolean;
  /** Wall-clock limit of a run, in seconds. */
  runTimeoutSeconds: number;
  /** Heap limit of a run's worker, in MB. */
  runMemoryLimitMb: number;
}

export function readSettings(scope?: vscode.ConfigurationScope): AslSettings {
  const config = vscode.workspace.getConfiguration('asl', scope);
  return {
    previewUpdateDelay: clamp(config.get<number>('preview.updateDelay', 150), 0, 5000),
    previewFollowCursor: config.get<boolean>('preview.followCursor', true),
    runMockFile: config.get<string>('run.mockFile', '').trim(),
    runHandlers: config.get<string>('run.handlers', '').trim(),
    runRecentInputs: clamp(config.get<number>('run.recentInputs', 5), 0, 50),
    runRealTime: config.get<boolean>('run.realTime', false),
    runTimeoutSeconds: clamp(config.get<number>('run.timeoutSeconds', 60), 1, 86400),
    runMemoryLimitMb: clamp(config.get<number>('run.memoryLimitMb', 512), 32, 16384),
  };
}

function clamp(value: number, min: number, max: number): number {
  return Number.isFinite(value) ? Math.min(max, Math.max(min, value)) : min;
}
