// biome-ignore-all lint/suspicious/noTemplateCurlyInString: APL data-binding expressions, evaluated on the device
import { APL_VERSION, type AplComponent, type AplDocument } from './screen';
import { page, THEME_RESOURCES } from './theme';
import { touchButton } from './touch';

/** One team: its colour filling the panel, its name, its score in the biggest type on screen. */
const teamPanel: AplComponent = {
  type: 'Frame',
  width: "${landscape ? '100%' : 'auto'}",
  height: "${landscape ? 'auto' : '100%'}",
  shrink: 1,
  spacing: '@gap',
  backgroundColor: "${data.team == 'red' ? @red : @blue}",
  borderRadius: '@radius',
  borderWidth: '${data.winner ? @winnerBorder : 0}',
  borderColor: '@accent',
  item: {
    type: 'Container',
    width: '100%',
    height: '100%',
    alignItems: 'center',
    justifyContent: 'center',
    paddingLeft: '@gap',
    paddingRight: '@gap',
    items: [
      {
        type: 'Text',
        text: '${data.label}',
        fontSize: '@labelSize',
        fontWeight: 'bold',
        color: '@text',
        textAlign: 'center',
        maxLines: 1,
      },
      {
        type: 'Text',
        text: '${data.names}',
        fontSize: '@nameSize',
        color: '@text',
        textAlign: 'center',
        maxLines: 2,
      },
      {
        type: 'Text',
        text: '${data.score}',
        fontSize: '@scoreSize',
        fontWeight: 'bold',
        color: '@text',
        textAlign: 'center',
        lineHeight: 1,
        maxLines: 1,
      },
      {
        type: 'Text',
        when: "${data.games != ''}",
        text: '${data.games}',
        fontSize: '@labelSize',
        color: '@text',
        textAlign: 'center',
        maxLines: 1,
      },
    ],
  },
};

/**
 * The match scoreboard: state and rules on top, the two teams side by side (stacked on a
 * portrait screen), the game or the outcome underneath, then the buttons a player can tap
 * instead of speaking ("+1 Red", "+1 Blue", "Undo"). Data: `scoreboard` (see ScoreboardData)
 * and `touch` (`{ buttons: TouchButton[] }`, empty when nothing can be done by a tap).
 */
export const scoreboardDocument: AplDocument = {
  type: 'APL',
  version: APL_VERSION,
  theme: 'dark',
  description: 'Babyfoot: the scoreboard of the running match',
  resources: THEME_RESOURCES,
  mainTemplate: {
    parameters: ['scoreboard', 'touch'],
    items: [
      page([
        {
          type: 'Text',
          text: '${scoreboard.headline}',
          fontSize: '@headlineSize',
          fontWeight: 'bold',
          color: "${scoreboard.state == 'paused' ? @accent : @muted}",
          textAlign: 'center',
          maxLines: 1,
        },
        {
          type: 'Container',
          grow: 1,
          shrink: 1,
          width: '100%',
          direction: "${landscape ? 'row' : 'column'}",
          paddingTop: '@gap',
          paddingBottom: '@gap',
          // A paused or abandoned match is greyed out: the headline says why.
          opacity: "${scoreboard.state == 'paused' || scoreboard.state == 'abandoned' ? 0.6 : 1}",
          data: '${scoreboard.teams}',
          item: teamPanel,
        },
        {
          type: 'Text',
          when: "${scoreboard.footer != ''}",
          text: '${scoreboard.footer}',
          fontSize: '@footerSize',
          fontWeight: 'bold',
          color: '@accent',
          textAlign: 'center',
          maxLines: 2,
        },
        {
          type: 'Container',
          when: '${touch.buttons.length > 0}',
          width: '100%',
          direction: 'row',
          paddingTop: '@gap',
          data: '${touch.buttons}',
          item: touchButton,
        },
      ]),
    ],
  },
};
