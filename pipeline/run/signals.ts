// Stopping on a signal, shared by `run`, the queue's enqueuing run and `worker`.

export interface StopSources {
  /** Listen for SIGINT and SIGTERM (default true; tests that share a process turn it off). */
  handleSignals?: boolean;
  /** A caller's abort signal, treated as a stop request like SIGTERM. */
  signal?: AbortSignal;
}

/**
 * Calls `stop` with the signal's name on SIGINT, SIGTERM or the caller's abort ("abort"); returns
 * the function that stops listening, for a `finally`.
 */
export function onStopRequest(stop: (sig: string) => void, from: StopSources): () => void {
  const onInt = (): void => stop('SIGINT');
  const onTerm = (): void => stop('SIGTERM');
  const onAbort = (): void => stop('abort');
  if (from.handleSignals !== false) {
    process.on('SIGINT', onInt);
    process.on('SIGTERM', onTerm);
  }
  from.signal?.addEventListener('abort', onAbort);
  return () => {
    process.off('SIGINT', onInt);
    process.off('SIGTERM', onTerm);
    from.signal?.removeEventListener('abort', onAbort);
  };
}
