/**
 * Synthetic competitions of any size, for the benchmark and the robustness
 * tests. Pure and deterministic: the same size and seed give the same
 * competition and the same scores, on any machine, so bench figures and
 * failing property cases can be reproduced.
 */
import { fnv1aUnit } from './hash';
import type { Competition, Criterion, Entry, Juror, Stage } from './model';

export interface SyntheticSize {
  entries: number;
  jurors: number;
  /** Every stage takes every entry, the heaviest case for the engine. */
  stages: number;
  criteriaPerStage: number;
  /** Jurors per entry in every stage; null = every juror scores every entry. */
  jurorsPerEntry: number | null;
  categories: number;
  /** 'zscore' suits jurors who score different subsets; 'mean' suits a full panel. */
  method?: Competition['settings']['method'];
  seed: number;
}

/** A small, fast, seedable generator (mulberry32): numbers in [0, 1). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const CRITERION_NAMES = [
  'Latar belakang dan tujuan',
  'Kebaruan',
  'Implementasi',
  'Signifikansi',
  'Adaptabilitas',
  'Sumber daya',
  'Keberlanjutan',
  'Efektivitas',
  'Penyampaian',
  'Substansi',
];

const STAGE_NAMES = ['Evaluasi proposal', 'Presentasi dan wawancara', 'Verifikasi lapangan'];

/** Whole percents that add up to 100, as even as they can be. */
function evenWeights(n: number): number[] {
  const base = Math.floor(100 / n);
  return Array.from({ length: n }, (_, i) => base + (i < 100 - base * n ? 1 : 0));
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

export function syntheticCompetition(size: SyntheticSize): Competition {
  const rnd = seededRandom(size.seed);
  const digits = String(size.entries).length;
  const categories = Array.from({ length: size.categories }, (_, i) => ({
    id: `k${i + 1}`,
    name: `Kategori ${i + 1}`,
    optional: false,
    minEntries: 1,
    fallback: '',
  }));
  const stageWeights = evenWeights(size.stages);
  const stages: Stage[] = Array.from({ length: size.stages }, (_, i) => ({
    id: `t${i + 1}`,
    name: STAGE_NAMES[i] ?? `Tahap ${i + 1}`,
    weight: stageWeights[i],
    entry: { kind: 'all' },
    jurorsPerEntry: size.jurorsPerEntry,
  }));
  const weights = evenWeights(size.criteriaPerStage);
  const criteria: Criterion[] = stages.flatMap((stage, s) =>
    weights.map((weight, i) => ({
      id: `${stage.id}k${i + 1}`,
      stageId: stage.id,
      name: CRITERION_NAMES[(s * 3 + i) % CRITERION_NAMES.length],
      weight,
      scale: { min: 0, max: 100, step: 1 },
    })),
  );
  // Agencies enter several innovations each, as regencies and ministries do.
  const agencies = Math.max(1, Math.ceil(size.entries / 3));
  const entries: Entry[] = Array.from({ length: size.entries }, (_, i) => ({
    id: pad(i + 1, Math.max(3, digits)),
    title: `Inovasi pelayanan ${i + 1}`,
    agency: `Instansi ${Math.floor(rnd() * agencies) + 1}`,
    categoryId: categories[i % categories.length].id,
    excludedReason: '',
  }));
  // The last juror comes from an entrant's agency, so conflicts of interest are exercised.
  const jurors: Juror[] = Array.from({ length: size.jurors }, (_, i) => ({
    id: `j${i + 1}`,
    name: `Juri ${i + 1}`,
    email: `juri${i + 1}@example.go.id`,
    agency: i === size.jurors - 1 && entries.length > 0 ? entries[0].agency : `Universitas ${i + 1}`,
    stages: [],
  }));
  return {
    name: `Kompetisi Inovasi Sintetis ${size.entries}`,
    year: 2026,
    lang: 'id',
    secretariatEmails: ['sekretariat@example.go.id'],
    categories,
    stages,
    criteria,
    jurors,
    entries,
    settings: {
      method: size.method ?? (size.jurorsPerEntry === null ? 'mean' : 'zscore'),
      zscoreMinEntries: 5,
      finalScore: 'weighted',
      tieBreaks: [
        { kind: 'criterion', stageId: stages[0].id, criterionId: criteria[0].id },
        ...stages.slice(1).map((s) => ({ kind: 'stage' as const, stageId: s.id })),
      ],
      advanceTopN: 3,
      passingGrade: null,
      disagreementThreshold: 20,
    },
    conflicts: [],
    adjustments: [],
  };
}

/** A string hashed into [0, 1), stable across runs and different for each seed. */
function hash01(text: string, seed: number): number {
  return fnv1aUnit(text, 0x811c9dc5 ^ seed);
}

/**
 * What a juror types for entries of a stage: valid scores on each criterion's
 * scale, from the entry's quality, the juror's leniency and some judgement.
 * entry id -> criterion id -> score.
 */
export function syntheticScores(
  c: Competition,
  stageId: string,
  jurorId: string,
  entryIds: readonly string[],
  seed: number,
): Record<string, Record<string, number>> {
  const criteria = c.criteria.filter((k) => k.stageId === stageId);
  const leniency = (hash01(jurorId, seed) - 0.5) * 16;
  const out: Record<string, Record<string, number>> = {};
  for (const entryId of entryIds) {
    const quality = 50 + hash01(entryId, seed) * 45;
    const row: Record<string, number> = {};
    for (const k of criteria) {
      const judgement = (hash01(`${stageId}/${jurorId}/${entryId}/${k.id}`, seed) - 0.5) * 12;
      const { min, max, step } = k.scale;
      const raw = min + ((quality + leniency + judgement) / 100) * (max - min);
      const onStep = min + Math.round((raw - min) / step) * step;
      row[k.id] = Math.min(max, Math.max(min, Math.round(onStep * 1000) / 1000));
    }
    out[entryId] = row;
  }
  return out;
}
