import type { TableView } from './table-view';

/** Where the table shows itself: a terminal, an LED matrix, a console's status line. */
export interface Display {
  show(view: TableView): void;
  close?(): void;
}
