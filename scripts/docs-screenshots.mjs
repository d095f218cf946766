// Copies the guides' pictures, taken by the browser test on the built sidebar
// and bundle (test/e2e/guidePictures.test.ts), from
// test-output/screenshots/guide/ to docs/images/. `npm run docs:screenshots`
// runs that test first.
import { copyFileSync, existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
// The guide's story (guidePictures.test.ts) and its timed walk-through (walkthrough.test.ts).
const folders = ['guide', 'walkthrough'].map((f) => join(root, 'test-output', 'screenshots', f));
/** @param {string} name @returns {string} where the picture was taken, '' when nowhere */
const sourceOf = (name) => folders.map((f) => join(f, name)).find((path) => existsSync(path)) ?? '';
const docs = join(root, 'docs');
const wanted = new Set(
  readdirSync(docs)
    .filter((f) => f.endsWith('.md'))
    .flatMap((f) =>
      [...readFileSync(join(docs, f), 'utf8').matchAll(/\]\(images\/([\w-]+\.png)\)/g)].map((m) => m[1]),
    ),
);
// The pictures of the printed documents come from a PDF: scripts/documents-pictures.mjs makes them.
for (const name of ['berita-acara.png', 'lembar-penilaian.png']) wanted.delete(name);
const missing = [...wanted].filter((name) => !sourceOf(name));
if (missing.length > 0) {
  console.error(
    `Missing in test-output/screenshots/guide/ and walkthrough/: ${missing.join(', ')}.\n` +
      `Run "npx jest test/e2e" first; it needs Debian's chromium (without it the test is skipped).`,
  );
  process.exit(1);
}
for (const name of [...wanted].sort()) {
  copyFileSync(sourceOf(name), join(docs, 'images', name));
  console.log(`docs/images/${name}`);
}
