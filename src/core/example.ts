/**
 * The regency competition of docs/domain.md as a complete setup, for "New
 * competition (regency example)": a user sees every table filled at once.
 * It is Indonesian data, so its names stay Indonesian in both languages.
 *
 * What it shows: six agencies with one innovation each; the optional
 * inclusion category chosen by a single entry, so it is dropped for too few
 * entries and Sahabat Santri moves to Kolaborasi; three jurors (two outside
 * assessors and the organisation bureau), none from an entrant's agency, all
 * scoring every entry in both stages; the presentation (60 %) then the field
 * visit (40 %); the winner of each category goes on to the province. The
 * jury has a chair, a secretary and a member, and the minutes print on F4
 * paper under the organisation bureau's letterhead.
 */
import type { Competition, Criterion, Settings, TieBreak } from './model';

/** A criterion scored 0–100 in whole points, as every format Juri ships scores. */
export function criterion(id: string, stageId: string, name: string, weight: number): Criterion {
  return { id, stageId, name, weight, scale: { min: 0, max: 100, step: 1 } };
}

/**
 * The settings the example and every template share: z-scores need 5 entries
 * per juror, stage scores combine by stage weight, no passing grade, and jurors
 * who differ by 20 points or more on an entry are flagged.
 */
export const SHARED_SETTINGS = {
  zscoreMinEntries: 5,
  finalScore: 'weighted',
  passingGrade: null,
  disagreementThreshold: 20,
} as const satisfies Partial<Settings>;

/** Ties go to the higher presentation substance score (the heaviest criterion there), then to `stageId`'s score. */
export function substanceThen(stageId: string): TieBreak[] {
  return [
    { kind: 'criterion', stageId: 'presentasi', criterionId: 'substansi' },
    { kind: 'stage', stageId },
  ];
}

export function regencyExample(): Competition {
  return {
    name: 'Kompetisi Inovasi Pelayanan Publik Kabupaten',
    year: 2018,
    lang: 'id',
    secretariatEmails: ['organisasi@situbondokab.go.id'],
    categories: [
      {
        id: 'tata-kelola',
        name: 'Tata kelola pelayanan publik yang efektif, efisien dan berkinerja tinggi',
        optional: false,
        minEntries: 1,
        fallback: '',
      },
      {
        id: 'transparansi',
        name: 'Transparansi, akuntabilitas dan integritas',
        optional: false,
        minEntries: 1,
        fallback: '',
      },
      { id: 'kolaborasi', name: 'Kolaborasi', optional: false, minEntries: 1, fallback: '' },
      {
        id: 'inklusi',
        name: 'Pelayanan publik inklusif',
        optional: true,
        minEntries: 2,
        fallback: 'kolaborasi',
      },
    ],
    stages: [
      { id: 'presentasi', name: 'Presentasi', weight: 60, entry: { kind: 'all' }, jurorsPerEntry: null },
      {
        id: 'lapangan',
        name: 'Kunjungan lapangan',
        weight: 40,
        entry: { kind: 'all' },
        jurorsPerEntry: null,
      },
    ],
    criteria: [
      criterion('penyampaian', 'presentasi', 'Penyampaian', 30),
      criterion('substansi', 'presentasi', 'Substansi (manfaat dan kemungkinan direplikasi)', 50),
      criterion('video', 'presentasi', 'Video', 10),
      criterion('kehadiran', 'presentasi', 'Kehadiran kepala perangkat daerah', 10),
      criterion('kesesuaian', 'lapangan', 'Kesesuaian proposal, presentasi dan kenyataan', 50),
      criterion('manfaat', 'lapangan', 'Manfaat nyata bagi masyarakat', 30),
      criterion('keberlanjutan', 'lapangan', 'Keberlanjutan', 20),
    ],
    jurors: [
      {
        id: 'j1',
        name: 'Dr. Ratna Wulandari',
        email: 'ratna.wulandari@unej.ac.id',
        agency: 'Universitas Jember',
        stages: [],
        role: 'chair',
        nip: '0012047801',
      },
      {
        id: 'j2',
        name: 'Bambang Hermawan',
        email: 'bambang.hermawan@jatimprov.go.id',
        agency: 'Biro Organisasi Setda Provinsi Jawa Timur',
        stages: [],
        role: 'member',
        nip: '197803122005011003',
      },
      {
        id: 'j3',
        name: 'Sri Lestari',
        email: 'sri.lestari@situbondokab.go.id',
        agency: 'Bagian Organisasi',
        stages: [],
        role: 'secretary',
        nip: '198205142009022001',
      },
    ],
    entries: [
      {
        id: '001',
        title: 'Intelligence Room',
        agency: 'Dinas Kominfosan',
        categoryId: 'tata-kelola',
        excludedReason: '',
      },
      {
        id: '002',
        title: 'Ojek ASI: antar ASI untuk ibu bekerja',
        agency: 'Puskesmas Kendit',
        categoryId: 'tata-kelola',
        excludedReason: '',
      },
      {
        id: '003',
        title: 'Sistem pemilahan sampah',
        agency: 'DLH',
        categoryId: 'kolaborasi',
        excludedReason: '',
      },
      {
        id: '004',
        title: 'e-Kinerja: laporan kinerja elektronik',
        agency: 'BKPSDM',
        categoryId: 'transparansi',
        excludedReason: '',
      },
      {
        id: '005',
        title: 'Bayar tagihan air dengan sampah terpilah',
        agency: 'PDAM Tirta Baluran',
        categoryId: 'kolaborasi',
        excludedReason: '',
      },
      {
        id: '006',
        title: 'Sahabat Santri: santri bebas perundungan',
        agency: 'DPPPA',
        categoryId: 'inklusi',
        excludedReason: '',
      },
    ],
    settings: {
      ...SHARED_SETTINGS,
      method: 'mean',
      tieBreaks: substanceThen('lapangan'),
      advanceTopN: 1,
    },
    conflicts: [],
    adjustments: [],
    documents: {
      numbers: ['180/101/431.302/2018', '180/102/431.302/2018', '180/103/431.302/2018'],
      place: 'Ruang Rapat Bagian Organisasi Sekretariat Daerah Kabupaten Situbondo',
      // Blank: the documents carry the date they are made, as a secretariat printing them on the day would.
      date: '',
      letterhead: ['PEMERINTAH KABUPATEN SITUBONDO', 'SEKRETARIAT DAERAH', 'BAGIAN ORGANISASI'],
      approverTitle: 'Sekretaris Daerah Kabupaten Situbondo',
      approverName: 'Ir. Hadi Santoso, M.Si.',
      approverNip: '196805171994031007',
      paper: 'F4',
      plenaryMargin: 2,
    },
  };
}
