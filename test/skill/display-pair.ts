import { expect } from 'vitest';
import { z } from 'zod';
import { aplDocumentProblems, renderedScreens, type Screen } from '../../lambda/src/skill/display';
import {
  assertResponseSize,
  type EchoScreen,
  MAX_RESPONSE_BYTES,
  SimulatedEchoDevice,
  type Turn,
} from '../../local/alexa';
import { type SkillUnderTest, skillUnderTest, TEST_SKILL_ID } from '../support/skill-device';

const cardSchema = z.object({ type: z.literal('Simple'), title: z.string(), content: z.string() });

export type ShownCard = z.infer<typeof cardSchema>;

/** What one answer showed: its screen (checked: every binding resolves), its card, its words. */
export interface Shown {
  speech: string;
  screen?: Screen;
  card?: ShownCard;
  turn: Turn;
}

/** Reads what an answer shows, checking it draws at most one well-formed screen within 24 KB. */
export function shownBy(turn: Turn): Shown {
  expect(assertResponseSize(turn.response)).toBeLessThan(MAX_RESPONSE_BYTES);
  const screens = renderedScreens(turn.directives);
  expect(screens.length).toBeLessThanOrEqual(1);
  const [screen] = screens;
  if (screen) expect(aplDocumentProblems(screen)).toEqual([]);
  const card = cardSchema.optional().parse(turn.response.response.card);
  return { speech: turn.speech, turn, ...(screen ? { screen } : {}), ...(card ? { card } : {}) };
}

/**
 * An Echo Show and a voice-only Echo of the same account, on the same table: for questions that
 * change nothing, both are asked and must hear the same words and get the same card.
 */
export interface EchoPair {
  show: SkillUnderTest;
  speaker: SimulatedEchoDevice;
  /** Asks both; returns what the Show showed, after checking the speaker got the same words and card and no screen. */
  ask(utterance: string): Promise<Shown>;
}

export async function echoPair(locale: string, screen: EchoScreen): Promise<EchoPair> {
  const show = await skillUnderTest(locale, { screen });
  const speaker = new SimulatedEchoDevice({
    locale,
    skillId: TEST_SKILL_ID,
    userId: 'amzn1.ask.account.player',
    deviceId: 'amzn1.ask.device.voice-only',
    invoke: show.backend.handler,
  });
  return {
    show,
    speaker,
    async ask(utterance) {
      const onShow = shownBy(await show.say(utterance));
      const onSpeaker = shownBy(await speaker.say(utterance));
      expect(onSpeaker.speech).toBe(onShow.speech);
      expect(onSpeaker.card).toEqual(onShow.card);
      expect(onSpeaker.screen).toBeUndefined();
      expect(onSpeaker.turn.directives).toEqual([]);
      return onShow;
    },
  };
}
