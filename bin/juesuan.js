#!/usr/bin/env node
// Entry point of the `juesuan` command: runs the compiled CLI (built by `npm install` through the prepare script).
require("../dist/cli/main.js").main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (err) => { process.stderr.write(`juesuan: ${err && err.message ? err.message : String(err)}\n`); process.exitCode = 2; }
);
