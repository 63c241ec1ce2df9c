/** ITSF style: 2 points a win, none for a loss (a forfeit is a loss). */
export const POINTS_PER_WIN = 2;
