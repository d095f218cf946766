/**
 * Juror files over the Sheets (v4) and Drive (v3) advanced services, which
 * honour the drive.file scope Juri already has: a juror file is created
 * with spreadsheets.create, shared with one Drive permission (writer, with a
 * message), read back with one values.batchGet, and checked for its sharing
 * with one permissions.list.
 */
import type { JurorFileRecord } from '../workbook/jurorFilesSheet';
import type { JurorFilePort, JurorFileService } from '../workbook/panelPort';
import { missingPermissions } from './authorization';
import { filePort, PLACEHOLDER } from './filePort';

export interface JurorFileApis {
  sheets: GoogleAppsScript.Sheets;
  drive: GoogleAppsScript.Drive;
  /** The account running the action. */
  user(): string;
  /** The master's locale and time zone: a juror file reads "8,5" as the master does. Asked only when needed. */
  locale(): string;
  timeZone(): string;
}

function detail(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Google's answer for a file that is gone, or that this account's drive.file grant does not cover. */
function notFound(error: unknown): boolean {
  return /not found|notFound|404/i.test(detail(error));
}

export function jurorFileService(apis: JurorFileApis): JurorFileService {
  // One service per action (as activePort makes it): who runs it is asked once.
  let me: string | null = null;
  const user = () => (me ??= apis.user());
  const make = (fileId: string, extra: { knownSheets?: string[]; fresh?: { placeholderId: number } }) =>
    filePort({ api: apis.sheets, fileId, locale: apis.locale, user, ...extra });
  return {
    user,
    open(record: JurorFileRecord): JurorFilePort | null {
      const port = make(record.fileId, { knownSheets: record.tabs.length > 0 ? record.tabs : undefined });
      try {
        // The one batchGet of the file: every action that opens juror files reads their tabs.
        const first = port.sheetNames()[0];
        if (first !== undefined) port.read(first);
      } catch (error) {
        if (notFound(error)) return null;
        throw error;
      }
      return port;
    },
    create(title) {
      const made = apis.sheets.Spreadsheets!.create({
        properties: { title, locale: apis.locale(), timeZone: apis.timeZone() },
        sheets: [{ properties: { title: PLACEHOLDER } }],
      });
      const placeholderId = made.sheets?.[0]?.properties?.sheetId ?? 0;
      return {
        fileId: made.spreadsheetId!,
        url: made.spreadsheetUrl ?? '',
        port: make(made.spreadsheetId!, { fresh: { placeholderId } }),
      };
    },
    writers(fileId) {
      const list = apis.drive.Permissions!.list(fileId, { fields: 'permissions(emailAddress,role,type)' });
      return (list.permissions ?? [])
        .filter((p) => p.type === 'user' && p.role === 'writer' && p.emailAddress)
        .map((p) => p.emailAddress!);
    },
    // Asked once per action, and only where there are juror files to reach.
    missingPermission: () => missingPermissions(['driveFile']),
    unshare(fileId, email) {
      const list = apis.drive.Permissions!.list(fileId, { fields: 'permissions(id,emailAddress,role,type)' });
      for (const p of list.permissions ?? [])
        if (p.type === 'user' && p.role !== 'owner' && p.emailAddress?.toLowerCase() === email.toLowerCase())
          apis.drive.Permissions!.remove(fileId, p.id!);
    },
    share(fileId, email, message) {
      apis.drive.Permissions!.create({ type: 'user', role: 'writer', emailAddress: email }, fileId, {
        sendNotificationEmail: true,
        emailMessage: message,
      });
    },
  };
}
