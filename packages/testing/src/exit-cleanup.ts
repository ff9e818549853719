const pending = new Set<() => void>();
let hooked = false;

/**
 * Runs `fn` when this process exits, unless the returned function is called
 * first: private servers are separate processes (the postmaster even its own
 * session), so a test process that dies early must not leave them running.
 */
export function cleanupOnExit(fn: () => void): () => void {
  if (!hooked) process.once('exit', runAll);
  hooked = true;
  pending.add(fn);
  return () => void pending.delete(fn);
}

function runAll(): void {
  for (const fn of pending) {
    try {
      fn();
    } catch {
      // exiting anyway: the other servers still need their turn
    }
  }
  pending.clear();
}
