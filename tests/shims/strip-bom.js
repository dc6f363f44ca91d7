// CommonJS stand-in for strip-bom@5 (ESM-only), used by office-addin-mock under jest.
module.exports = function stripBom(text) {
  return typeof text === "string" && text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
};
module.exports.default = module.exports;
