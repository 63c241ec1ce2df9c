import { z } from 'zod';
import { InvalidConfigError } from '../config';
import type { Logger } from '../logger';
import { type TeamChat, WebhookTeamChat } from './webhook-chat';

/** The team chat the operator set: its incoming webhook and the language of its messages. */
export interface TeamChatConfig {
  url: string;
  locale: string;
}

const webhook = z
  .url({ protocol: /^https?$/ })
  .refine((url) => url.startsWith('https://') || /^http:\/\/(127\.0\.0\.1|localhost)[:/]/.test(url), {
    message: 'an https:// address (http:// only on this computer, for a local receiver)',
  });

/**
 * `TEAM_CHAT_WEBHOOK_URL` (unset or empty: no team chat) and `TEAM_CHAT_LOCALE` (default
 * en-US). A bad address fails at start naming the variable, never its value: it is a secret.
 */
export function teamChatFromEnv(env: NodeJS.ProcessEnv): TeamChatConfig | undefined {
  const url = env.TEAM_CHAT_WEBHOOK_URL?.trim();
  if (!url) return undefined;
  if (!webhook.safeParse(url).success)
    throw new InvalidConfigError(
      'Invalid backend configuration: TEAM_CHAT_WEBHOOK_URL: an https:// address (http:// only on this computer, for a local receiver)',
    );
  const locale = env.TEAM_CHAT_LOCALE?.trim() || 'en-US';
  return { url, locale };
}

/** The backend's team chat for this configuration: undefined when none is set. */
export function teamChatOf(
  config: TeamChatConfig | undefined,
  log: Logger,
): { chat: TeamChat; locale: string } | undefined {
  return config && { chat: new WebhookTeamChat({ url: config.url, log }), locale: config.locale };
}
