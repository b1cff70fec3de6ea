// dist/debugAdapter.js: the ASL debug adapter, speaking the Debug Adapter Protocol over stdin and
// stdout. It is a process of its own, so "stop" always works: the run yields to the event loop
// between states, and the process exits when the client disconnects or goes away.
import { DebugSession } from '@vscode/debugadapter';
import { AslDebugSession } from './session';

DebugSession.run(AslDebugSession);
// A client that vanishes without a disconnect request must not leave the process (or a paused run) behind.
process.stdin.on('end', () => process.exit(0));
