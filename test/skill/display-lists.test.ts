import { AttributesManagerFactory, type HandlerInput, ResponseFactory } from 'ask-sdk-core';
import type { RequestEnvelope } from 'ask-sdk-model';
import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../lambda/src/i18n/translator';
import {
  aplDocumentProblems,
  keyFiguresCard,
  keyFiguresScreen,
  type RankedList,
  rankedListCard,
  rankedListScreen,
  renderedScreens,
} from '../../lambda/src/skill/display';
import { answer } from '../../lambda/src/skill/respond';
import {
  assertResponseSize,
  ECHO_SCREENS,
  type EchoScreen,
  screenInterfaces,
  viewportOf,
} from '../../local/alexa';
import { buildEnvelope, newRequestId, newSessionId } from '../../local/alexa/envelopes';

/** A one-shot request from an Echo, with or without a screen, as the skill's handlers receive it. */
function handlerInput(locale: string, screen?: EchoScreen): HandlerInput {
  const envelope = buildEnvelope(
    {
      skillId: 'amzn1.ask.skill.babyfoot-test',
      userId: 'amzn1.ask.account.player',
      deviceId: 'amzn1.ask.device.kitchen',
      supportedInterfaces: screen ? screenInterfaces(screen) : {},
      ...(screen ? { viewport: viewportOf(screen) } : {}),
      apiEndpoint: 'https://api.amazonalexa.com',
    },
    { sessionId: newSessionId(), isNew: true, attributes: {} },
    {
      type: 'IntentRequest',
      requestId: newRequestId(),
      timestamp: '2025-03-01T20:15:30Z',
      locale,
      intent: { name: 'RankingsIntent', confirmationStatus: 'NONE' },
    },
  );
  // Over the wire, as Alexa sends it.
  const requestEnvelope: RequestEnvelope = JSON.parse(JSON.stringify(envelope));
  return {
    requestEnvelope,
    context: {},
    attributesManager: AttributesManagerFactory.init({ requestEnvelope }),
    responseBuilder: ResponseFactory.init(),
  };
}

const en = createTranslator('en-US');
const longName = 'Maximilienne-Alexandrine de la Fontaine-Beaumarchais';

/** The longest rankings a later screen could send: more rows than shown, long names, four figures. */
const crowdedRankings: RankedList = {
  title: 'Rankings',
  subtitle: 'Doubles, all time',
  nameHeader: 'Team',
  columns: ['Rating', 'Played', 'Won', 'Goals'],
  entries: Array.from({ length: 60 }, (_, index) => ({
    position: index + 1,
    name: `${longName} & ${longName} ${index}`,
    figures: [2000 - index, 120, 80 - index, 999],
  })),
};

describe('answers with a screen and a card, through answer()', () => {
  it('sends the screen only to an Echo that declares APL, with the same speech and card either way', () => {
    const speech = '<speak>Alice leads the rankings.</speak>';
    const options = {
      screen: rankedListScreen(en, crowdedRankings),
      card: rankedListCard(en, crowdedRankings),
    };

    const withScreen = answer(handlerInput('en-US', ECHO_SCREENS.show10), speech, options);
    const voiceOnly = answer(handlerInput('en-US'), speech, options);

    expect(withScreen.outputSpeech).toEqual(voiceOnly.outputSpeech);
    expect(withScreen.card).toEqual(voiceOnly.card);
    expect(renderedScreens(voiceOnly.directives ?? [])).toEqual([]);
    const [screen] = renderedScreens(withScreen.directives ?? []);
    expect(screen?.token).toBe('babyfoot.rankedList');
    expect(screen && aplDocumentProblems(screen)).toEqual([]);
  });

  it('keeps the longest ranked list and the fullest key figures under the 24 KB response limit', () => {
    const stats = {
      title: longName,
      subtitle: 'All matches, all tables',
      figures: Array.from({ length: 40 }, (_, index) => ({
        label: `${longName} ${index}`,
        value: `${index} %`,
      })),
    };
    for (const options of [
      { screen: rankedListScreen(en, crowdedRankings), card: rankedListCard(en, crowdedRankings) },
      { screen: keyFiguresScreen(en, stats), card: keyFiguresCard(en, stats) },
    ]) {
      const response = answer(
        handlerInput('en-US', ECHO_SCREENS.show15),
        '<speak>Here you go.</speak>',
        options,
      );

      expect(() => assertResponseSize({ version: '1.0', response })).not.toThrow();
    }
  });

  it('puts a standard card when the card has an image', () => {
    const card = {
      title: 'Babyfoot',
      text: 'Scan to open the scoreboard.',
      image: { smallImageUrl: 'https://example.com/s.png', largeImageUrl: 'https://example.com/l.png' },
    };

    const response = answer(handlerInput('fr-FR'), '<speak>Voilà.</speak>', { card });

    expect(response.card).toEqual({
      type: 'Standard',
      title: 'Babyfoot',
      text: 'Scan to open the scoreboard.',
      image: card.image,
    });
  });
});
