// What the graph and the run pane show for a replay (pure, no vscode): the recorded path painted
// as a run, the divergent state marked as failed, and a report that says where and how the local
// run parts from the record.
import type { StateMachineGraph } from '../../../server/src/core/index';
import type { ReplayResult } from '../../../server/src/core/replay/index';
import type { RunReport } from '../../webview/protocol';
import { type RunPicture, describeRun } from '../run/overlay';

type OverlayStatus = RunPicture['overlay']['status'];

function overlayStatus(status: string): OverlayStatus {
  return status === 'SUCCEEDED' || status === 'FAILED' || status === 'TIMED_OUT' || status === 'ABORTED' ? status : 'RUNNING';
}

function short(value: unknown, max = 400): string {
  const text = JSON.stringify(value) ?? 'undefined';
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

export interface ReplayPicture extends RunPicture {
  report: RunReport;
}

export function replayPicture(graph: StateMachineGraph | undefined, result: ReplayResult, title: string, source: string): ReplayPicture {
  const picture = describeRun(graph, result.recordedEvents, overlayStatus(result.recorded.status));
  const divergence = result.divergence;
  if (divergence?.state) {
    const node = graph?.nodes.find((candidate) => candidate.kind === 'state' && candidate.label === divergence.state);
    if (node) {
      const visit = picture.overlay.visited.find((candidate) => candidate.nodeId === node.id);
      if (visit) visit.status = 'failed';
      else picture.overlay.visited.push({ nodeId: node.id, status: 'failed', count: 0 });
    }
  }
  const report: RunReport = {
    status: overlayStatus(result.recorded.status),
    title: `${title} · replay: ${result.verdict === 'match' ? 'matches the record' : `diverges${divergence?.state ? ` at ${divergence.state}` : ''}`}`,
    inputSource: source,
    events: picture.events,
  };
  if (result.recorded.output !== undefined) report.output = JSON.stringify(result.recorded.output, null, 2);
  if (divergence) {
    report.error = `Diverged at recorded event ${divergence.eventId}${divergence.state ? ` (state ${divergence.state})` : ''}`;
    report.cause = `recorded ${short(divergence.recorded)}\nlocal    ${short(divergence.local)}`;
  } else {
    if (result.recorded.error !== undefined) report.error = result.recorded.error;
    if (result.recorded.cause !== undefined) report.cause = result.recorded.cause;
  }
  return { ...picture, report };
}
