/** A juror's score tab: see layout.ts for how it looks. */
export * from './layout';
export { identifyTab, parseJurorTab, scoreCell } from './read';
export { differs, jurorTabName, renderJurorTab, type TabPlan } from './render';
