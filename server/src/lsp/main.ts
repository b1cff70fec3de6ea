// Entry point of dist/server.js. Transport comes from the command line (--stdio, --node-ipc,
// --socket=N), as vscode-languageclient passes it. Nothing here may write to stdout: it can be the
// transport.
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './server';

const connection = createConnection(ProposedFeatures.all);
console.log = (...args: unknown[]) => connection.console.log(args.map(String).join(' '));
console.error = (...args: unknown[]) => connection.console.error(args.map(String).join(' '));
process.on('uncaughtException', (error) => connection.console.error(`Uncaught: ${error.stack ?? error.message}`));
process.on('unhandledRejection', (reason) => connection.console.error(`Unhandled rejection: ${String(reason)}`));
startServer(connection);
