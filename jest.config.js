// Jest with ts-jest over the TypeScript sources. office-addin-mock pulls strip-bom@5 and uuid@14, which are
// ESM-only; they are mapped to small CommonJS shims in tests/shims so the mock loads under jest.
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/tests"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json", diagnostics: { warnOnly: false } }],
  },
  moduleNameMapper: {
    "^strip-bom$": "<rootDir>/tests/shims/strip-bom.js",
    "^uuid$": "<rootDir>/tests/shims/uuid.js",
  },
  testPathIgnorePatterns: ["/node_modules/", "/tests/browser/"],
};
