/**
 * Panel summaries as the server sends them at each point of a competition,
 * and the replies of each action. Some texts are hostile on purpose: the
 * sidebar must show them as text.
 */
import {
  emptySummary,
  type ActionReply,
  type PanelSummary,
  type ProblemPage,
  type SummaryProblem,
} from '../../src/workflow/summary';

export const HOSTILE_TITLE = '<img src=x onerror="window.__xss=1">';
export const HOSTILE_JUROR = 'Budi <script>window.__xss=2</script>';
export const RESULTS_URL = 'https://docs.google.com/spreadsheets/d/e/2PACX-results/pubhtml';

const empty: PanelSummary = emptySummary('id');

export const noSetup: PanelSummary = empty;

const setupProblem: SummaryProblem = {
  sheet: 'Pengaturan',
  cell: 'C12',
  code: 'weightsSum',
  severity: 'error',
  message: 'Bobot kriteria tahap Presentasi berjumlah 90 %, harus 100 %.',
  juror: '',
};

export const setupWithProblems: PanelSummary = {
  ...empty,
  competition: { name: 'Inovasi Pelayanan Publik', year: 2025 },
  setup: {
    exists: true,
    valid: false,
    sheet: 'Pengaturan',
    problems: [
      {
        ...setupProblem,
        code: 'jurorEmailInvalid',
        severity: 'warning',
        cell: 'D30',
        message: 'Email juri Sari ("sari@") tidak valid.',
      },
      setupProblem,
    ],
    errors: 1,
    warnings: 1,
  },
  tabs: { generated: 0, expected: 4, outOfDate: false },
};

export const validSetup: PanelSummary = {
  ...setupWithProblems,
  setup: { exists: true, valid: true, sheet: 'Pengaturan', problems: [], errors: 0, warnings: 0 },
};

/** Two jurors, two stages; Sari has finished the first stage. */
export const tabsPartial: PanelSummary = {
  ...validSetup,
  tabs: { generated: 4, expected: 4, outOfDate: false },
  progress: [
    {
      juror: 'Sari Wulandari',
      stage: 'Presentasi',
      sheet: 'Sari – Presentasi',
      scored: 30,
      total: 30,
      done: true,
      daysLate: 0,
      state: 'submitted' as const,
    },
    {
      juror: HOSTILE_JUROR,
      stage: 'Presentasi',
      sheet: 'Budi – Presentasi',
      scored: 12,
      total: 30,
      done: false,
      // Past the presentation's deadline.
      daysLate: 3,
      state: 'inProgress' as const,
    },
    {
      juror: 'Sari Wulandari',
      stage: 'Wawancara',
      sheet: 'Sari – Wawancara',
      scored: 0,
      total: 10,
      done: false,
      daysLate: 0,
      state: 'inProgress' as const,
    },
    {
      juror: HOSTILE_JUROR,
      stage: 'Wawancara',
      sheet: 'Budi – Wawancara',
      scored: 3,
      total: 10,
      done: false,
      daysLate: 0,
      state: 'inProgress' as const,
    },
  ],
};

/** The field visit's tabs exist, and the Setup's cut would now take other entries. */
export const CUT_TEXT =
  'Tahap "Kunjungan lapangan": aturan masuk tahap ini berubah dari 2 terbaik per kategori menjadi 1 terbaik per kategori sejak tab juri tahap ini dibuat. Menurut Pengaturan sekarang, yang masuk: tidak ada; yang keluar: 002 (Ojek ASI).';
export const cutChanged: PanelSummary = {
  ...tabsPartial,
  tabs: { ...tabsPartial.tabs, cutChanged: [CUT_TEXT] },
};

