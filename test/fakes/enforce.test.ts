/**
 * The fake enforces protections as Sheets does, knows several users, lets a
 * juror type while a script runs and reports Sheets' number format of an
 * untouched cell: the bugs that hid behind a kinder fake must show here.
 */
import { NO_PERMISSION, PROTECTED } from './model';
import { UNTOUCHED_FORMAT } from './range';
import { createFakeApps } from './index';

const OWNER = 'sekretariat@example.go.id';
const MEMBER = 'anggota@example.go.id';
const JUROR = 'juri1@example.go.id';
const OTHER = 'juri2@example.go.id';

function protectedTab() {
  const fake = createFakeApps({ collaborators: [MEMBER, JUROR, OTHER] });
  const ss = fake.spreadsheet;
  const sheet = ss.insertSheet('Presentasi – Juri 1');
  const whole = sheet.protect().setDescription('Juri: tab');
  whole.removeEditors([MEMBER, JUROR, OTHER]);
  whole.setUnprotectedRanges([sheet.getRange('D6:F9')]);
  const scores = sheet.getRange('D6:F9').protect().setDescription('Juri: nilai');
  scores.removeEditors([MEMBER, OTHER]);
  return { fake, ss, sheet, whole, scores };
}

describe('fake protections are enforced', () => {
  it("lets a juror type in their open range only, with Sheets' message elsewhere", () => {
    const { fake, sheet } = protectedTab();
    fake.runAs(JUROR);
    expect(() => sheet.getRange('D6').setValue(85)).not.toThrow();
    expect(() => sheet.getRange('A1').setValue('x')).toThrow(PROTECTED);
    expect(() => sheet.getRange('F9:G9').setValues([[1, 2]])).toThrow(PROTECTED);
    expect(() => sheet.setName('mine')).toThrow(PROTECTED);
    fake.runAs(OTHER);
    expect(() => sheet.getRange('D6').setValue(1)).toThrow(PROTECTED);
    expect(() => sheet.getRange('D6').setBackground('#ff0000')).toThrow(PROTECTED);
    fake.runAs(OWNER);
    expect(() => sheet.getRange('A1').setValue('x')).not.toThrow();
  });

  it('refuses the editors, the domain setting and removal to someone who is not an editor', () => {
    const { fake, whole, scores } = protectedTab();
    fake.runAs(MEMBER);
    expect(whole.canEdit()).toBe(false);
    expect(() => whole.getEditors()).toThrow(NO_PERMISSION);
    expect(() => whole.canDomainEdit()).toThrow(NO_PERMISSION);
    expect(() => whole.remove()).toThrow(NO_PERMISSION);
    expect(() => scores.addEditor(MEMBER)).toThrow(NO_PERMISSION);
    expect(whole.getDescription()).toBe('Juri: tab');
    fake.runAs(JUROR);
    expect(scores.canEdit()).toBe(true);
    expect(scores.getEditors().map((u) => u.getEmail())).toContain(JUROR);
  });

  it('lets a secretariat member in once they are an editor', () => {
    const { fake, sheet, whole, scores } = protectedTab();
    whole.addEditor(MEMBER);
    scores.addEditor(MEMBER);
    fake.runAs(MEMBER);
    expect(() => sheet.getRange('A1:F9').clearContent()).not.toThrow();
    expect(() => fake.spreadsheet.deleteSheet(sheet)).not.toThrow();
  });

  it('runs an action as another user and comes back', () => {
    const fake = createFakeApps({ collaborators: [MEMBER] });
    expect(fake.asUser(MEMBER, () => fake.Session.getEffectiveUser().getEmail())).toBe(MEMBER);
    expect(fake.Session.getEffectiveUser().getEmail()).toBe(OWNER);
    fake.runAs('orang@lain.com');
    expect(() => fake.spreadsheet.getRange('A1').setValue(1)).toThrow('permission');
  });
});

describe('someone types while the script runs', () => {
  it('runs the hook before the chosen call, once, without counting its calls', () => {
    const { fake, sheet } = protectedTab();
    fake.calls.reset();
    fake.before(
      (method) => method === 'Range.setValues',
      () => fake.asUser(JUROR, () => sheet.getRange('E7').setValue(90)),
    );
    sheet.getRange('A1:A2').setValues([['a'], ['b']]);
    sheet.getRange('A3').setValues([['c']]);
    expect(sheet.getRange('E7').getValue()).toBe(90);
    expect(fake.calls.get('Range.setValue')).toBe(0);
    expect(fake.calls.get('Range.setValues')).toBe(2);
  });
});

describe('number formats and the grid', () => {
  it('reports what Sheets reports for an untouched cell, and General sets the automatic format', () => {
    const ss = createFakeApps().spreadsheet;
    const range = ss.getRange('A1:B1');
    expect(range.getNumberFormats()).toEqual([[UNTOUCHED_FORMAT, UNTOUCHED_FORMAT]]);
    range.setNumberFormats([['General', '@']]);
    expect(range.getNumberFormats()).toEqual([['General', '@']]);
  });

  it('deletes rows and columns, moving what is below and to the right', () => {
    const ss = createFakeApps().spreadsheet;
    const sheet = ss.getSheets()[0];
    sheet.getRange('C5').setValue('x');
    sheet.deleteRows(2, 2);
    sheet.deleteColumns(1, 1);
    expect(sheet.getRange('B3').getValue()).toBe('x');
    expect([sheet.getMaxRows(), sheet.getMaxColumns()]).toEqual([998, 25]);
    expect(() => sheet.deleteRows(1, 998)).toThrow("can't delete all");
  });
});
