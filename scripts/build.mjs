// Builds everything that runs: the Apps Script project in dist/ (Code.js, the
// sidebar as one HTML file, appsscript.json) and the command line in build/.
import * as esbuild from 'esbuild';
import { mkdirSync, readFileSync, writeFileSync, copyFileSync, rmSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const GLOBAL = 'Juri';

rmSync(dist, { recursive: true, force: true });
mkdirSync(dist, { recursive: true });

/**
 * Apps Script only sees top-level `function` declarations, so after bundling
 * as an IIFE we list what the entry module exports and add one stub per entry
 * point that forwards to the bundle.
 */
async function buildServer() {
  const result = await esbuild.build({
    entryPoints: [join(root, 'src/gas/main.ts')],
    bundle: true,
    format: 'iife',
    globalName: GLOBAL,
    target: 'es2020',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    write: false,
    charset: 'utf8',
    legalComments: 'none',
    // JURI_ADDON=1 builds the Workspace add-on, whose menu must live under Extensions.
    define: { JURI_ADDON: process.env.JURI_ADDON === '1' ? 'true' : 'false' },
  });
  const code = result.outputFiles[0].text;
  // No module-level side effects: evaluating the bundle only defines the global.
  /** @type {{ __exports?: unknown[] }} */
  const sandbox = {};
  vm.runInNewContext(`${code}\nthis.__exports = Object.keys(${GLOBAL});`, sandbox);
  const names = (sandbox.__exports ?? []).filter(
    /** @returns {n is string} */ (n) => typeof n === 'string' && /^[A-Za-z_$][\w$]*$/.test(n),
  );
  const stubs = names
    .map((n) => `function ${n}() { return ${GLOBAL}.${n}.apply(this, arguments); }`)
    .join('\n');
  // esbuild's IIFE declares the global with `var`, which is what Apps Script needs.
  writeFileSync(join(dist, 'Code.js'), `${code}\n${stubs}\n`);
  return names;
}

/**
 * HtmlService serves one file: the sidebar's JS and CSS are inlined into its HTML.
 * @param {string} name @param {string} entry @param {string} html @param {string} css
 */
async function buildHtml(name, entry, html, css) {
  const result = await esbuild.build({
    entryPoints: [join(root, entry)],
    bundle: true,
    format: 'iife',
    target: 'es2019',
    // HtmlService's sanitiser has trouble with template literals.
    supported: { 'template-literal': false },
    write: false,
    charset: 'utf8',
    legalComments: 'none',
    minify: true,
  });
  const script = result.outputFiles[0].text.replace(/<\/script/gi, '<\\/script');
  const style = readFileSync(join(root, css), 'utf8').replace(/<\/style/gi, '<\\/style');
  const page = readFileSync(join(root, html), 'utf8')
    .replace('<!-- inline:style -->', () => `<style>\n${style}</style>`)
    .replace('<!-- inline:script -->', () => `<script>\n${script}</script>`);
  writeFileSync(join(dist, `${name}.html`), page);
}

/** The command line runs in Node; exceljs stays a normal dependency. */
async function buildCli() {
  if (!existsSync(join(root, 'src/cli/index.ts'))) return;
  await esbuild.build({
    entryPoints: [join(root, 'src/cli/index.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    outfile: join(root, 'build/juri.cjs'),
    packages: 'external',
    sourcemap: true,
    legalComments: 'none',
  });
}

const names = await buildServer();
await buildHtml('Sidebar', 'src/sidebar/main.ts', 'src/sidebar/index.html', 'src/sidebar/style.css');
copyFileSync(join(root, 'appsscript.json'), join(dist, 'appsscript.json'));
await buildCli();
console.error(
  `built dist/ (${names.length} entry points: ${names.join(', ')})${existsSync(join(root, 'build/juri.cjs')) ? ' and build/juri.cjs' : ''}`,
);
