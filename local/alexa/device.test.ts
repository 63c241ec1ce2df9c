import type { RequestEnvelope } from 'ask-sdk-model';
import { describe, expect, it } from 'vitest';
import { SimulatedEchoDevice } from './device';
import { SkillResponseError } from './response';

type Answer = Record<string, unknown>;

function speak(text: string, extra: Answer = {}, attributes: Answer = {}): Answer {
  return {
    version: '1.0',
    sessionAttributes: attributes,
    response: { outputSpeech: { type: 'SSML', ssml: `<speak>${text}</speak>` }, ...extra },
  };
}

function slotValue(request: RequestEnvelope | undefined, name: string): string | undefined {
  return request?.request.type === 'IntentRequest' ? request.request.intent.slots?.[name]?.value : undefined;
}

/** A tiny skill standing in for the real one: it answers just enough to drive the device. */
function fakeSkill() {
  const received: RequestEnvelope[] = [];
  const invoke = async (envelope: RequestEnvelope): Promise<unknown> => {
    received.push(envelope);
    const request = envelope.request;
    const attributes = envelope.session?.attributes ?? {};
    if (request.type === 'LaunchRequest')
      return speak('Bienvenue !', {
        reprompt: { outputSpeech: { type: 'PlainText', text: 'Que veux-tu faire ?' } },
        shouldEndSession: false,
      });
    if (request.type === 'SessionEndedRequest') return { version: '1.0', response: {} };
    if (request.type !== 'IntentRequest') return speak('?');
    const intent = request.intent;
    switch (intent.name) {
      case 'StartMatchIntent': {
        const red = slotValue(envelope, 'redPlayerOne');
        const blue = slotValue(envelope, 'bluePlayerOne');
        if (!red || !blue) {
          const slot = red ? 'bluePlayerOne' : 'redPlayerOne';
          return speak('Contre qui ?', {
            directives: [{ type: 'Dialog.ElicitSlot', slotToElicit: slot, updatedIntent: intent }],
            shouldEndSession: false,
          });
        }
        return speak(
          `Match entre ${red} et ${blue}.`,
          { shouldEndSession: false },
          { match: { red, blue, score: [0, 0] } },
        );
      }
      case 'GoalIntent':
        return speak(
          'But !',
          { shouldEndSession: false },
          { ...attributes, lastScorer: slotValue(envelope, 'scorer') },
        );
      case 'ScoreIntent':
        return speak(attributes.match ? 'Zéro à zéro.' : 'Aucun match.');
      case 'AbandonMatchIntent':
        if (intent.confirmationStatus === 'NONE') {
          return speak('Abandonner le match ?', {
            directives: [{ type: 'Dialog.ConfirmIntent', updatedIntent: intent }],
            shouldEndSession: false,
          });
        }
        return speak(intent.confirmationStatus === 'CONFIRMED' ? 'Match abandonné.' : 'On continue.', {
          shouldEndSession: false,
        });
      case 'AMAZON.HelpIntent':
        return speak('Dis un prénom.', {
          directives: [
            {
              type: 'Dialog.UpdateDynamicEntities',
              updateBehavior: 'REPLACE',
              types: [
                {
                  name: 'Scorer',
                  values: [{ id: 'player-9', name: { value: 'Gwenaëlle', synonyms: ['Gwen'] } }],
                },
              ],
            },
          ],
          shouldEndSession: false,
        });
      case 'AMAZON.StopIntent':
        return speak('À bientôt.', { shouldEndSession: true });
      default:
        return speak(`Intent ${intent.name}.`);
    }
  };
  return { received, invoke };
}

function frenchDevice(skill = fakeSkill()) {
  const device = new SimulatedEchoDevice({
    locale: 'fr-FR',
    skillId: 'amzn1.ask.skill.babyfoot-test',
    userId: 'amzn1.ask.account.alice',
    deviceId: 'amzn1.ask.device.kitchen',
    invoke: skill.invoke,
    now: () => new Date('2025-03-01T20:15:30.123Z'),
  });
  return { device, skill };
}