export const checkProblems: PanelSummary = {
  ...tabsPartial,
  check: {
    errors: 2,
    warnings: 1,
    problems: [
      {
        sheet: 'Budi – Presentasi',
        cell: 'E7',
        code: 'scoreMissing',
        severity: 'error',
        message: 'Nilai masih kosong.',
        juror: HOSTILE_JUROR,
      },
      {
        sheet: 'Sari – Wawancara',
        cell: 'D4',
        code: 'scoreOutOfRange',
        severity: 'error',
        message: 'Nilai 12 di luar skala 1–10.',
        juror: 'Sari Wulandari',
      },
      {
        sheet: 'Budi – Presentasi',
        cell: 'F9',
        code: 'disagreement',
        severity: 'warning',
        message: 'Nilai berbeda jauh dari juri lain.',
        juror: HOSTILE_JUROR,
      },
    ],
    groups: [
      { juror: HOSTILE_JUROR, errors: 1, warnings: 1 },
      { juror: 'Sari Wulandari', errors: 1, warnings: 0 },
    ],
  },
};

/** A juror far apart from the others on many entries: 57 warnings, of which the summary carries the first 3. */
export const SARI_WARNINGS = 57;

export function sariWarning(i: number): SummaryProblem {
  return {
    sheet: 'Sari – Presentasi',
    cell: `F${6 + i}`,
    code: 'juror-disagreement',
    severity: 'warning',
    message: `Entri ${i + 1}: nilai berbeda jauh dari juri lain.`,
    juror: 'Sari Wulandari',
  };
}

export const manyWarnings: PanelSummary = {
  ...tabsPartial,
  check: {
    errors: 0,
    warnings: SARI_WARNINGS,
    problems: [0, 1, 2].map(sariWarning),
    groups: [{ juror: 'Sari Wulandari', errors: 0, warnings: SARI_WARNINGS }],
  },
};

/** The server's page of Sari's warnings from `from` on, 50 at most. */
export function sariPage(from: number): ProblemPage {
  const problems = [];
  for (let i = from; i < Math.min(from + 50, SARI_WARNINGS); i++) problems.push(sariWarning(i));
  return { section: 'check', juror: 'Sari Wulandari', from, problems, total: SARI_WARNINGS };
}

export const ranked: PanelSummary = {
  ...checkProblems,
  check: { problems: [], errors: 0, warnings: 0, groups: [] },
  ranking: {
    computed: true,
    sheet: 'Peringkat',
    at: '28/11/2025 10.15',
    method: 'Rata-rata tertimbang',
    fingerprint: '9f2c4e1a7b3d58c0aa41e6b2d9f07c3e5b1a8d4f2c6e9b0a7d3f5c1e8b2a4d6f',
    outOfDate: false,
    categories: [
      {
        name: 'Tata Kelola',
        leaders: [
          {
            place: 1,
            id: 'TK-03',
            title: 'Layanan Adminduk Keliling',
            score: '88,50',
            tie: false,
            advances: true,
          },
          { place: 2, id: 'TK-01', title: HOSTILE_TITLE, score: '85,00', tie: true, advances: true },
          { place: 2, id: 'TK-07', title: 'SIPADU Desa', score: '85,00', tie: true, advances: true },
          { place: 4, id: 'TK-02', title: 'E-Retribusi Pasar', score: '80,25', tie: false, advances: false },
        ],
      },
      {
        name: 'Pelayanan Kesehatan',
        leaders: [
          { place: 1, id: 'PK-02', title: 'Posyandu Digital', score: '90,00', tie: false, advances: true },
        ],
      },
    ],
  },
};

export const published: PanelSummary = {
  ...ranked,
  publish: { url: RESULTS_URL, at: '28/11/2025 11.00' },
};

/** The same competition as the server describes it in English. */
export const publishedEn: PanelSummary = { ...published, lang: 'en' };

export function reply(
  summary: PanelSummary,
  message: string,
  ok = true,
  needsConfirmation?: boolean,
): ActionReply {
  return needsConfirmation ? { ok, message, needsConfirmation, summary } : { ok, message, summary };
}
