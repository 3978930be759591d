#!/usr/bin/env node
// `npm run bench`: every performance measurement (work in progress: engine bench only for now).
import { spawnSync } from 'node:child_process';
const r = spawnSync('node', ['scripts/bench.mjs', ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(r.status ?? 1);
