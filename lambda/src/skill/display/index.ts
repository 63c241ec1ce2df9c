export { aplText } from './apl-text';
export { addCard, type Card } from './card';
export { aplDocumentProblems } from './document-check';
export {
  type KeyFigure,
  type KeyFigures,
  type KeyFiguresData,
  keyFiguresCard,
  keyFiguresData,
  keyFiguresScreen,
  MAX_FIGURES,
} from './key-figures';
export { matchCard } from './match-card';
export { matchHeadline, rulesLine, teamNames } from './match-text';
export {
  MAX_CARD_ROWS,
  MAX_SCREEN_ROWS,
  type RankedEntry,
  type RankedList,
  type RankedListData,
  rankedListCard,
  rankedListData,
  rankedListScreen,
} from './ranked-list';
export { renderedScreens } from './rendered-screen';
export {
  SCOREBOARD_TOKEN,
  type ScoreboardData,
  type ScoreboardState,
  scoreboard,
  scoreboardData,
  scoreboardScreen,
  type TeamPanel,
} from './scoreboard';
export {
  APL_VERSION,
  type AplComponent,
  type AplDocument,
  type AplLayout,
  type AplResourceBlock,
  renderDocumentDirective,
  type Screen,
  supportsApl,
} from './screen';
