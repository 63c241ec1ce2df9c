import type { HandlerInput, RequestHandler } from 'ask-sdk-core';
import { balancedTeams, MAX_BALANCED_PLAYERS } from '../../../domain/house/balanced-teams';
import { underHouseRules } from '../../../domain/house/house-rules';
import { todaysPlay } from '../../../domain/house/todays-play';
import { canonicalName } from '../../../domain/league/merge-names';
import { resolveRules, startMatch } from '../../../domain/match';
import { type AccountStats, emptyStats, findPlayer } from '../../../domain/stats';
import type { SkillDeps } from '../../deps';
import { scoreboard } from '../../display/scoreboard';
import { answer } from '../../respond';
import { intentOf, slotPlayerName } from '../../slots';
import { balancedCard, balancedSpeech } from '../../speech/balanced-teams';
import { joinNames } from '../../speech/names';
import { rulesSentence } from '../../speech/rules';
import { escapeSsml } from '../../speech/ssml';
import { changeMatch, isActive, leagueOf, readMatch } from '../../table-access';
import { turnOf } from '../../turn';
import { confirmationOf } from '../league/league-access';
import { isIntent } from '../predicates';

export const BALANCED_TEAMS_INTENT = 'BalancedTeamsIntent';

/** `playerOne` … `playerEight`, in the order they are said. */
export const BALANCED_TEAMS_SLOTS = ['One', 'Two', 'Three', 'Four', 'Five', 'Six', 'Seven', 'Eight'].map(
  (n) => `player${n}`,
);

/** What "today" is for who sits out and which pairs repeat: the last twelve hours, an evening's play. */
export const TODAY_MS = 12 * 3_600_000;

function namesSaid(input: HandlerInput): string[] {
  return BALANCED_TEAMS_SLOTS.slice(0, MAX_BALANCED_PLAYERS + 1).flatMap(
    (slot) => slotPlayerName(input, slot) ?? [],
  );
}

async function allTimeStats(deps: SkillDeps, league: string): Promise<AccountStats> {
  return (await deps.stats?.readPeriod(league, 'all', deps.now())) ?? emptyStats('all');
}

/**
 * "Fais des équipes équilibrées avec Alice et Bob et Carole et David", "make balanced teams with
 * Alice and Bob": proposes the fairest match from the league's ratings (today's recent results
 * decide who sits out and break ties), and starts it after a yes, in place of a running match
 * if there is one (the question says so). Three names, more than eight, or one name said twice
 * get a spoken reason and change nothing.
 */
export const balancedTeamsHandler = (deps: SkillDeps): RequestHandler => ({
  canHandle: (input) => isIntent(input, BALANCED_TEAMS_INTENT),
  async handle(input) {
    const turn = turnOf(input);
    const { t } = turn;
    const confirmation = confirmationOf(input);
    if (confirmation === 'DENIED') return answer(input, t('house.balanced.denied'));
    const league = await leagueOf(deps, turn);
    const [aliases, stats, house] = await Promise.all([
      deps.players.aliases(league),
      allTimeStats(deps, league),
      deps.houseRules?.read(league),
    ]);
    const names = namesSaid(input).map((name) => canonicalName(aliases, name));
    const now = deps.now();
    const outcome = balancedTeams(names, {
      ratingOf: (name) => findPlayer(stats, name)?.ratings.all,
      today: todaysPlay(
        (stats.journal ?? []).map((counted) => counted.result),
        now - TODAY_MS,
      ),
    });
    if (outcome.kind === 'wrongCount')
      return answer(input, t('house.balanced.wrongCount', { count: outcome.count }));
    if (outcome.kind === 'namedTwice')
      return answer(input, t('house.balanced.namedTwice', { player: escapeSsml(outcome.name) }));
    const proposal = outcome.match;
    if (confirmation === 'NONE') {
      const running = isActive(await readMatch(deps, turn));
      const question = t(running ? 'house.balanced.confirmReplace' : 'house.balanced.confirm');
      const intent = intentOf(input);
      if (intent)
        input.responseBuilder.addConfirmIntentDirective({
          name: intent.name,
          confirmationStatus: 'NONE',
          slots: intent.slots ?? {},
        });
      return answer(input, `${balancedSpeech(t, proposal)} ${question}`, {
        question: true,
        reprompt: t('house.balanced.reprompt'),
        card: balancedCard(t, proposal),
      });
    }
    const { teams } = proposal;
    const match = await changeMatch(deps, turn, () => {
      const rules = house === undefined ? resolveRules({}) : underHouseRules(resolveRules({}), house);
      const started = startMatch({ id: deps.newId(), teams, rules, at: now });
      return { write: { match: started, players: [...teams.red, ...teams.blue] }, outcome: started };
    });
    deps.log.info('balanced match started', { matchId: match.id, mode: match.mode });
    const speech = t('start.started', {
      red: joinNames(t, match.teams.red),
      blue: joinNames(t, match.teams.blue),
      rules: rulesSentence(t, match.rules),
    });
    return answer(input, speech, { reprompt: t('start.startedReprompt'), ...scoreboard(t, match) });
  },
});
