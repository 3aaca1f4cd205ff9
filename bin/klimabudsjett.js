#!/usr/bin/env node
// Plain JavaScript that old Nodes parse too (no top-level await, no static import of the bundle):
// the version check must run before the bundle loads, or an old Node stops at a syntax error.
const minimum = [22, 12];
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < minimum[0] || (major === minimum[0] && minor < minimum[1])) {
  process.stderr.write(
    `klimabudsjett: needs Node.js ${minimum.join('.')} or newer (a maintained LTS line); this is Node.js ${process.versions.node}.\n`,
  );
  process.exitCode = 2;
} else {
  // Node keeps deprecation warnings of code under node_modules quiet; bundled, exceljs's
  // dependencies live in dist/ and would print them to users who can do nothing about them.
  process.noDeprecation = true;
  import('../dist/bundle/cli.js').then(
    async (cli) => {
      process.exitCode = await cli.run(process.argv.slice(2), cli.nodeIo());
    },
    (error) => {
      const missing = Object(error).code === 'ERR_MODULE_NOT_FOUND';
      process.stderr.write(
        missing
          ? 'klimabudsjett: the built program (dist/bundle/cli.js) is missing; in a clone, run `npm run build`.\n'
          : `klimabudsjett: cannot load the program (${String(error)})\n`,
      );
      process.exitCode = 2;
    },
  );
}
