/**
 * Agreement where the design is incomplete: at province size each entry gets
 * 3 of 9 jurors, so Kendall's W is not defined; Krippendorff's alpha is, and
 * the Recap shows both, with the reason in words where one is missing.
 */
import { assignStage } from '../../src/core/assign';
import { computeRanking } from '../../src/core/compute';
import { regencyExample } from '../../src/core/example';
import type { Competition, CellValue, ScoreSheet } from '../../src/core/model';
import { syntheticCompetition, syntheticScores } from '../../src/core/synthetic';
import { renderRecap } from '../../src/workbook/recapSheet';
import { renderRanking } from '../../src/workbook/rankingSheet';
import { demoTyping } from '../../src/cli/demo';

const SEED = 20260;

function scoredSheets(
  c: Competition,
  typing: (stageId: string, jurorId: string, entryIds: string[]) => Record<string, Record<string, unknown>>,
): ScoreSheet[] {
  return c.stages.flatMap((stage) => {
    const { assignment } = assignStage(
      c,
      stage.id,
      c.entries.map((e) => e.id),
    );
    return Object.entries(assignment).map(([jurorId, entryIds]) => {
      const typed = typing(stage.id, jurorId, entryIds);
      return {
        stageId: stage.id,
        jurorId,
        rows: entryIds.map((entryId) => ({
          entryId,
          scores: typed[entryId] as Record<string, CellValue>,
          notes: '',
        })),
      };
    });
  });
}

function cellsOf(values: readonly (readonly unknown[])[]): string {
  return values.map((row) => row.join(' | ')).join('\n');
}

describe('agreement on the Recap', () => {
  it('gives alpha for the desk review of a province, where W cannot be given, and says why', () => {
    const c = syntheticCompetition({
      entries: 260,
      jurors: 9,
      stages: 2,
      criteriaPerStage: 7,
      jurorsPerEntry: 3,
      categories: 4,
      seed: SEED,
    });
    const result = computeRanking(
      c,
      scoredSheets(c, (stageId, jurorId, entryIds) => syntheticScores(c, stageId, jurorId, entryIds, SEED)),
    );
    for (const stage of result.stageAgreement) {
      expect(stage.value).not.toBeNull();
      expect(stage.value!).toBeGreaterThan(0);
      expect(stage.value!).toBeLessThan(1);
      expect(stage.jurors).toBe(9);
    }
    for (const category of result.categories) {
      for (const a of category.agreement) {
        expect(a.kendallW).toBeNull();
        expect(a.note?.id).toContain('setiap inovasi hanya dinilai 3 dari 9 juri');
        expect(a.note?.en).toContain('each entry was scored by only 3 of 9 jurors');
        expect(a.alpha.value).not.toBeNull();
      }
    }
    const recap = cellsOf(renderRecap(c, result, 'id', 'Rekap').block.values);
    const alpha = (v: number | null) => String(Math.round(v! * 1000) / 1000);
    expect(recap).toContain(`Semua kategori |  | ${alpha(result.stageAgreement[0].value)}`);
    expect(recap).toContain('setiap inovasi hanya dinilai 3 dari 9 juri');
    const english = cellsOf(renderRecap(c, result, 'en', 'Recap').block.values);
    expect(english).toContain('each entry was scored by only 3 of 9 jurors');
    const ranking = cellsOf(
      renderRanking(c, result, { computedAt: '2026-11-28 10:00', fingerprint: 'x' }, 'id', 'Peringkat').block
        .values,
    );
    expect(ranking).toMatch(/W –, α 0,\d{3} \(Kendall W tidak dihitung/);
  });

  it('gives both W and alpha in the regency example, where every juror scores every entry', () => {
    const c = regencyExample();
    const result = computeRanking(
      c,
      scoredSheets(c, (stageId, jurorId, entryIds) => demoTyping(c, stageId, jurorId, entryIds)),
    );
    const governance = result.categories.find((k) => k.categoryId === 'tata-kelola')!;
    for (const a of governance.agreement) {
      expect([a.kendallW === null, a.alpha.value === null, a.note, a.alpha.note]).toEqual([
        false,
        false,
        null,
        null,
      ]);
    }
  });
});
