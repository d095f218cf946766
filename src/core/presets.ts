/**
 * Templates for a new competition at each level of government (docs/domain.md):
 * categories, stages, criteria with their weights and scales, advancement and
 * tie-break order, with jurors and entries left for the secretariat to fill in.
 * Each says where its rules come from and which year's guide it follows;
 * weights and cuts change every year, so every value stays editable.
 */
import { defaultDocuments } from './documentSettings';
import { criterion, regencyExample, SHARED_SETTINGS, substanceThen } from './example';
import type { Competition, Criterion, Lang, Stage } from './model';

export type PresetId = 'regency' | 'province' | 'nation';
export const PRESETS: readonly PresetId[] = ['regency', 'province', 'nation'];

/** The national proposal form (KIPP 2023 guide; the same weights in East Java's KOVABLIK), each aspect 0–100. */
function proposalCriteria(stageId: string, prefix: string): Criterion[] {
  return [
    criterion(`${prefix}ringkasan`, stageId, 'Ringkasan (dibaca, tanpa bobot)', 0),
    criterion(`${prefix}latar`, stageId, 'Latar belakang dan tujuan', 10),
    criterion(`${prefix}kebaruan`, stageId, 'Kebaruan', 15),
    criterion(`${prefix}implementasi`, stageId, 'Implementasi', 5),
    criterion(`${prefix}signifikansi`, stageId, 'Signifikansi', 30),
    criterion(`${prefix}adaptabilitas`, stageId, 'Adaptabilitas', 20),
    criterion(`${prefix}sumberdaya`, stageId, 'Sumber daya', 5),
    criterion(`${prefix}keberlanjutan`, stageId, 'Strategi keberlanjutan', 15),
  ];
}

/** The presentation stage of East Java's KOVABLIK system. */
function presentationCriteria(stageId: string): Criterion[] {
  return [
    criterion('penyampaian', stageId, 'Penyampaian', 30),
    criterion('substansi', stageId, 'Substansi (manfaat dan kemungkinan direplikasi)', 50),
    criterion('video', stageId, 'Video', 10),
    criterion('kehadiran', stageId, 'Kehadiran kepala perangkat daerah', 10),
  ];
}

/** Field verification: its criteria are not published; these are the regency example's, a starting point. */
function fieldCriteria(stageId: string, prefix: string): Criterion[] {
  return [
    criterion(`${prefix}kesesuaian`, stageId, 'Kesesuaian proposal, presentasi dan kenyataan', 50),
    criterion(`${prefix}manfaat`, stageId, 'Manfaat nyata bagi masyarakat (termasuk keterangan warga)', 30),
    criterion(`${prefix}keberlanjutan`, stageId, 'Keberlanjutan', 20),
  ];
}

function stage(
  id: string,
  name: string,
  weight: number,
  entry: Stage['entry'],
  jurorsPerEntry: number | null,
): Stage {
  return { id, name, weight, entry, jurorsPerEntry };
}

