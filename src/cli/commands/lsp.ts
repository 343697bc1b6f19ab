/**
 * `pialint lsp --stdio`: the language server for editors (docs/editors.md). The LSP stack costs about
 * 190 ms to import, so it is loaded here, on demand, never by the other commands.
 */
export interface LspArgs {
  /** Talk LSP over standard input and output (the only transport for now). */
  stdio: boolean;
}

/**
 * Starts the server and returns when the connection closes. In practice the process ends first: on the
 * client's `exit` notification (or when its input closes) vscode-languageserver exits with 0 after a
 * `shutdown` request and 1 without one, as the LSP specification asks.
 */
export async function runLsp(args: LspArgs): Promise<number> {
  if (!args.stdio) {
    process.stderr.write('pialint lsp: --stdio が必要です / only --stdio is supported\n');
    return 2;
  }
  const [{ createConnection }, { startServer }] = await Promise.all([import('vscode-languageserver/node'), import('../../lsp/server.js')]);
  const connection = createConnection(process.stdin, process.stdout);
  // stdout carries the protocol: anything a library prints goes to the client's log instead.
  const toLog = (...parts: unknown[]) => connection.console.log(parts.map(String).join(' '));
  console.log = toLog;
  console.info = toLog;
  console.warn = toLog;
  console.debug = toLog;
  startServer(connection);
  const closed = new Promise<number>((resolve) => {
    connection.onExit(() => resolve(0));
  });
  connection.listen();
  return closed;
}