describe('SimulatedEchoDevice', () => {
  it('launches on "ouvre mon baby foot" with an envelope shaped like Alexa\'s', async () => {
    const { device, skill } = frenchDevice();
    const turn = await device.say('Alexa, ouvre mon baby foot');
    expect(turn.speech).toBe('Bienvenue !');
    expect(turn.reprompt).toBe('Que veux-tu faire ?');
    expect(turn.sessionEnded).toBe(false);
    const envelope = skill.received[0];
    expect(envelope).toMatchObject({
      version: '1.0',
      session: {
        new: true,
        application: { applicationId: 'amzn1.ask.skill.babyfoot-test' },
        user: { userId: 'amzn1.ask.account.alice' },
        attributes: {},
      },
      context: {
        System: {
          application: { applicationId: 'amzn1.ask.skill.babyfoot-test' },
          user: { userId: 'amzn1.ask.account.alice' },
          device: { deviceId: 'amzn1.ask.device.kitchen', supportedInterfaces: {} },
          apiEndpoint: 'https://api.amazonalexa.com',
        },
      },
      request: { type: 'LaunchRequest', timestamp: '2025-03-01T20:15:30Z', locale: 'fr-FR' },
    });
    expect(envelope?.session?.sessionId).toMatch(/^amzn1\.echo-api\.session\./);
    expect(envelope?.request.requestId).toMatch(/^amzn1\.echo-api\.request\./);
  });

  it('sends a one-shot request in a new session, with every slot of the intent', async () => {
    const { device, skill } = frenchDevice();
    const turn = await device.say('demande à mon baby foot de lancer un match entre Alice et Bob');
    expect(turn.speech).toBe('Match entre Alice et Bob.');
    const request = skill.received[0]?.request;
    expect(request).toMatchObject({
      type: 'IntentRequest',
      dialogState: 'STARTED',
      intent: { name: 'StartMatchIntent', confirmationStatus: 'NONE' },
    });
    if (request?.type !== 'IntentRequest') throw new Error('not an IntentRequest');
    expect(Object.keys(request.intent.slots ?? {})).toEqual([
      'redPlayerOne',
      'redPlayerTwo',
      'bluePlayerOne',
      'bluePlayerTwo',
      'mode',
      'target',
      'bestOf',
      'winBy',
      'preset',
    ]);
    expect(request.intent.slots?.target).toEqual({ name: 'target', confirmationStatus: 'NONE' });
    expect(request.intent.slots?.redPlayerOne?.resolutions?.resolutionsPerAuthority?.[0]).toMatchObject({
      authority: 'amzn1.er-authority.echo-sdk.amzn1.ask.skill.babyfoot-test.PlayerName',
      status: { code: 'ER_SUCCESS_MATCH' },
    });
  });

  it('takes a bare utterance with no session as a one-shot request', async () => {
    const { device, skill } = frenchDevice();
    await device.say('quel est le score');
    expect(skill.received[0]).toMatchObject({
      session: { new: true },
      request: { type: 'IntentRequest', intent: { name: 'ScoreIntent' } },
    });
    expect(skill.received[0]?.request).not.toHaveProperty('dialogState');
  });

  it('keeps the session and the attributes the skill returned', async () => {
    const { device, skill } = frenchDevice();
    await device.say('lance un match entre Alice et Bob');
    const turn = await device.say('quel est le score');
    expect(turn.speech).toBe('Zéro à zéro.');
    expect(skill.received[1]?.session).toMatchObject({
      new: false,
      sessionId: skill.received[0]?.session?.sessionId,
    });
    expect(skill.received[1]?.session?.attributes).toEqual({
      match: { red: 'Alice', blue: 'Bob', score: [0, 0] },
    });
    expect(turn.sessionEnded).toBe(true);
    expect(device.sessionOpen).toBe(false);
  });

  it('fills the slot a Dialog.ElicitSlot asked for, keeping the others', async () => {
    const { device, skill } = frenchDevice();
    const ask = await device.say('nouveau match');
    expect(ask.speech).toBe('Contre qui ?');
    await device.say('Alice');
    const second = skill.received[1]?.request;
    expect(second).toMatchObject({
      type: 'IntentRequest',
      dialogState: 'IN_PROGRESS',
      intent: { name: 'StartMatchIntent' },
    });
    expect(slotValue(skill.received[1], 'redPlayerOne')).toBe('Alice');
    const done = await device.say("c'est Zoé");
    expect(done.speech).toBe('Match entre Alice et Zoé.');
    expect(skill.received[2]?.request).toMatchObject({ dialogState: 'IN_PROGRESS' });
  });

  it('answers a Dialog.ConfirmIntent with yes (CONFIRMED) or no (DENIED)', async () => {
    const { device, skill } = frenchDevice();
    await device.say('ouvre mon baby foot');
    expect((await device.say('abandonne le match')).speech).toBe('Abandonner le match ?');
    expect((await device.say('oui')).speech).toBe('Match abandonné.');
    expect(skill.received[2]?.request).toMatchObject({
      intent: { name: 'AbandonMatchIntent', confirmationStatus: 'CONFIRMED' },
      dialogState: 'IN_PROGRESS',
    });
    await device.say('arrête le match');
    expect((await device.say('non')).speech).toBe('On continue.');
    expect(skill.received[4]?.request).toMatchObject({
      intent: { name: 'AbandonMatchIntent', confirmationStatus: 'DENIED' },
    });
  });

  it('uses the dynamic entities of the session, and forgets them when it ends', async () => {
    const { device, skill } = frenchDevice();
    await device.say('ouvre mon baby foot');
    await device.say('aide');
    await device.say('but pour Gwen');
    const request = skill.received[2];
    const authorities =
      request?.request.type === 'IntentRequest'
        ? request.request.intent.slots?.scorer?.resolutions?.resolutionsPerAuthority
        : [];
    expect(authorities?.[0]).toEqual({
      authority: 'amzn1.er-authority.echo-sdk.dynamic.amzn1.ask.skill.babyfoot-test.Scorer',
      status: { code: 'ER_SUCCESS_MATCH' },
      values: [{ value: { name: 'Gwenaëlle', id: 'player-9' } }],
    });
    expect(device.sessionAttributes).toEqual({ lastScorer: 'Gwen' });
    await device.say('stop');
    await device.say('but pour Gwen');
    const later = skill.received[4];
    const laterAuthorities =
      later?.request.type === 'IntentRequest'
        ? later.request.intent.slots?.scorer?.resolutions?.resolutionsPerAuthority
        : [];
    expect(laterAuthorities?.map((authority) => authority.status.code)).toEqual(['ER_SUCCESS_NO_MATCH']);
  });

  it('closes the session on shouldEndSession true and sends nothing more on end()', async () => {
    const { device, skill } = frenchDevice();
    await device.say('ouvre mon baby foot');
    const bye = await device.say('arrête');
    expect(bye.sessionEnded).toBe(true);
    expect(await device.end()).toBeUndefined();
    expect(skill.received).toHaveLength(2);
  });

  it('sends a SessionEndedRequest (USER_INITIATED) when the user leaves an open session', async () => {
    const { device, skill } = frenchDevice();
    await device.say('ouvre mon baby foot');
    const turn = await device.end();
    expect(turn?.sessionEnded).toBe(true);
    expect(skill.received[1]?.request).toMatchObject({
      type: 'SessionEndedRequest',
      reason: 'USER_INITIATED',
      locale: 'fr-FR',
    });
    expect(device.sessionOpen).toBe(false);
  });

  it('sends AMAZON.FallbackIntent for what no sample covers', async () => {
    const { device, skill } = frenchDevice();
    await device.say('ouvre mon baby foot');
    const turn = await device.say('commande une pizza');
    expect(turn.speech).toBe('Intent AMAZON.FallbackIntent.');
    expect(skill.received[1]?.request).toMatchObject({
      intent: { name: 'AMAZON.FallbackIntent', confirmationStatus: 'NONE' },
    });
  });

  it('refuses a skill answer Alexa would refuse', async () => {
    const device = new SimulatedEchoDevice({
      locale: 'en-US',
      skillId: 's',
      userId: 'u',
      deviceId: 'd',
      invoke: async () => ({ version: '1.0', response: { outputSpeech: { type: 'SSML' } } }),
    });
    await expect(device.say('open baby foot')).rejects.toThrow(SkillResponseError);
  });

  it('passes raw envelopes through untouched', async () => {
    const { device, skill } = frenchDevice();
    const answer = await device.sendRaw({ version: '1.0', request: { type: 'Nonsense' } });
    expect(answer).toEqual({
      version: '1.0',
      sessionAttributes: {},
      response: { outputSpeech: { type: 'SSML', ssml: '<speak>?</speak>' } },
    });
    expect(skill.received[0]).toEqual({ version: '1.0', request: { type: 'Nonsense' } });
  });

  it('drives an English skill the same way', async () => {
    const skill = fakeSkill();
    const device = new SimulatedEchoDevice({
      locale: 'en-GB',
      skillId: 's',
      userId: 'u',
      deviceId: 'd',
      invoke: skill.invoke,
    });
    await device.say('ask baby foot to start a match between Alice and Bob');
    expect(skill.received[0]?.request).toMatchObject({
      locale: 'en-GB',
      intent: { name: 'StartMatchIntent' },
    });
    expect(slotValue(skill.received[0], 'bluePlayerOne')).toBe('Bob');
  });

  it('keeps listening when shouldEndSession is left out but a reprompt is given', async () => {
    const answers: unknown[] = [
      {
        version: '1.0',
        response: {
          outputSpeech: { type: 'PlainText', text: 'Salut.' },
          reprompt: { outputSpeech: { type: 'PlainText', text: 'Alors ?' } },
        },
      },
      { version: '1.0', response: { outputSpeech: { type: 'PlainText', text: 'Fini.' } } },
    ];
    const device = new SimulatedEchoDevice({
      locale: 'fr-CA',
      skillId: 's',
      userId: 'u',
      deviceId: 'd',
      invoke: async () => answers.shift(),
    });
    const first = await device.say('ouvre mon baby foot');
    expect([first.speech, first.reprompt, first.sessionEnded]).toEqual(['Salut.', 'Alors ?', false]);
    const second = await device.say('qui gagne');
    expect([second.speech, second.sessionEnded]).toEqual(['Fini.', true]);
  });
});
