// The entry point of the bundled command line (dist/bundle/cli.js), used by bin/klimabudsjett.js.
export { nodeIo } from './io.js';
export { run } from './run.js';
