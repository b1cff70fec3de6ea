// dist/debugAdapter.js: the ASL debug adapter, speaking the Debug Adapter Protocol over stdin and
// stdout. The execution runs in a worker thread (runtime.ts), so this thread always hears "stop"
// and "pause" and answers the client, whatever the machine is doing; the process exits when the
// client disconnects or goes away.
import { DebugSession } from '@vscode/debugadapter';
import { AslDebugSession } from './session';

DebugSession.run(AslDebugSession);
// A client that vanishes without a disconnect request must not leave the process (or a paused run) behind.
process.stdin.on('end', () => process.exit(0));
