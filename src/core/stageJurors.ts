import type { Competition, Juror } from './model';

/** The jurors serving in a stage: those listing no stage serve in all of them. */
export function stageJurors(c: Pick<Competition, 'jurors'>, stageId: string): Juror[] {
  return c.jurors.filter((j) => j.stages.length === 0 || j.stages.includes(stageId));
}
