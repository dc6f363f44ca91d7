// The browser test (tests/browser/): the built task pane (dist/addin, `npm run build`) in Debian's chromium through
// playwright-core. Kept out of the default `npm test`, which needs no browser; `npm run test:browser` builds and runs it.
const base = require("./jest.config.js");

/** @type {import('jest').Config} */
module.exports = {
  ...base,
  roots: ["<rootDir>/tests/browser"],
  testPathIgnorePatterns: ["/node_modules/"],
  testTimeout: 180_000,
  maxWorkers: 1,
};
