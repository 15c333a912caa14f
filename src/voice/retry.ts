/** Retrying a request to a paid service: transient failures wait (as long as the server asks) and try again. */

export interface RetryPolicy {
  /** Retries after the first attempt. */
  maxRetries: number;
  /** The first wait when the server names none; doubled each time, with a little jitter. */
  baseDelayMs: number;
  /** No wait is longer, whatever the server asks. */
  maxDelayMs: number;
}

/** Whether a failure is worth another attempt, and how long the server asked us to wait. */
export type Verdict = {retry: false} | {retry: true; afterMs?: number};

export function retryDelayMs(verdict: {afterMs?: number}, retry: number, policy: RetryPolicy): number {
  const backoff = policy.baseDelayMs * 2 ** retry * (1 + Math.random() * 0.2);
  return Math.min(policy.maxDelayMs, verdict.afterMs ?? backoff);
}

/**
 * Runs `attempt` until it succeeds, `classify` says a failure is final, or the retries run out; then throws the
 * last error. `onRetry` hears about every wait.
 */
export async function withRetries<T>(
  attempt: () => Promise<T>,
  classify: (error: unknown) => Verdict,
  policy: RetryPolicy,
  onRetry?: (error: unknown, delayMs: number, retry: number) => void,
): Promise<T> {
  for (let retry = 0; ; retry++) {
    try {
      return await attempt();
    } catch (error) {
      const verdict = classify(error);
      if (!verdict.retry || retry >= policy.maxRetries) throw error;
      const delay = retryDelayMs(verdict, retry, policy);
      onRetry?.(error, delay, retry + 1);
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }
}
