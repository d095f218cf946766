/**
 * The bookkeeping every fake service shares: a counter of calls per
 * "Class.method" (so tests can assert that an action's service calls do not
 * grow with the data) and failure injection (so tests can break a chosen call
 * in the middle of an action). A call is counted, then checked for an injected
 * failure, before the fake touches any state: a failed call changes nothing.
 */

export type FailurePredicate = (method: string, nth: number) => boolean;

/** Something another person does while the script runs, just before a chosen call. */
interface Hook {
  matches: FailurePredicate;
  act: () => void;
  once: boolean;
}

interface FailureRule {
  matches: FailurePredicate;
  error: () => Error;
  once: boolean;
}

export class CallCounter {
  private readonly counts = new Map<string, number>();

  /** Calls of one method since the last reset, e.g. get('Range.setValues'). */
  get(method: string): number {
    return this.counts.get(method) ?? 0;
  }

  /** All calls since the last reset, or those whose method name passes the filter. */
  total(filter?: (method: string) => boolean): number {
    let sum = 0;
    for (const [method, n] of this.counts) if (!filter || filter(method)) sum += n;
    return sum;
  }

  /** A copy of the counts, sorted by method name: handy in failure messages. */
  all(): Record<string, number> {
    const out: Record<string, number> = {};
    for (const method of [...this.counts.keys()].sort()) out[method] = this.counts.get(method) ?? 0;
    return out;
  }

  reset(): void {
    this.counts.clear();
  }

  /** Counts a call and returns how many calls of that method there have been (1-based). */
  bump(method: string): number {
    const n = this.get(method) + 1;
    this.counts.set(method, n);
    return n;
  }
}

export class Recorder {
  readonly calls = new CallCounter();
  private rules: FailureRule[] = [];
  private readonly observers: ((method: string) => void)[] = [];
  private hooks: Hook[] = [];
  /** Calls made by a hook are another person's: neither counted nor failed. */
  private inHook = false;

  /**
   * Entry of every public fake method. Runs a hook that matches (another
   * person acting between two calls of the script), then throws an injected
   * failure, if one matches.
   */
  call(method: string): void {
    if (this.inHook) return;
    const nth = this.calls.bump(method);
    const hook = this.hooks.find((h) => h.matches(method, nth));
    if (hook) {
      if (hook.once) this.hooks = this.hooks.filter((h) => h !== hook);
      this.inHook = true;
      try {
        hook.act();
      } finally {
        this.inHook = false;
      }
    }
    const index = this.rules.findIndex((rule) => rule.matches(method, nth));
    if (index >= 0) {
      const rule = this.rules[index];
      if (rule.once) this.rules.splice(index, 1);
      throw rule.error();
    }
    for (const observer of this.observers) observer(method);
  }

  /**
   * `observer` sees every call that got past failure injection, before the
   * fake acts on it; it may throw, as a service refusing the call does.
   */
  observe(observer: (method: string) => void): void {
    this.observers.push(observer);
  }

  /** The next call of `method` ('Range.setValues') throws `error`, once. */
  failNext(method: string, error?: Error | string): void {
    this.rules.push({ matches: (m) => m === method, error: errorFactory(error, method), once: true });
  }

  /**
   * Every call for which the predicate holds throws, until the returned
   * function is called. `nth` counts calls of that method since calls.reset().
   */
  failWhen(predicate: FailurePredicate, error?: Error | string): () => void {
    const rule: FailureRule = { matches: predicate, error: errorFactory(error, 'injected'), once: false };
    this.rules.push(rule);
    return () => {
      this.rules = this.rules.filter((r) => r !== rule);
    };
  }

  clearFailures(): void {
    this.rules = [];
  }

  /**
   * Before the first call for which the predicate holds, `act` runs (once by
   * default): a juror typing between the script's read and its write. What
   * `act` does through the fake is not counted.
   */
  before(predicate: FailurePredicate, act: () => void, options: { once?: boolean } = {}): () => void {
    const hook: Hook = { matches: predicate, act, once: options.once ?? true };
    this.hooks.push(hook);
    return () => {
      this.hooks = this.hooks.filter((h) => h !== hook);
    };
  }
}

function errorFactory(error: Error | string | undefined, method: string): () => Error {
  if (error instanceof Error) return () => error;
  const message = error ?? `Service error: injected failure of ${method}`;
  return () => new Error(message);
}
