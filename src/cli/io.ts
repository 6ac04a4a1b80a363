// What every command writes to: kept apart from the commands so any command file can take it
// without importing the others (no import cycles between cli files).
import type { Print } from './report';

export interface Io {
  print: Print;
  printError: Print;
  /** Progress bars only on a terminal. */
  tty: boolean;
}
