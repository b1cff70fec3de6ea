// The graph preview's analysis, in a worker thread: parsing and building the graph of a large
// machine takes from a few hundred milliseconds (5,000 states of JSON) to seconds (YAML the fast
// path does not read), which on the extension host would freeze every editor on each pause in
// typing. Here it only delays the picture. Bundled as dist/previewWorker.js.
import { parentPort } from 'node:worker_threads';
import { analyzeDocument, buildGraph, formatForFileName } from '../../../server/src/core/index';
import type { PreviewAnalysisRequest, PreviewAnalysisResponse } from './analysisProtocol';

parentPort?.on('message', (request: PreviewAnalysisRequest) => {
  const started = performance.now();
  const analyzed = analyzeDocument(request.text, formatForFileName(request.fileName));
  const problems = analyzed.document.problems;
  const hasRoot = analyzed.machine.root !== undefined;
  const response: PreviewAnalysisResponse = {
    id: request.id,
    graph: buildGraph(analyzed.machine, request.diagnostics),
    firstProblem: problems[0] ? { message: problems[0].message, offset: problems[0].offset } : undefined,
    problemCount: problems.length,
    hasRoot,
    millis: performance.now() - started,
  };
  parentPort!.postMessage(response);
});