const SOURCES: Record<PresetId, Record<Lang, string>> = {
  regency: {
    id: 'Format kompetisi inovasi tingkat kabupaten (contoh Juri, kompetisi kabupaten 2018): tiga kategori dan kategori inklusi opsional (minimal 2 inovasi; bila kurang, inovasinya pindah ke Kolaborasi); presentasi 60 % lalu kunjungan lapangan 40 %; bobot presentasi dari sistem KOVABLIK Jawa Timur; juara tiap kategori maju ke provinsi. Semua nilai boleh diubah.',
    en: "Regency-level innovation competition format (Juri example, a 2018 regency competition): three categories plus the optional inclusion category (at least 2 entries; below that its entries move to Collaboration); presentation 60 % then field visit 40 %; presentation weights from East Java's KOVABLIK system; the winner of each category goes on to the province. Every value stays editable.",
  },
  province: {
    id: 'Format KOVABLIK Jawa Timur: bobot proposal dari Pedoman KIPP 2023 (ringkasan 0, latar belakang dan tujuan 10, kebaruan 15, implementasi 5, signifikansi 30, adaptabilitas 20, sumber daya 5, keberlanjutan 15); bobot presentasi dari sistem KOVABLIK (penyampaian 30, substansi 50, video 10, kehadiran kepala perangkat daerah 10); 45 terbaik seluruh kategori maju ke presentasi; kriteria verifikasi lapangan dan bobot tahap (presentasi 60, verifikasi 40) tidak diterbitkan: titik awal dari Juri. Bobot dan batas berubah tiap tahun; sesuaikan dengan pedoman tahun ini.',
    en: "East Java KOVABLIK format: proposal weights from the KIPP 2023 guide (summary 0, background and aims 10, novelty 15, implementation 5, significance 30, adaptability 20, resources 5, sustainability 15); presentation weights from the KOVABLIK system (delivery 30, substance 50, video 10, attendance of the head of the agency 10); the best 45 of all categories go on to the presentation; field verification criteria and stage weights (presentation 60, verification 40) are not published: a starting point from Juri. Weights and cuts change every year; set them to this year's guide.",
  },
  nation: {
    id: 'Format KIPP nasional: pemeriksaan administrasi oleh sekretariat (isi "Alasan dikecualikan" untuk proposal yang tidak lengkap); evaluasi proposal oleh 2 evaluator per proposal dengan bobot Pedoman KIPP 2023; nilai batas lulus 85 (putaran nasional terakhir) ke panel independen; panel memilih Top 99 seluruh kategori secara proporsional menurut kelompok (umum, replikasi, khusus): isi minimal tiap kelompok di tabel Komposisi; presentasi dan wawancara (kehadiran kepala instansi dinilai); verifikasi lapangan; Top 45 menurut komposisi yang sama, Top 5 = lima nilai akhir tertinggi. Bobot tahap dan kriteria verifikasi tidak diterbitkan: titik awal dari Juri. Sesuaikan dengan pedoman tahun ini.',
    en: "National KIPP format: administrative check by the secretariat (fill in \"Reason for exclusion\" for incomplete proposals); proposal review by 2 evaluators per proposal with the KIPP 2023 guide's weights; a passing grade of 85 (the latest national round) to the independent panel; the panel picks the Top 99 of all categories proportionally by group (general, replication, special): fill in each group's minimum in the Composition table; presentation and interview (the attendance of the head of the agency counts); field verification; the Top 45 by the same composition, the Top 5 being the five highest final scores. Stage weights and verification criteria are not published: a starting point from Juri. Set them to this year's guide.",
  },
};

/** A complete, valid Setup of the format, for the given year and language; jurors and entries empty. */
export function presetCompetition(id: PresetId, year: number, lang: Lang): Competition {
  const base = {
    year,
    lang,
    jurors: [],
    entries: [],
    adjustments: [],
    conflicts: [],
    documents: defaultDocuments(),
    source: SOURCES[id][lang],
  };
  if (id === 'regency') {
    const example = regencyExample();
    return { ...example, ...base, secretariatEmails: [] };
  }
  if (id === 'province') {
    return {
      ...base,
      name: 'Kompetisi Inovasi Pelayanan Publik Provinsi (KOVABLIK)',
      secretariatEmails: [],
      categories: regencyExample().categories.filter((c) => !c.optional),
      stages: [
        stage('proposal', 'Evaluasi proposal', 0, { kind: 'all' }, 3),
        stage('presentasi', 'Presentasi', 60, { kind: 'quota', n: 45 }, null),
        stage('verifikasi', 'Verifikasi lapangan', 40, { kind: 'all' }, null),
      ],
      criteria: [
        ...proposalCriteria('proposal', ''),
        ...presentationCriteria('presentasi'),
        ...fieldCriteria('verifikasi', 'v-'),
      ],
      settings: {
        ...SHARED_SETTINGS,
        method: 'mean',
        tieBreaks: substanceThen('proposal'),
        advanceTopN: null,
      },
    };
  }
  const groups = ['umum', 'replikasi', 'khusus'];
  return {
    ...base,
    name: 'Kompetisi Inovasi Pelayanan Publik (KIPP)',
    secretariatEmails: [],
    categories: [
      { id: 'kipp', name: 'Inovasi pelayanan publik', optional: false, minEntries: 1, fallback: '' },
    ],
    stages: [
      stage('proposal', 'Evaluasi proposal', 0, { kind: 'all' }, 2),
      stage('panel', 'Penilaian panel independen', 0, { kind: 'passing', grade: 85 }, 2),
      stage('presentasi', 'Presentasi dan wawancara', 70, { kind: 'quota', n: 99 }, null),
      stage('verifikasi', 'Verifikasi lapangan', 30, { kind: 'all' }, null),
    ],
    criteria: [
      ...proposalCriteria('proposal', ''),
      ...proposalCriteria('panel', 'pn-'),
      ...presentationCriteria('presentasi'),
      ...fieldCriteria('verifikasi', 'v-'),
    ],
    settings: {
      ...SHARED_SETTINGS,
      method: 'zscore',
      tieBreaks: substanceThen('panel'),
      advanceTopN: null,
      advanceOverallN: 45,
    },
    quotas: [
      ...groups.map((value) => ({
        appliesTo: 'presentasi',
        column: 'group' as const,
        value,
        min: 0,
        max: null,
      })),
      ...groups.map((value) => ({ appliesTo: '', column: 'group' as const, value, min: 0, max: null })),
    ],
  };
}
