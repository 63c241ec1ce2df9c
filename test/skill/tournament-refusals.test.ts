import { describe, expect, it } from 'vitest';
import { type SkillUnderTest, skillUnderTest } from '../support/skill-device';

async function storedTournament(skill: SkillUnderTest) {
  return skill.backend.deps.tournaments?.load(await skill.league());
}

describe('tournament requests that cannot be done, in English', () => {
  it('answers clearly when there is no tournament, and stores nothing', async () => {
    const skill = await skillUnderTest('en-US');
    const noTournament = "There's no tournament. To create one, say: create a round robin tournament.";
    expect((await skill.say("ask baby foot what's the next match")).speech).toBe(noTournament);
    expect((await skill.say('ask baby foot to start the next match')).speech).toBe(noTournament);
    // The standings intent also hears a bare "standings": with no tournament, the players' ranking answers.
    expect((await skill.say('ask baby foot for the tournament standings')).speech).toBe(
      'No match played yet.',
    );
    expect((await skill.say('ask baby foot to add Eve')).speech).toBe(noTournament);
    expect((await skill.say('ask baby foot to start the tournament')).speech).toBe(noTournament);
    expect(await storedTournament(skill)).toBeUndefined();
    expect((await skill.stored()).version).toBe(0);
  });

  it('refuses too few players, an odd count for fixed doubles and a name twice, changing nothing', async () => {
    const skill = await skillUnderTest('en-US');
    await skill.say('open baby foot');
    expect((await skill.say('create a round robin tournament in singles')).speech).toMatch(
      /^Who's playing\?/,
    );
    expect((await skill.say('Alice')).speech).toMatch(
      /^Tournament created: round robin, singles, with Alice\./,
    );
    const before = await storedTournament(skill);
    expect((await skill.say('start the tournament')).speech).toBe(
      'This tournament needs at least 2 players, and 1 is in. Say: add, then a first name.',
    );
    expect((await skill.say('add Alice')).speech).toBe(
      "Alice is already in the tournament, so I didn't add anyone.",
    );
    expect(await storedTournament(skill)).toEqual(before);
    expect((await skill.say('create a knockout tournament in singles with Bob and Carol')).speech).toBe(
      'A tournament is already under way. Say: abandon the tournament, first, to create a new one.',
    );
    expect(await storedTournament(skill)).toEqual(before);

    expect((await skill.say('abandon the tournament')).speech).toMatch(/^Do you really want to abandon/);
    expect((await skill.say('yes')).speech).toBe('Tournament abandoned. Its standings stay available.');
    expect((await skill.say('create a doubles tournament with Alice and Bob and Carol')).speech).toBe(
      'Which format: round robin, knockout, Monster DYP, Swiss, double elimination, or last man standing?',
    );
    expect((await skill.say('round robin')).speech).toMatch(
      /^Tournament created: round robin, doubles, fixed teams, with Alice and Bob, as well as Carol\./,
    );
    expect((await skill.say('start the tournament')).speech).toBe(
      'This tournament needs at least 4 players, and 3 are in. Say: add, then a first name.',
    );
    expect((await skill.say('add Dave and Eve')).speech).toBe(
      'Dave and Eve join the tournament. 5 players so far. Carol is waiting for a partner: add one more player.',
    );
    const odd = await storedTournament(skill);
    expect((await skill.say('start the tournament')).speech).toBe(
      'Fixed doubles need an even number of players, and 5 are in. Add or remove someone.',
    );
    expect(await storedTournament(skill)).toEqual(odd);
    expect((await skill.say('remove Eve')).speech).toBe('Eve is out of the tournament. 4 players left.');
    expect((await skill.say('remove Zoe')).speech).toBe("Zoe isn't in the tournament.");
    expect((await skill.say('start the tournament')).speech).toMatch(
      /^The tournament begins! Round robin, 2 entrants\. One round\. Next match, round 1: (Alice and Bob on red against Carol and Dave on blue|Carol and Dave on red against Alice and Bob on blue)\./,
    );
    expect((await skill.say('add Fred')).speech).toBe(
      "The tournament has started: its players can't change any more.",
    );
  });

  it('refuses to start a tournament match over a running match, and says when the tournament is over', async () => {
    const skill = await skillUnderTest('en-US');
    await skill.say('open baby foot');
    // A knockout seeds by entry order: Alice plays red.
    await skill.say('create a knockout tournament in singles with Alice and Bob');
    await skill.say('tournament matches to two points');
    await skill.say('start the tournament');
    expect((await skill.say('start a match between Eve and Fred')).speech).toMatch(/^Game on!|^Match on!/);
    const before = await storedTournament(skill);
    const table = await skill.stored();
    expect((await skill.say('start the next match')).speech).toBe(
      'A match is already on. Say: abandon the match, first.',
    );
    expect(await storedTournament(skill)).toEqual(before);
    expect((await skill.stored()).version).toBe(table.version);

    await skill.say('abandon the match');
    await skill.say('yes');
    expect((await skill.say('start the next match')).speech).toMatch(
      /^Round 1, match 1! Red: Alice\. Blue: Bob\./,
    );
    await skill.say('goal for the reds');
    const end = await skill.say('goal for the reds');
    expect(end.speech).toBe(
      "Goal for Alice! Alice wins the match, 2 to 0! Congratulations! And that's a fanny: Bob didn't score a single goal! That was the last match: the tournament is over! Alice wins the tournament! Second: Bob.",
    );
    const over = 'The tournament is over. To play another, say: create a tournament.';
    expect((await skill.say("what's the next match")).speech).toBe(over);
    expect((await skill.say('start the next match')).speech).toBe(over);
    expect((await skill.say('Bob forfeits')).speech).toBe(over);
    expect((await skill.say('abandon the tournament')).speech).toBe(over);
    expect((await storedTournament(skill))?.tournament.status).toBe('finished');
  });
});

