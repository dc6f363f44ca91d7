// Builds the task pane (dist/addin/): taskpane.html with its script, the engine worker, the icons and the manifest.
// `npm run build` makes the production files; `npm run dev-server` serves them on https://localhost:3000 for
// sideloading (npm start), with the Office dev certificate. The CLI has its own build (tsc → dist/), untouched here.
const fs = require("fs");
const os = require("os");
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");

const DEV_PORT = 3000;
const OUTPUT = path.resolve(__dirname, "dist/addin");

async function httpsOptions() {
  // office-addin-dev-certs makes a localhost certificate and installs its CA as trusted the first time (Excel only
  // loads a pane from a trusted https origin). Where that cannot be done (no admin rights, Linux without sudo) the
  // server still starts, with the certificate untrusted: fine for the standalone page in a browser.
  const devCerts = require("office-addin-dev-certs");
  try {
    return await devCerts.getHttpsServerOptions();
  } catch (error) {
    console.warn(`[决算助手] 未能安装受信任的开发证书（${error.message.split("\n")[0]}），改用未受信任的证书。` +
      "在 Excel 中旁加载前，请以管理员身份运行 npx office-addin-dev-certs install。");
    const dir = path.join(os.homedir(), ".office-addin-dev-certs");
    const read = (name) => fs.readFileSync(path.join(dir, name));
    try {
      return { key: read("localhost.key"), cert: read("localhost.crt"), ca: read("ca.crt") };
    } catch {
      return {}; // webpack-dev-server makes a self-signed certificate of its own
    }
  }
}

module.exports = async (env = {}, argv = {}) => {
  const dev = argv.mode !== "production";
  const serving = Boolean(env.WEBPACK_SERVE);
  return {
    mode: dev ? "development" : "production",
    devtool: dev ? "source-map" : false,
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      // The engine runs in a worker so a workbook of hundreds of sheets never freezes the pane. Its chunks (exceljs,
      // loaded only for .xlsx files in standalone mode) come in through importScripts.
      "engine-worker": { import: "./src/taskpane/engine/worker.ts", filename: "engine-worker.js", chunkLoading: "import-scripts" },
    },
    output: {
      path: OUTPUT,
      filename: "[name].[contenthash:8].js",
      chunkFilename: "chunks/[name].[contenthash:8].js",
      publicPath: "auto",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: {
              configFile: path.resolve(__dirname, "tsconfig.json"),
              onlyCompileBundledFiles: true,
              // Type checking is `npm run typecheck`; here the modules stay ES modules so import() splits chunks
              // (exceljs and the .xlsx host load only when a file is opened).
              transpileOnly: true,
              compilerOptions: { module: "esnext", moduleResolution: "bundler", sourceMap: dev },
            },
          },
        },
      ],
    },
    plugins: [
      new HtmlWebpackPlugin({ template: "./src/taskpane/taskpane.html", filename: "taskpane.html", chunks: ["taskpane"] }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "manifest.xml", to: "manifest.xml" },
        ],
      }),
    ],
    performance: {
      // Fluent UI and React make the pane's script ~500 KB before gzip; exceljs (~1 MB) is only in lazy chunks.
      hints: dev ? false : "warning",
      maxEntrypointSize: 900_000,
      maxAssetSize: 1_200_000,
    },
    devServer: {
      port: DEV_PORT,
      headers: { "Access-Control-Allow-Origin": "*" },
      static: false,
      server: serving ? { type: "https", options: await httpsOptions() } : "https",
      client: { overlay: { warnings: false } },
    },
  };
};
