import { describe, expect, it } from 'vitest';
import { ownLeagueOf } from '../../lambda/src/domain/league/table-league';
import { DynamoBoardLinkStore } from '../../lambda/src/scoreboard/dynamo-board-link-store';
import { BOARD_URL, linkPath, startBoardSkill } from './support/board-skill';

const DAY = 24 * 60 * 60_000;

/**
 * The real skill and board on one fresh table, both on one clock the test moves. It starts ahead
 * of real time: DynamoDB Local runs TTL, and would delete items whose `expiresAt` is already past.
 */
async function boardOnClock() {
  const clock = { now: Date.UTC(2031, 0, 10, 12) };
  const skill = await startBoardSkill({ now: () => clock.now });
  return {
    ...skill,
    clock,
    /** Asks the board for the snapshot behind a link path (`/b/<token>`), as an open page polls it. */
    open: async (path: string) => skill.board.handle({ method: 'GET', path: `${path}/snapshot` }),
  };
}

describe('scoreboard links expire after 90 days unless renewed', () => {
  it('in English: the card says until when; an expired link is refused like a revoked one; a renewed one works', async () => {
    const skill = await boardOnClock();
    const echo = skill.echo('en-US');
    const asked = await echo.say('ask baby foot to send me the scoreboard link');
    expect(asked.card?.content).toContain(
      'It works until April 10, 2031; to keep it longer, say: "Alexa, ask baby foot to renew the scoreboard link".',
    );
    const expiring = linkPath(asked.card);
    skill.clock.now += 80 * DAY;
    const renewed = linkPath((await echo.say('ask baby foot to send me the scoreboard link')).card);

    skill.clock.now += 10 * DAY;

    const expired = await skill.open(expiring);
    expect(expired.status).toBe(404);
    expect(expired.body).toMatch(
      /^This scoreboard link does not work: it expired, was revoked, or never existed\./,
    );
    expect((await skill.open(renewed)).status).toBe(200);

    const renewal = await echo.say('ask baby foot to renew the scoreboard link');

    expect(renewal.speech).toBe('Done: your scoreboard link now works until July 9, 2031.');
    expect(renewal.sessionEnded).toBe(true);
    skill.clock.now += 89 * DAY;
    expect((await skill.open(renewed)).status).toBe(200);
    // Renewing never brings an expired link back.
    expect((await skill.open(expiring)).status).toBe(404);
    skill.clock.now += 2 * DAY;
    expect((await skill.open(renewed)).status).toBe(404);

    expect((await echo.say('ask baby foot to renew the scoreboard link')).speech).toBe(
      "There's no working scoreboard link to renew. Say: send me the scoreboard link, to get a new one.",
    );
  });

  it('en français : prolonge tous les liens de la ligue et dit jusqu’à quand', async () => {
    const skill = await boardOnClock();
    const echo = skill.echo('fr-FR');
    const paths: string[] = [];
    for (let i = 0; i < 2; i++) {
      const turn = await echo.say('demande à mon baby foot de me donner le lien du tableau');
      expect(turn.card?.content).toContain('Il marche jusqu’au 10 avril 2031 ;');
      paths.push(linkPath(turn.card));
    }
    // A colleague's link is the league's too: renewed with the others.
    paths.push(
      linkPath(
        (
          await skill
            .echo('fr-FR', 'amzn1.ask.account.voisin')
            .say('demande à mon baby foot le lien du tableau')
        ).card,
      ),
    );
    const theirs = `/b/${await new DynamoBoardLinkStore({
      client: skill.table.document,
      tableName: skill.table.tableName,
    }).create(ownLeagueOf('un-autre-babyfoot'), skill.clock.now)}`;
    skill.clock.now += 60 * DAY;

    const renewal = await echo.say('demande à mon baby foot de prolonger le lien du tableau');

    expect(renewal.speech).toBe(
      "C'est fait : vos 3 liens du tableau des scores marchent maintenant jusqu'au 9 juin 2031.",
    );
    skill.clock.now += 85 * DAY;
    for (const path of paths) expect((await skill.open(path)).status).toBe(200);
    // Another league's link was not renewed by this one.
    const refused = await skill.open(theirs);
    expect(refused.status).toBe(404);
    expect(refused.body).toContain("il a expiré, a été révoqué, ou n'a jamais existé");
  });

  it('understands other ways of asking, and says so when no link works any more', async () => {
    const skill = await boardOnClock();
    const phrases = [
      [
        'en-US',
        'ask baby foot to extend the scoreboard link',
        /^Done: your (scoreboard link now works|\d+ scoreboard links now work) until /,
      ],
      [
        'en-GB',
        'ask baby foot to keep the scoreboard link working',
        /^Done: your (scoreboard link now works|\d+ scoreboard links now work) until /,
      ],
      [
        'fr-FR',
        'demande à mon baby foot de renouveler le lien du tableau des scores',
        /^C'est fait : (votre lien|vos \d+ liens)/,
      ],
      [
        'fr-CA',
        'demande à mon baby foot de rallonger le lien des scores',
        /^C'est fait : (votre lien|vos \d+ liens)/,
      ],
    ] as const;
    for (const [index, [locale, phrase, answer]] of phrases.entries()) {
      const echo = skill.echo(locale, `amzn1.ask.account.renew-${index}`);
      const made = await echo.say(
        locale.startsWith('fr')
          ? 'demande à mon baby foot de me donner le lien du tableau'
          : 'ask baby foot to send me the scoreboard link',
      );
      expect(made.card?.content, phrase).toContain(BOARD_URL);
      expect((await echo.say(phrase)).speech, phrase).toMatch(answer);
    }
    skill.clock.now += 91 * DAY;
    const late = skill.echo('fr-FR', 'amzn1.ask.account.renew-2');
    expect((await late.say('demande à mon baby foot de prolonger le lien du tableau')).speech).toBe(
      "Aucun lien du tableau ne marche encore, il n'y a rien à prolonger. Dites : donne-moi le lien du tableau, pour en avoir un nouveau.",
    );
    expect(skill.log.lines).toContainEqual(
      expect.objectContaining({ message: 'scoreboard links renewed', renewed: 0 }),
    );
  });
});
