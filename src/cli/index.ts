/** Entry of the built command line (build/juri.cjs). */
import { run } from './main';

function localNow(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

// `juri demo | head` closes the pipe early: that is the reader's choice, not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

run(process.argv.slice(2), {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
  colour: process.stdout.isTTY === true && !process.env.NO_COLOR,
  now: localNow,
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // run() says its own failures; this is the last guard, and still no stack trace reaches the user.
    process.stderr.write(`Juri: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 3;
  },
);
