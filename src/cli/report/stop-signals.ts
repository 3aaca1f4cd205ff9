/**
 * The signals that stop a batch from outside: Ctrl-C and `kill`. Not SIGHUP: a handler would undo
 * `nohup`, whose ignoring of it a process inherits, and stop a batch meant to outlive its terminal.
 */
const stopSignals = ['SIGINT', 'SIGTERM'] as const;

/**
 * While a batch runs, a stop signal first lets `stop` stop its workers and remove their temporary
 * files, then ends the process as the signal would have (its status says so). Without this the
 * process would die at once, its workers' temporary files left in the out-dir. Returns what
 * removes the handlers again. A second signal meanwhile ends the process at once.
 */
export function onStopSignals(stop: () => Promise<void>): () => void {
  const remove = () => {
    for (const signal of stopSignals) process.removeListener(signal, handler);
  };
  const handler = (signal: NodeJS.Signals) => {
    remove();
    void stop().finally(() => process.kill(process.pid, signal));
  };
  for (const signal of stopSignals) process.on(signal, handler);
  return remove;
}
