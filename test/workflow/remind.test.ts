/**
 * Remind jurors: a juror who left cells empty in two stages past their
 * deadlines gets one message naming each tab, how much is missing, the first
 * empty cell and the deadline, with mailto: and WhatsApp links, in either language.
 */
import { daysLate, waNumber } from '../../src/core/reminders';
import * as workflow from '../../src/workflow/actions';
import { remindJurors } from '../../src/workflow/remind';
import { typeScores } from '../../src/workflow/typeScores';
import { readWorkbook } from '../../src/workflow/workbook';
import { editSetup, fakeWorkbook, scoreEverything } from './helpers';

function lateJury() {
  const bench = fakeWorkbook();
  workflow.newCompetition(bench.port, { example: true, lang: 'id' });
  editSetup(bench.port, (c) => {
    c.stages[0].deadline = '2026-11-20';
    c.stages[1].deadline = '2026-11-27';
    c.jurors[0].phone = '0812-3456-7890';
  });
  workflow.generateTabs(bench.port);
  scoreEverything(bench.port);
  // Juror j1 empties two rows of the presentation and one of the field visit.
  const wb = readWorkbook(bench.port);
  const [presentation, field] = ['presentasi', 'lapangan'].map((s) =>
    wb.tabs.find((t) => t.stageId === s && t.jurorId === 'j1')!,
  );
  const empty = (tab: typeof presentation, rows: number[]) =>
    Object.fromEntries(
      rows.map((i) => [tab.rows[i].entryId, Object.fromEntries(tab.criterionIds.map((k) => [k, null]))]),
    );
  typeScores(bench.port, presentation.sheet, empty(presentation, [1, 3]));
  typeScores(bench.port, field.sheet, empty(field, [2]));
  return { ...bench, presentation, field };
}

describe('remind jurors', () => {
  it('writes one message per late juror, naming each stage, tab, count, first empty cell and deadline', () => {
    const { port, presentation, field } = lateJury();
    const col = String.fromCharCode(64 + presentation.colOf[presentation.criterionIds[0]]);
    const outcome = remindJurors(port, {
      today: '2026-11-29',
      lang: 'id',
      linkOf: (sheet, cell) => `https://sheets.example/#${encodeURIComponent(sheet)}!${cell}`,
    });
    expect(outcome.ok).toBe(true);
    expect(outcome.reminders.map((r) => r.jurorId)).toEqual(['j1']);
    const [r] = outcome.reminders;
    expect(r.stages.map((s) => [s.sheet, s.missing, s.total, s.firstOpen, s.daysLate])).toEqual([
      [presentation.sheet, 2, 6, `${col}${presentation.rows[1].row}`, 9],
      [
        field.sheet,
        1,
        6,
        `${String.fromCharCode(64 + field.colOf[field.criterionIds[0]])}${field.rows[2].row}`,
        2,
      ],
    ]);
    expect(r.text).toContain('Yth. Dr. Ratna Wulandari,');
    expect(r.text).toContain(`2 dari 6 inovasi belum dinilai lengkap di tab "${presentation.sheet}"`);
    expect(r.text).toContain('Batas waktunya 20 November 2026.');
    expect(r.text).toContain('Batas waktunya 27 November 2026.');
    expect(r.text).toContain(`https://sheets.example/#${encodeURIComponent(presentation.sheet)}!${col}`);
    // The links carry the whole message, and reach the juror's own number.
    const mail = new URL(r.mailto);
    expect(mail.protocol).toBe('mailto:');
    expect(mail.pathname).toBe('ratna.wulandari@unej.ac.id');
    expect(mail.searchParams.get('body')).toBe(r.text);
    expect(mail.searchParams.get('subject')).toContain('Kompetisi Inovasi Pelayanan Publik Kabupaten');
    const wa = new URL(r.whatsapp);
    expect(wa.origin + wa.pathname).toBe('https://wa.me/6281234567890');
    expect(wa.searchParams.get('text')).toBe(r.text);
  });

  it('speaks English in an English workbook, and says where the cell is when no link can be made', () => {
    const { port, presentation } = lateJury();
    const outcome = remindJurors(port, { today: '2026-11-29', lang: 'en' });
    const [r] = outcome.reminders;
    expect(r.text).toContain('Dear Dr. Ratna Wulandari,');
    expect(r.text).toContain(
      `2 of 6 entries are not fully scored in tab "${presentation.sheet}", from cell `,
    );
    expect(r.text).toContain('The deadline is 20 November 2026.');
    expect(r.text).not.toContain('http');
    expect(outcome.message.en).toBe(
      'Jurors late as of 2026-11-29: 1. Send the reminders by email or WhatsApp below.',
    );
  });

  it('names nobody before a deadline has passed, nor a juror who is done', () => {
    const { port } = lateJury();
    expect(remindJurors(port, { today: '2026-11-20', lang: 'id' }).reminders).toEqual([]);
    const onlyField = remindJurors(port, { today: '2026-11-25', lang: 'id' }).reminders;
    expect(onlyField.map((r) => r.stages.map((s) => s.stageId))).toEqual([['presentasi']]);
  });

  it('counts days late from the deadline, and none without one', () => {
    const c = { stages: [{ id: 's', deadline: '2026-11-27' }, { id: 't' }] } as never;
    expect(daysLate(c, { stageId: 's', done: false }, '2026-11-29')).toBe(2);
    expect(daysLate(c, { stageId: 's', done: true }, '2026-11-29')).toBe(0);
    expect(daysLate(c, { stageId: 't', done: false }, '2026-11-29')).toBe(0);
  });

  it('turns Indonesian phone numbers into the international form WhatsApp wants', () => {
    expect(waNumber('0812-3456-7890')).toBe('6281234567890');
    expect(waNumber('+62 812 3456 7890')).toBe('6281234567890');
    expect(waNumber('62 812 3456 7890')).toBe('6281234567890');
    expect(waNumber('')).toBe('');
    expect(waNumber('tidak ada')).toBe('');
  });
});
