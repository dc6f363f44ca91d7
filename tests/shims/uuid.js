// CommonJS stand-in for uuid@14 (ESM-only), used by office-addin-mock under jest.
const { randomUUID } = require("crypto");
module.exports = { v4: () => randomUUID() };
