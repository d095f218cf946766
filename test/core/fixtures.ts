/**
 * Small competitions shared by the core tests. Every builder returns fresh
 * objects, so a test may mutate what it gets without touching another test.
 */
import type { Competition, Criterion, Scale, Settings } from '../../src/core/model';

/** Scores 0 to 100 in whole points, the scale of the regency example. */
export function percentScale(): Scale {
  return { min: 0, max: 100, step: 1 };
}

export function defaultSettings(overrides: Partial<Settings> = {}): Settings {
  return {
    method: 'mean',
    zscoreMinEntries: 5,
    finalScore: 'weighted',
    tieBreaks: [],
    advanceTopN: null,
    passingGrade: null,
    disagreementThreshold: null,
    ...overrides,
  };
}

function criterion(id: string, stageId: string, name: string, weight: number): Criterion {
  return { id, stageId, name, weight, scale: percentScale() };
}

/**
 * The 2018 regency competition of docs/domain.md: 6 agencies, one innovation each,
 * 3 jurors (two outside assessors and the organisation bureau) scoring every
 * entry in both stages.
 *
 * Categories: governance (e1 Intelligence Room, e2 Ojek ASI), transparency
 * (e4 e-Kinerja), collaboration (e3 waste sorting, e5 water bill), and the
 * optional inclusion category, which only e6 Sahabat Santri chose: below its
 * minimum of 2 entries and without a fallback, it is dropped and e6 awaits the
 * secretariat's decision.
 *
 * Stages: Presentasi (delivery 30, substance 50, video 10, head attendance 10)
 * weighted 60 %, then Kunjungan Lapangan (conformity 60, impact 40) weighted
 * 40 %, every entry of the presentation going on to the field visit.
 * No juror belongs to an entry's agency, so there is no conflict of interest.
 */
export function regencyFixture(): Competition {
  return {
    name: 'Kompetisi Inovasi Pelayanan Publik Kabupaten 2018',
    year: 2018,
    lang: 'id',
    secretariatEmails: ['organisasi@example.org'],
    categories: [
      {
        id: 'governance',
        name: 'Tata kelola pelayanan publik yang efektif, efisien dan berkinerja tinggi',
        optional: false,
        minEntries: 1,
        fallback: '',
      },
      {
        id: 'transparency',
        name: 'Transparansi, akuntabilitas dan integritas',
        optional: false,
        minEntries: 1,
        fallback: '',
      },
      { id: 'collaboration', name: 'Kolaborasi', optional: false, minEntries: 1, fallback: '' },
      { id: 'inclusion', name: 'Inklusi', optional: true, minEntries: 2, fallback: '' },
    ],
    stages: [
      { id: 'presentasi', name: 'Presentasi', weight: 60, entry: { kind: 'all' }, jurorsPerEntry: null },
      {
        id: 'lapangan',
        name: 'Kunjungan Lapangan',
        weight: 40,
        entry: { kind: 'all' },
        jurorsPerEntry: null,
      },
    ],
    criteria: [
      criterion('delivery', 'presentasi', 'Penyampaian', 30),
      criterion('substance', 'presentasi', 'Substansi (manfaat dan replikasi)', 50),
      criterion('video', 'presentasi', 'Video', 10),
      criterion('head', 'presentasi', 'Kehadiran kepala perangkat daerah', 10),
      criterion('conformity', 'lapangan', 'Kesesuaian proposal, presentasi dan kenyataan', 60),
      criterion('impact', 'lapangan', 'Manfaat nyata bagi masyarakat', 40),
    ],
    jurors: [
      {
        id: 'j1',
        name: 'Dr. Ratna Wulandari',
        email: 'ratna@example.org',
        agency: 'Universitas Jember',
        stages: [],
      },
      {
        id: 'j2',
        name: 'Bambang Hermawan',
        email: 'bambang@example.org',
        agency: 'Biro Organisasi Provinsi Jawa Timur',
        stages: [],
      },
      {
        id: 'j3',
        name: 'Sri Lestari',
        email: 'sri.lestari@example.org',
        agency: 'Bagian Organisasi',
        stages: [],
      },
    ],
    entries: [
      {
        id: 'e1',
        title: 'Intelligence Room',
        agency: 'Dinas Kominfosan',
        categoryId: 'governance',
        excludedReason: '',
      },
      {
        id: 'e2',
        title: 'Ojek ASI',
        agency: 'Puskesmas Kendit',
        categoryId: 'governance',
        excludedReason: '',
      },
      {
        id: 'e3',
        title: 'Sistem pemilahan sampah',
        agency: 'DLH',
        categoryId: 'collaboration',
        excludedReason: '',
      },
      { id: 'e4', title: 'e-Kinerja', agency: 'BKPSDM', categoryId: 'transparency', excludedReason: '' },
      {
        id: 'e5',
        title: 'Bayar tagihan air dengan sampah terpilah',
        agency: 'PDAM Tirta Baluran',
        categoryId: 'collaboration',
        excludedReason: '',
      },
      { id: 'e6', title: 'Sahabat Santri', agency: 'DPPPA', categoryId: 'inclusion', excludedReason: '' },
    ],
    settings: defaultSettings(),
    conflicts: [],
    adjustments: [],
  };
}

/**
 * A valid minimal competition (one category, one stage 's1' with one criterion
 * 'c1' of weight 100 on 0-100, jurors j1 and j2, entries e1 to e3, no
 * conflicts), with whole top-level fields replaced by `overrides`.
 */
export function makeCompetition(overrides: Partial<Competition> = {}): Competition {
  return {
    name: 'Kompetisi Uji',
    year: 2024,
    lang: 'id',
    secretariatEmails: [],
    categories: [{ id: 'cat', name: 'Umum', optional: false, minEntries: 1, fallback: '' }],
    stages: [{ id: 's1', name: 'Tahap 1', weight: 100, entry: { kind: 'all' }, jurorsPerEntry: null }],
    criteria: [{ id: 'c1', stageId: 's1', name: 'Kebaruan', weight: 100, scale: percentScale() }],
    jurors: [
      { id: 'j1', name: 'Juri Satu', email: 'j1@example.org', agency: 'Universitas A', stages: [] },
      { id: 'j2', name: 'Juri Dua', email: 'j2@example.org', agency: 'Universitas B', stages: [] },
    ],
    entries: [
      { id: 'e1', title: 'Inovasi Satu', agency: 'Dinas X', categoryId: 'cat', excludedReason: '' },
      { id: 'e2', title: 'Inovasi Dua', agency: 'Dinas Y', categoryId: 'cat', excludedReason: '' },
      { id: 'e3', title: 'Inovasi Tiga', agency: 'Dinas Z', categoryId: 'cat', excludedReason: '' },
    ],
    settings: defaultSettings(),
    conflicts: [],
    adjustments: [],
    ...overrides,
  };
}
