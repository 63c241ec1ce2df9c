import { describe, expect, it } from 'vitest';
import { skillUnderTest } from '../support/skill-device';

describe('bad input, in English: a clear answer and nothing changed', () => {
  it('refuses a malformed envelope and a request from another skill without touching the table', async () => {
    const skill = await skillUnderTest('en-US');
    const malformed = await skill.device.sendRaw({
      version: '1.0',
      request: { type: 'IntentRequest', locale: 'en-US' },
    });
    expect(JSON.stringify(malformed)).toContain("Sorry, I couldn't read that request.");

    const first = await skill.say('ask baby foot to start a match between Alice and Bob');
    const foreign = structuredClone(first.request);
    foreign.context.System.application.applicationId = 'amzn1.ask.skill.someone-else';
    foreign.request = { ...foreign.request, requestId: 'amzn1.echo-api.request.foreign' };
    // Refused as the ASK SDK's skill-ID check refuses it: the invocation fails, nothing is said.
    await expect(skill.device.sendRaw(foreign)).rejects.toThrow(/Skill ID verification failed/);
    expect((await skill.stored()).version).toBe(1);
  });

  it('answers System.ExceptionEncountered with an empty response, as Alexa requires', async () => {
    const skill = await skillUnderTest('en-US');
    const first = await skill.say('ask baby foot to start a match between Alice and Bob');
    const exception = structuredClone(first.request);
    exception.request = {
      type: 'System.ExceptionEncountered',
      requestId: 'amzn1.echo-api.request.exception',
      timestamp: new Date().toISOString(),
      locale: 'en-US',
      error: { type: 'INVALID_RESPONSE', message: 'The response is invalid' },
      cause: { requestId: first.request.request.requestId },
    } as unknown as typeof exception.request;

    const answer = await skill.device.sendRaw(exception);

    expect(answer).toMatchObject({ version: '1.0', response: {} });
    expect(JSON.stringify(answer)).not.toContain('outputSpeech');
    expect(skill.log.lines).toContainEqual(
      expect.objectContaining({
        message: 'Alexa refused a response',
        error: expect.objectContaining({ type: 'INVALID_RESPONSE' }),
      }),
    );
    expect((await skill.stored()).version).toBe(1);
  });

  it('speaks any name safely, even one with SSML special characters', async () => {
    const skill = await skillUnderTest('en-US');
    await skill.say('open baby foot');
    await skill.say('start a match');
    await skill.say('Tom');
    const started = await skill.say('Jerry');
    expect(started.speech).toMatch(/^Match on! Red: Tom\. Blue: Jerry\./);
    // A stored name with markup characters (e.g. typed in a console) must still give valid SSML.
    const live = await skill.stored();
    if (!live.match) throw new Error('no match stored');
    await skill.backend.deps.matches.save(skill.thingName, live.version, {
      leagueId: 'amzn1.ask.account.player',
      match: { ...live.match, teams: { red: ['Tom & <Jerry>'], blue: ['Bob "the" Builder'] } },
    });
    const score = await skill.say('goal for the reds');
    expect(score.speech).toBe('Goal for Tom & <Jerry>! Tom & <Jerry> leads 1 to 0.');
  });

  it('asks for the fourth name when a doubles match gets three, and explains singles with four', async () => {
    const skill = await skillUnderTest('en-US');
    await skill.say('open baby foot');
    await skill.say('start a doubles match');
    await skill.say('Alice');
    await skill.say('Bob');
    expect((await skill.say('Carol')).speech).toBe('Who plays with Carol on blue?');
    expect((await skill.say('cancel')).speech).toBe('OK, no new match.');
    expect((await skill.stored()).version).toBe(0);
  });

  it('gives help that depends on the state, and a fallback that says what to say', async () => {
    const skill = await skillUnderTest('en-GB');
    await skill.say('open baby foot');
    expect((await skill.say('help')).speech).toMatch(/^You can start a match/);
    await skill.say('start a match between Alice and Bob');
    expect((await skill.say('help')).speech).toMatch(/^The match is on\./);
    await skill.say('pause the match');
    expect((await skill.say('help')).speech).toMatch(/^The match is paused\./);
    const fallback = await skill.say('the weather in Paris tomorrow morning please');
    expect(fallback.speech).toMatch(/^Sorry, I didn't get that\./);
    expect(fallback.sessionEnded).toBe(false);
    expect((await skill.say('stop')).sessionEnded).toBe(true);
    expect((await skill.stored()).match?.status).toBe('paused');
  });

  it('plays ITSF rules best of three, and refuses rules out of range', async () => {
    const skill = await skillUnderTest('en-US');
    await skill.say('open baby foot');
    expect((await skill.say('best of eleven games')).speech).toBe(
      'A match can be best of 1, 3, 5, 7 or 9 games.',
    );
    const rules = await skill.say('ITSF rules');
    expect(rules.speech).toMatch(/ITSF rules: games to 5, best of 3.*Who plays red\?$/);
    await skill.say('Alice');
    await skill.say('Bob');
    for (let goal = 0; goal < 5; goal += 1) await skill.say('goal for the reds');
    expect((await skill.say("what's the score")).speech).toBe(
      'Game 2 of 3. Alice leads 1 to 0 in games. No goals yet.',
    );
    expect((await skill.stored()).match?.gamesWon).toEqual({ red: 1, blue: 0 });
  });
});
