/**
 * A usage or file problem: reported on stderr with exit code 2. In a module of its own so that the
 * commands that only read files (`asl validate`) do not load the interpreter's ports and node:crypto
 * with it (about 7 ms of every cold `asl validate`).
 */
export class UsageError extends Error {}