describe('forfaits, match abandonné et abandon du tournoi, en français', () => {
  it('un forfait arrête le match en cours sur la table et donne la victoire par forfait', async () => {
    const skill = await skillUnderTest('fr-FR');
    await skill.say('ouvre mon baby foot');
    await skill.say('crée un championnat en simple avec Alice et Bob et Carole et David');
    await skill.say('lance le tournoi');
    expect((await skill.say('lance le prochain match')).speech).toMatch(/^Tour 1, match 1 !/);
    const { match } = await skill.stored();
    const [red = '', blue = ''] = [match?.teams.red[0], match?.teams.blue[0]];
    await skill.say('but pour les rouges');

    const forfeit = await skill.say(`${blue} déclare forfait`);
    expect(forfeit.speech).toMatch(
      new RegExp(
        `^${blue} déclare forfait : victoire d[e'] ?${red} par forfait, 5 à zéro\\. Le match en cours sur la table est arrêté\\. Prochain match, tour 1 : `,
      ),
    );
    expect((await skill.stored()).match?.status).toBe('abandoned');
    expect(await skill.history()).toEqual([]);
    const stored = await storedTournament(skill);
    expect(stored?.tournament.rounds[0]?.matches[0]).toMatchObject({ state: 'played', forfeit: true });
    expect((await skill.say('classement du tournoi')).speech).toMatch(
      new RegExp(
        `^Classement après 1 match : Premier : ${red}, 2 points, 1 victoire, différence de buts \\+5\\.`,
      ),
    );
    expect((await skill.say(`${blue} déclare forfait`)).speech).toBe(
      `${blue} n'a plus de match à jouer dans ce tour.`,
    );
  });

  it('rejoue un match du tournoi abandonné sur la table, et abandonne le tournoi après confirmation', async () => {
    const skill = await skillUnderTest('fr-FR');
    await skill.say('ouvre mon baby foot');
    expect((await skill.say('crée un tournoi')).speech).toBe(
      'Quel format : championnat, élimination directe, Monster DYP, système suisse, double élimination, ou dernier survivant ?',
    );
    expect((await skill.say('élimination directe')).speech).toBe('En simple ou en double ?');
    expect((await skill.say('en simple')).speech).toMatch(/^Qui joue \?/);
    expect((await skill.say('Alice et Bob et Carole')).speech).toMatch(
      /^Tournoi créé : élimination directe, en simple, avec Alice, Bob et Carole\./,
    );
    expect((await skill.say('aide')).speech).toMatch(/^Un tournoi prend les inscriptions\./);
    expect((await skill.say('lance le tournoi')).speech).toBe(
      'Le tournoi commence ! Élimination directe, 3 participants. 2 tours. Alice passe directement au deuxième tour. Prochain match, tour 1 : Bob chez les rouges contre Carole chez les bleus. Dites : lance le prochain match.',
    );
    await skill.say('lance le prochain match');
    await skill.say('abandonne le match');
    expect((await skill.say('oui')).speech).toMatch(/^Match abandonné\./);
    expect((await skill.say('lance le prochain match')).speech).toBe(
      'Le match abandonné se rejoue. Chez les rouges : Bob. Chez les bleus : Carole. Match en 5 points. Bon match !',
    );
    expect((await skill.say('où en est le tournoi')).speech).toBe(
      'Tour 1 sur 2 : 0 matchs joués, 2 à jouer. Sur la table : Bob contre Carole.',
    );

    const confirm = await skill.say('abandonne le tournoi');
    expect(confirm.speech).toBe(
      'Voulez-vous vraiment abandonner le tournoi ? Tour 1 sur 2 : 0 matchs joués, 2 à jouer. Sur la table : Bob contre Carole.',
    );
    expect((await skill.say('non')).speech).toBe("D'accord, le tournoi continue.");
    expect((await storedTournament(skill))?.tournament.status).toBe('running');
    await skill.say('abandonne le tournoi');
    expect((await skill.say('oui')).speech).toBe('Tournoi abandonné. Son classement reste disponible.');
    expect((await storedTournament(skill))?.tournament.status).toBe('abandoned');
    expect((await skill.say('où en est le tournoi')).speech).toBe('Le tournoi a été abandonné.');
    // The table match goes on as an ordinary match; its end records nothing in the abandoned tournament.
    for (let goal = 0; goal < 5; goal++) await skill.say('but pour les rouges');
    expect((await skill.stored()).match?.status).toBe('finished');
    expect((await storedTournament(skill))?.tournament.status).toBe('abandoned');
  });
});
