#!/usr/bin/env node
// A committed launcher, so the bin exists before the package is built (pnpm links bins at install time).
import('../dist/cli.js').then((cli) => cli.main());
