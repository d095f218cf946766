/**
 * Templates, import and reminders through the built dist/Code.js in node:vm:
 * the sidebar's google.script.run targets and the menu items.
 */
import type { ActionReply, RemindReply } from '../../src/workflow/summary';
import { readWorkbook } from '../../src/workflow/workbook';
import { editSetup, scoreEverything } from '../workflow/helpers';
import { loadBundle as load, portOf as port } from './bundle';

describe('templates, import and reminders in Apps Script', () => {
  it('makes a competition from a template, from the sidebar and from the menu', () => {
    const { fake, call } = load();
    const made = call<ActionReply>('newFromPreset', 'nation', 'en');
    expect(JSON.parse(JSON.stringify(made))).toEqual(made);
    expect(made.ok).toBe(true);
    const c = readWorkbook(port(fake)).setup!.competition;
    expect(c.stages.map((s) => s.id)).toEqual(['proposal', 'panel', 'presentasi', 'verifikasi']);
    expect(c.settings.advanceOverallN).toBe(45);
    // A second competition never replaces the first.
    call('menuPresetProvince');
    expect(fake.ui.alerts.at(-1)?.prompt).toContain('sudah ada');
  });

  it('imports the sheet the user names, and reminds the late juror with links in a dialog', () => {
    const { fake, call } = load();
    call('newCompetition', true, 'id');
    fake.spreadsheet.insertSheet('Form Responses 1');
    port(fake).writeBlock('Form Responses 1', {
      row: 1,
      col: 1,
      values: [
        ['Timestamp', 'Judul Inovasi', 'Nama Instansi', 'Kategori'],
        ['2026-10-01', 'Sekolah Aman', 'Dinas Pendidikan', 'Kolaborasi'],
      ],
    });
    fake.ui.promptAnswers.push({ button: 'OK', text: 'Form Responses 1' });
    call('menuImportEntries');
    expect(fake.ui.toasts.at(-1)?.message).toContain('1 inovasi ditambahkan');
    expect(readWorkbook(port(fake)).setup!.competition.entries.map((e) => e.title)).toContain('Sekolah Aman');

    editSetup(port(fake), (c) => {
      c.stages[0].deadline = '2000-01-01';
    });
    call('generateTabs', 'id');
    const reply = call<RemindReply>('remindJurors', 'id');
    expect(JSON.parse(JSON.stringify(reply))).toEqual(reply);
    expect(reply.reminders.map((r) => r.jurorId)).toEqual(['j1', 'j2', 'j3']);
    // The link opens the spreadsheet at the first empty cell of the juror's tab.
    expect(reply.reminders[0].text).toMatch(/#gid=\d+&range=[A-Z]+\d+/);
    call('menuRemindJurors');
    const dialog = fake.ui.dialogs.at(-1)!;
    expect(dialog.content).toContain('href="mailto:ratna.wulandari@unej.ac.id?subject=');
    expect(dialog.content).toContain('href="https://wa.me/?text=');
    scoreEverything(port(fake));
    expect(call<RemindReply>('remindJurors', 'id').reminders).toEqual([]);
  });
});
