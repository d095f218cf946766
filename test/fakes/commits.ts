/**
 * Apps Script queues spreadsheet writes and sends them in batches; only
 * SpreadsheetApp.flush() (or the end of the execution) commits them. The
 * LockService reference says to flush before releasing a lock: otherwise
 * the next execution may take the lock and read the sheet before this
 * one's writes have landed. The fake records every lock released while
 * writes were still queued, so a test can see it.
 */
import type { LockKind } from './model';

/** Calls that change a spreadsheet (selection changes do not count). */
const WRITE =
  /^(Range|Sheet|Spreadsheet|Protection)\.(?!setActive)(set|clear|insert|delete|add|remove|merge|breakApart|protect|hide|show|rename)/;

export interface UnflushedRelease {
  lock: LockKind;
  /** The write calls still queued when the lock was released, in order. */
  writes: string[];
}

export class PendingWrites {
  /** Writes since the last flush. */
  private queued: string[] = [];
  readonly unflushedReleases: UnflushedRelease[] = [];

  /** Every successful service call passes here. */
  observe(method: string): void {
    if (method === 'SpreadsheetApp.flush') this.queued = [];
    else if (WRITE.test(method)) this.queued.push(method);
  }

  /** A lock the script held is released now. */
  released(lock: LockKind): void {
    if (this.queued.length > 0) this.unflushedReleases.push({ lock, writes: [...this.queued] });
  }

  /** The execution ended: Apps Script sends whatever is still queued. */
  committed(): void {
    this.queued = [];
  }

  get pending(): readonly string[] {
    return this.queued;
  }
}
