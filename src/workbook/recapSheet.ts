/**
 * The Recap sheet: every juror's total per entry and stage, the entry's stage
 * score and the spread between jurors, then the agreement statistics: Kendall
 * W and Krippendorff's alpha per category and stage (with why either is missing), each juror's mean offset from the others, the
 * entries whose jurors disagree by more than the threshold, and which places
 * would change if one juror were left out.
 */
import type { Competition, Lang } from '../core/model';
import { roundDecimal } from '../core/numbers';
import type { AlphaAgreement, CategoryAgreement, RankingResult } from '../core/result';
import { fill, formatNumber, pick } from '../i18n';
import { outputMessages } from '../i18n/output';
import { sheetMessages } from '../i18n/sheets';
import type { CellValue, SheetSnapshot } from './port';
import { grid } from './grid';
import type { RenderedSheet } from './render';
import { integrityMessages } from '../i18n/integrity';
import type { TabIntegrity } from './jurorTab';
import { round2 } from './rankingSheet';

const TITLE_BG = '#d2e3fc';
const HEADER_BG = '#e8eaed';

export function renderRecap(
  c: Competition,
  result: RankingResult,
  lang: Lang,
  name: string,
  integrity: readonly TabIntegrity[] = [],
): RenderedSheet {
  const t = outputMessages[lang];
  const s = sheetMessages[lang];
  const g = grid();
  const jurorName = new Map(c.jurors.map((j) => [j.id, j.name]));
  const entryById = new Map(c.entries.map((e) => [e.id, e]));
  g.add([fill(t['recap.title'], { name: c.name, year: c.year })], {
    bold: true,
    background: TITLE_BG,
    textCols: [0],
  });

  // entry -> stage score, from the ranking itself
  const stageScore = new Map<string, Record<string, number | null>>();
  for (const k of result.categories) for (const e of k.entries) stageScore.set(e.entryId, e.stageScores);

  for (const stage of c.stages) {
    const rows = result.jurorTotals.filter((r) => r.stageId === stage.id);
    const jurors = c.jurors.filter((j) => rows.some((r) => r.jurorId === j.id));
    const byEntry = new Map<string, Map<string, number>>();
    for (const r of rows) {
      if (!byEntry.has(r.entryId)) byEntry.set(r.entryId, new Map());
      byEntry.get(r.entryId)!.set(r.jurorId, r.total);
    }
    g.blank();
    g.add([fill(t['recap.stage'], { stage: stage.name })], {
      bold: true,
      background: TITLE_BG,
      textCols: [0],
    });
    g.add(
      [s['col.id'], s['col.title'], ...jurors.map((j) => j.name), t['recap.stageScore'], t['recap.spread']],
      {
        bold: true,
        background: HEADER_BG,
      },
    );
    for (const entry of c.entries) {
      const totals = byEntry.get(entry.id);
      if (!totals) continue;
      const list = [...totals.values()];
      const spread = list.length > 1 ? Math.max(...list) - Math.min(...list) : null;
      const row: CellValue[] = [
        entry.id,
        entry.title,
        ...jurors.map((j) => round2(totals.get(j.id) ?? null)),
        round2(stageScore.get(entry.id)?.[stage.id] ?? null),
        round2(spread),
      ];
      g.add(row, { textCols: [0, 1], numberFormat: '0.00' });
    }
  }

  g.blank();
  g.add([t['recap.agreement']], { bold: true, background: TITLE_BG });
  g.add([t['recap.agreementHelp']], { textCols: [0] });
  g.add(
    [
      t['recap.category'],
      ...c.stages.flatMap((st) => [
        fill(t['recap.kendall'], { stage: st.name }),
        fill(t['recap.alpha'], { stage: st.name }),
      ]),
    ],
    { bold: true, background: HEADER_BG },
  );
  for (const k of result.categories) {
    const cells = c.stages.flatMap((st) => {
      const a = k.agreement.find((x) => x.stageId === st.id);
      return [round3(a?.kendallW ?? null), round3(a?.alpha.value ?? null)];
    });
    g.add([k.name, ...cells], { textCols: [0], numberFormat: '0.000' });
  }
  const stageAlpha = c.stages.flatMap((st) => [
    null,
    round3(result.stageAgreement.find((a) => a.stageId === st.id)?.value ?? null),
  ]);
  g.add([t['recap.allCategories'], ...stageAlpha], { textCols: [0], numberFormat: '0.000' });
  const names = (ids: readonly string[]) => ids.map((id) => jurorName.get(id) ?? id).join(', ');
  const notes = (
    where: string,
    stageId: string,
    a: CategoryAgreement | undefined,
    alpha: AlphaAgreement | undefined,
  ) => {
    const stage = c.stages.find((st) => st.id === stageId)?.name ?? stageId;
    const said = [
      a?.note ? pick(a.note, lang) : '',
      a && a.leftOut.length > 0 ? fill(t['agreement.leftOutW'], { names: names(a.leftOut) }) : '',
      alpha?.note ? pick(alpha.note, lang) : '',
      alpha && alpha.leftOut.length > 0
        ? fill(t['agreement.leftOutAlpha'], { names: names(alpha.leftOut) })
        : '',
    ].filter((x) => x !== '');
    if (said.length > 0) g.add([`${where} – ${stage}`, said.join(' ')], { textCols: [0, 1] });
  };
  for (const k of result.categories) for (const a of k.agreement) notes(k.name, a.stageId, a, a.alpha);
  for (const a of result.stageAgreement) notes(t['recap.allCategories'], a.stageId, undefined, a);

  g.blank();
  g.add([t['recap.offsets']], { bold: true, background: TITLE_BG });
  g.add(
    [
      t['recap.juror'],
      ...c.stages.flatMap((st) => [
        `${t['recap.offset']} (${st.name})`,
        `${t['recap.entriesScored']} (${st.name})`,
      ]),
    ],
    {
      bold: true,
      background: HEADER_BG,
    },
  );
  for (const j of c.jurors) {
    const cells = c.stages.flatMap((st) => {
      const o = result.offsets.find((x) => x.jurorId === j.id && x.stageId === st.id);
      return [round2(o?.meanOffset ?? null), o ? o.entries : null];
    });
    g.add([j.name, ...cells], {
      textCols: [0],
      wholeCols: c.stages.map((_, s) => 2 + 2 * s),
      numberFormat: '0.00',
    });
  }

  const threshold = c.settings.disagreementThreshold;
  if (threshold !== null) {
    g.blank();
    g.add([fill(t['recap.disagreements'], { threshold: formatNumber(threshold, lang) })], {
      bold: true,
      background: TITLE_BG,
    });
    if (result.disagreements.length === 0) g.add([t['recap.none']]);
    for (const d of result.disagreements) {
      const stage = c.stages.find((st) => st.id === d.stageId)?.name ?? d.stageId;
      g.add(
        [
          d.entryId,
          entryById.get(d.entryId)?.title ?? '',
          stage,
          round2(d.min),
          round2(d.max),
          round2(d.spread),
        ],
        {
          textCols: [0, 1, 2],
          numberFormat: '0.00',
        },
      );
    }
  }

  if (integrity.length > 0) {
    // Per juror and stage: the pakta, the submission, any reopening, and every recusal with its reason.
    const it = integrityMessages[lang];
    g.blank();
    g.add([it['recap.integrity']], { bold: true, background: TITLE_BG });
    g.add(
      [
        it['recap.juror'],
        it['recap.stage'],
        it['recap.pakta'],
        it['recap.submitted'],
        it['recap.reopened'],
        it['recap.recusals'],
      ],
      { bold: true, background: HEADER_BG },
    );
    for (const j of c.jurors) {
      for (const st of c.stages) {
        const tab = integrity.find((x) => x.jurorId === j.id && x.stageId === st.id);
        if (!tab) continue;
        const recusals = tab.recusals
          .map((r) => `${r.entryId} ${entryById.get(r.entryId)?.title ?? ''}: ${r.reason}`.replace(/ :/, ':'))
          .join('; ');
        g.add(
          [
            j.name,
            st.name,
            tab.pakta || it['recap.no'],
            tab.submittedAt || it['recap.no'],
            tab.reopened,
            recusals,
          ],
          { textCols: [0, 1, 2, 3, 4, 5] },
        );
      }
    }
  }

  g.blank();
  g.add([t['recap.leaveOneOut']], { bold: true, background: TITLE_BG, textCols: [0] });
  const stageName = (id: string) => c.stages.find((st) => st.id === id)?.name ?? id;
  for (const l of result.leaveOneOut) {
    const said = [
      ...l.stageChanges.map((ch) =>
        fill(ch.enters ? t['recap.reached'] : t['recap.missed'], {
          entry: ch.entryId,
          stage: stageName(ch.stageId),
        }),
      ),
      ...l.changes.map((ch) =>
        fill(t['recap.change'], { entry: ch.entryId, from: ch.from, to: ch.to ?? '–' }),
      ),
    ];
    g.add(
      [jurorName.get(l.jurorId) ?? l.jurorId, said.length === 0 ? t['recap.noChange'] : said.join('; ')],
      {
        textCols: [0, 1],
      },
    );
  }
  return g.build(name, { frozenRows: 0, frozenCols: 0, columnWidths: [240, 240] });
}

function round3(n: number | null): CellValue {
  return n === null ? null : roundDecimal(n, 3);
}

/** Whether a sheet is a Recap Juri wrote: its title, in either language. */
export function isRecap(snapshot: SheetSnapshot): boolean {
  const title = String(snapshot.values[0]?.[0] ?? '');
  return [outputMessages.id['recap.title'], outputMessages.en['recap.title']].some((t) =>
    title.startsWith(t.split('{')[0]),
  );
}
