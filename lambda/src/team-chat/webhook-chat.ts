import type { Logger } from '../logger';

/** Where results are posted: a team chat's channel. Posting never throws and never waits for the chat. */
export interface TeamChat {
  /** `text` may still be in the making (a read for it running): it is posted once ready, unless undefined. */
  post(text: string | Promise<string | undefined>): void;
  /** Resolves once every post so far was delivered or given up (tests, a process stopping). */
  settled(): Promise<void>;
}

export interface WebhookChatOptions {
  /** The incoming webhook (Slack, Microsoft Teams): a secret, never logged. */
  url: string;
  log: Logger;
  /** Pauses before each retry (default 1 s, 5 s, 20 s): a chat that is down for a minute still gets the post. */
  retryDelaysMs?: readonly number[];
  /** How long one attempt may take (default 5 s). */
  timeoutMs?: number;
}

const DEFAULT_RETRY_DELAYS_MS = [1000, 5000, 20_000];
const DEFAULT_TIMEOUT_MS = 5000;

/** A refusal that trying again will not change (a deleted webhook, a malformed post). */
function isFinal(status: number): boolean {
  return status >= 400 && status < 500 && status !== 408 && status !== 429;
}

/** What a failed attempt logs: never the URL (its path is the webhook's secret). */
function failureOf(error: unknown): string {
  if (!(error instanceof Error)) return 'unknown error';
  const code = error.cause instanceof Error && 'code' in error.cause ? String(error.cause.code) : undefined;
  return code ? `${error.name} (${code})` : error.name;
}

const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Posts `{ "text": … }` to an incoming webhook, the payload both Slack and Microsoft Teams
 * incoming webhooks take. A post is sent apart from the turn that made it (the turn does not
 * wait), retried with backoff on a network error, a timeout, a 5xx, 408 or 429, and given up
 * with a warning after the last retry or on any other 4xx. In Lambda a post still running when
 * the invocation returns is frozen with the process and resumes on its next invocation, like
 * the shadow publisher's retries.
 */
export class WebhookTeamChat implements TeamChat {
  private readonly pending = new Set<Promise<void>>();
  private readonly retryDelaysMs: readonly number[];
  private readonly timeoutMs: number;

  constructor(private readonly options: WebhookChatOptions) {
    this.retryDelaysMs = options.retryDelaysMs ?? DEFAULT_RETRY_DELAYS_MS;
    this.timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  }

  post(text: string | Promise<string | undefined>): void {
    const delivery = Promise.resolve(text)
      .then((ready) => (ready === undefined ? undefined : this.deliver(ready)))
      .catch((error: unknown) => this.options.log.warn('team chat post not made', { error }))
      .finally(() => this.pending.delete(delivery));
    this.pending.add(delivery);
  }

  async settled(): Promise<void> {
    while (this.pending.size > 0) await Promise.all([...this.pending]);
  }

  private async deliver(text: string): Promise<void> {
    const body = JSON.stringify({ text });
    let failure = '';
    for (let attempt = 0; attempt <= this.retryDelaysMs.length; attempt += 1) {
      if (attempt > 0) await pause(this.retryDelaysMs[attempt - 1] ?? 0);
      try {
        const response = await fetch(this.options.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body,
          signal: AbortSignal.timeout(this.timeoutMs),
        });
        await response.body?.cancel();
        if (response.ok) return;
        failure = `HTTP ${response.status}`;
        if (isFinal(response.status)) break;
      } catch (error) {
        failure = failureOf(error);
      }
    }
    this.options.log.warn('team chat post given up', { failure });
  }
}
