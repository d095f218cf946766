/**
 * Whether a jury workbook on the fake is whole, read from the fake's state
 * without counting calls: every juror tab protected by Juri, sealed, with
 * the secretariat (and whoever ran the action) as editors of the tab and its
 * juror as well on the score cells; no temporary or empty sheet left.
 */
import type { Competition } from '../../src/core/model';
import { PROTECTION_PREFIX, SEAL_MARK } from '../../src/gas/sheetsPort';
import { OLD_SUFFIX, TEMP_SUFFIX } from '../../src/workflow/workbook';
import type { FakeApps } from '../fakes';
import type { SheetData } from '../fakes/model';
import { isJurorTab } from './book';

const lower = (e: string) => e.toLowerCase();

/** The problems found; [] when the workbook is whole. `extra` are editors that may also be there (the runners). */
export function wholeProblems(fake: FakeApps, c: Competition, tabs: number, extra: string[] = []): string[] {
  const book = fake.inspect();
  const problems: string[] = [];
  const owner = fake.fakes.spreadsheet.data.world.options.owner;
  const secretariat = c.secretariatEmails.map(lower);
  const allowed = new Set([owner, ...secretariat, ...extra].map(lower));
  const jurorTabs = book.sheets.filter(isJurorTab);
  if (jurorTabs.length !== tabs) problems.push(`${jurorTabs.length} juror tabs instead of ${tabs}`);
  for (const s of book.sheets) {
    if (s.name.endsWith(TEMP_SUFFIX) || s.name.endsWith(OLD_SUFFIX)) problems.push(`${s.name}: left behind`);
    if (s.extent().lastRow === 0 && s.name !== 'Sheet1') problems.push(`${s.name}: empty sheet left behind`);
  }
  for (const tab of jurorTabs) {
    const mine = book.protections.filter((p) => p.sheet === tab && !p.removed);
    const whole = mine.filter((p) => p.kind === 'SHEET');
    const ranges = mine.filter((p) => p.kind === 'RANGE');
    const say = (what: string) => problems.push(`${tab.name}: ${what}`);
    if (whole.length !== 1) {
      say(`${whole.length} sheet protections`);
      continue;
    }
    const w = whole[0];
    if (!w.description.startsWith(PROTECTION_PREFIX) || !w.description.includes(SEAL_MARK)) say('not sealed');
    const editors = [...w.editors].map(lower);
    for (const e of secretariat) if (!editors.includes(e)) say(`${e} cannot edit the tab`);
    for (const e of editors) if (!allowed.has(e)) say(`${e} may edit the whole tab`);
    if (w.domainEdit) say('open to the domain');
    const juror = c.jurors.find((j) => j.email && jurorOf(tab) === j.id);
    // The score cells and the pakta/submit cells: each open range protected for its editors.
    if (ranges.length === 0 || ranges.length !== w.unprotected.length) {
      say(`${ranges.length} range protections for ${w.unprotected.length} open ranges`);
      continue;
    }
    const same = (a: (typeof ranges)[number]['rect'], b: (typeof ranges)[number]['rect']) =>
      JSON.stringify(a) === JSON.stringify(b);
    // Once submitted (Juri's time in J2), the juror's ranges are the secretariat's alone.
    const submitted = tab.cell(2, 10)?.value;
    const narrowed = submitted !== undefined && submitted !== '';
    for (const r of ranges) {
      if (!w.unprotected.some((u) => same(u, r.rect))) say('an open range is not the protected one');
      const rangeEditors = [...r.editors].map(lower);
      const jurorIn = juror !== undefined && rangeEditors.includes(lower(juror.email));
      if (juror && !narrowed && !jurorIn) say(`${juror.email} cannot type scores`);
      if (juror && narrowed && jurorIn) say(`${juror.email} can still type in a submitted tab`);
      for (const e of secretariat) if (!rangeEditors.includes(e)) say(`${e} cannot edit the scores`);
      for (const e of rangeEditors)
        if (!allowed.has(e) && e !== lower(juror?.email ?? '')) say(`${e} may type this juror's scores`);
    }
  }
  return problems;
}

/** The juror id a tab names in row 2 (column D). */
function jurorOf(tab: SheetData): string {
  const v = tab.cell(2, 4)?.value;
  return typeof v === 'string' ? v : '';
}
