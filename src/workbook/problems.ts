import type { Problem } from '../core/model';

/** A problem placed in the spreadsheet: the sheet and A1 cell a user can jump to ('' when it has no cell). */
export interface PlacedProblem extends Problem {
  sheet: string;
  cell: string;
}
