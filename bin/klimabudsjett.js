#!/usr/bin/env node
import { nodeIo, run } from '../dist/bundle/cli.js';

// Node keeps deprecation warnings of code under node_modules quiet; bundled, exceljs's
// dependencies live in dist/ and would print them to users who can do nothing about them.
process.noDeprecation = true;
process.exitCode = await run(process.argv.slice(2), nodeIo());
