/**
 * The workflow every shell wires to: new competition, generate juror tabs,
 * check scores, compute the ranking, publish the results. Each action reads
 * the workbook once through the port, decides in pure code, and writes whole
 * sheets.
 */
export type { ActionOutcome } from './outcome';
export { newCompetition } from './setup';
export { generateTabs, planTabs, type GenerateOutcome, type TabAction } from './generate';
export { checkScores, checkWorkbook, type CheckOutcome, type LocatedProgress } from './check';
export { computeRankingAction, type RankOutcome } from './rank';
export { publishResults, type OpenedFile, type PublishOutcome, type PublishStore } from './publish';
export { checkEnvironment, type EnvironmentFacts, type EnvironmentReport } from './environment';
