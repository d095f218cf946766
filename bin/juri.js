#!/usr/bin/env node
// The `juri` command. The command line is built into build/juri.cjs by `npm run build`.
const { existsSync } = require('node:fs');
const { join } = require('node:path');

const built = join(__dirname, '..', 'build', 'juri.cjs');
if (!existsSync(built)) {
  process.stderr.write('juri: build/juri.cjs is missing. Run "npm run build" in the Juri folder first.\n');
  process.exit(2);
}
require(built);
