/** A juror's score tab: see layout.ts for how it looks. */
export * from './layout';
export { identifyTab, parseJurorTab, scoreCell } from './read';
export { differs, firstDifference, jurorTabName, renderJurorTab, type TabPlan } from './render';
