// How the language server process is started, shared by the VS Code client, the benchmark and the
// README's instructions for other editors.

/**
 * Node flags for the server. A small young generation keeps the resident memory of a server holding a
 * large module near its live data (the default reserves tens of MB the server rarely needs), at no
 * measurable cost in latency.
 */
export const SERVER_NODE_FLAGS: readonly string[] = ['--max-semi-space-size=2'];
