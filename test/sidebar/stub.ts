/**
 * A stand-in for google.script.run, injected into the page before the
 * sidebar's script. It answers from scripted replies, records every call,
 * and can hold its answers until the test releases them, so the test sees
 * the busy state without timing anything.
 *
 * installStub runs in the browser (Playwright sends its source), so it must
 * not use anything from its module.
 */

/** One scripted answer: a value for the success handler, or a failure message. */
export type Answer = { value: unknown } | { fail: string };

/** Per server function, the answers in order; the last one repeats. */
export type Script = Record<string, Answer[]>;

export interface StubWindow {
  __calls: { name: string; args: unknown[] }[];
  __stub: { script: Script; hold: boolean; pending: (() => void)[] };
  __release(): void;
  __xss?: number;
}

export function installStub(script: Script): void {
  const w = window as unknown as StubWindow & { google: unknown };
  w.__calls = [];
  w.__stub = { script, hold: false, pending: [] };
  w.__release = () => {
    const pending = w.__stub.pending.splice(0);
    pending.forEach((answer) => answer());
  };

  const makeRunner = (onOk: (v: unknown) => void, onFail: (e: Error) => void): unknown =>
    new Proxy(
      {},
      {
        get(_target, prop) {
          if (prop === 'withSuccessHandler') return (f: (v: unknown) => void) => makeRunner(f, onFail);
          if (prop === 'withFailureHandler') return (f: (e: Error) => void) => makeRunner(onOk, f);
          if (prop === 'withUserObject') return () => makeRunner(onOk, onFail);
          const name = String(prop);
          return (...args: unknown[]) => {
            // google.script.run copies arguments: only plain data crosses.
            w.__calls.push({ name, args: JSON.parse(JSON.stringify(args)) });
            const queue = w.__stub.script[name];
            const answer: Answer =
              !queue || queue.length === 0
                ? { fail: 'Script function not found: ' + name }
                : queue.length > 1
                  ? (queue.shift() as Answer)
                  : queue[0];
            const deliver = () => {
              if ('fail' in answer) onFail(new Error(answer.fail));
              else onOk(answer.value === undefined ? undefined : JSON.parse(JSON.stringify(answer.value)));
            };
            if (w.__stub.hold) w.__stub.pending.push(deliver);
            else setTimeout(deliver, 0);
          };
        },
      },
    );

  w.google = {
    script: {
      run: makeRunner(
        () => undefined,
        () => undefined,
      ),
    },
  };
}
