/** The fake's advanced services are as strict as Google where juror files depend on it. */
import { createFakeAdvanced } from './advanced';

function world() {
  let user = 'sekretariat@example.go.id';
  const fake = createFakeAdvanced({ user: () => user });
  const made = fake.Sheets.Spreadsheets!.create({
    properties: { title: 'Juri – A' },
    sheets: [{ properties: { title: 'Juri' } }],
  });
  const id = made.spreadsheetId!;
  const sheetId = made.sheets![0].properties!.sheetId!;
  return { fake, id, sheetId, as: (u: string) => (user = u) };
}

describe('the advanced services fake', () => {
  it('lets only the creating account reach a file through the APIs (drive.file), and none once trashed', () => {
    const w = world();
    expect(
      w.fake.Sheets.Spreadsheets!.Values!.batchGet(w.id, { ranges: ["'Juri'"] }).valueRanges,
    ).toHaveLength(1);
    w.as('sekretariat2@example.go.id');
    expect(() => w.fake.Sheets.Spreadsheets!.Values!.batchGet(w.id, { ranges: ["'Juri'"] })).toThrow(
      /not found/,
    );
    expect(() => w.fake.Drive.Permissions!.list(w.id)).toThrow(/not found/);
    w.as('sekretariat@example.go.id');
    w.fake.files.get(w.id)!.trashed = true;
    expect(() => w.fake.Sheets.Spreadsheets!.get(w.id)).toThrow(/not found/);
  });

  it('opens a file in the browser only for its owner and the people it is shared with', () => {
    const w = world();
    w.fake.Drive.Permissions!.create(
      { type: 'user', role: 'writer', emailAddress: 'juri1@example.org' },
      w.id,
    );
    expect(w.fake.openAs('juri1@example.org', w.id).id).toBe(w.id);
    expect(() => w.fake.openAs('juri2@example.org', w.id)).toThrow(/access/);
    expect(() => w.fake.typeAs('juri2@example.org', w.id, 'Juri', 'A1', 1)).toThrow(/access/);
  });

  it('keeps a protected range from a writer, except its unprotected ranges; applies a batch whole or not at all', () => {
    const w = world();
    w.fake.Drive.Permissions!.create(
      { type: 'user', role: 'writer', emailAddress: 'juri1@example.org' },
      w.id,
    );
    w.fake.Sheets.Spreadsheets!.batchUpdate(
      {
        requests: [
          {
            addProtectedRange: {
              protectedRange: {
                range: { sheetId: w.sheetId },
                description: 'Juri: tab',
                editors: { users: ['sekretariat@example.go.id'] },
                unprotectedRanges: [
                  {
                    sheetId: w.sheetId,
                    startRowIndex: 5,
                    endRowIndex: 7,
                    startColumnIndex: 3,
                    endColumnIndex: 5,
                  },
                ],
              },
            },
          },
        ],
      },
      w.id,
    );
    w.fake.typeAs('juri1@example.org', w.id, 'Juri', 'D6', 80);
    expect(() => w.fake.typeAs('juri1@example.org', w.id, 'Juri', 'B6', 'x')).toThrow(/protected/);
    w.fake.typeAs('sekretariat@example.go.id', w.id, 'Juri', 'B6', 'x');
    const before = JSON.stringify(w.fake.files.get(w.id)!.sheets);
    expect(() =>
      w.fake.Sheets.Spreadsheets!.batchUpdate(
        {
          requests: [
            { updateSheetProperties: { properties: { sheetId: w.sheetId, title: 'Baru' }, fields: 'title' } },
            {
              updateCells: {
                range: {
                  sheetId: w.sheetId,
                  startRowIndex: 0,
                  endRowIndex: 1,
                  startColumnIndex: 0,
                  endColumnIndex: 30,
                },
                rows: [],
                fields: 'userEnteredValue',
              },
            },
          ],
        },
        w.id,
      ),
    ).toThrow(/grid limits/);
    expect(JSON.stringify(w.fake.files.get(w.id)!.sheets)).toBe(before);
  });
});
