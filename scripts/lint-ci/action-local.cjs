#!/usr/bin/env node
// Runs action/action.yml's bash steps here, as a Linux X64 runner would, against a fake release served from a
// folder through file:// URLs (GITHUB_SERVER_URL, GITHUB_API_URL): `latest` resolution, the archive-or-binary
// choice, the SHA256SUMS check, the tool-cache reuse and PATH. `cml` in the fake release is a stub script, so this
// needs no build. The actions/cache step is skipped (it is GitHub's). Exits 1 on the first failed expectation.
"use strict";
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const crypto = require("node:crypto");
const { spawnSync } = require("node:child_process");
const yaml = require("js-yaml");

const actionFile = process.argv[2] || path.join(__dirname, "../../action/action.yml");
const action = yaml.load(fs.readFileSync(actionFile, "utf8"));
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "cml-action-"));
const repo = "example/cml";
const tag = "v9.8.7";

function fail(message) {
  console.error(`action-local: FAILED: ${message}`);
  process.exit(1);
}
const sha256 = (file) => crypto.createHash("sha256").update(fs.readFileSync(file)).digest("hex");

// The fake release: the bare binary, the folder archive (cml + a library beside it), SHA256SUMS, the API's answer.
function makeRelease({ withArchive, corrupt }) {
  const server = path.join(tmp, `server-${withArchive}-${corrupt}`);
  const download = path.join(server, repo, "releases/download", tag);
  fs.mkdirSync(download, { recursive: true });
  const folder = path.join(tmp, "publish");
  fs.mkdirSync(folder, { recursive: true });
  fs.writeFileSync(path.join(folder, "cml"), "#!/bin/sh\necho 9.8.7\n", { mode: 0o755 });
  fs.writeFileSync(path.join(folder, "libSkiaSharp.so"), "not really a library\n");
  const files = ["cml-linux-x64"];
  fs.copyFileSync(path.join(folder, "cml"), path.join(download, "cml-linux-x64"));
  if (withArchive) {
    const tar = spawnSync("tar", ["-C", folder, "-czf", path.join(download, "cml-linux-x64.tar.gz"), "."]);
    if (tar.status !== 0) fail(`tar: ${tar.stderr}`);
    files.push("cml-linux-x64.tar.gz");
  }
  const sums = files.map((f) => `${corrupt ? "0".repeat(64) : sha256(path.join(download, f))}  ${f}`).join("\n");
  fs.writeFileSync(path.join(download, "SHA256SUMS"), sums + "\n");
  const api = path.join(tmp, "api", "repos", repo, "releases");
  fs.mkdirSync(api, { recursive: true });
  fs.writeFileSync(path.join(api, "latest"), JSON.stringify({ tag_name: tag, name: tag }, null, 2));
  return server;
}

// ${{ inputs.x }} and ${{ steps.id.outputs.y }}: the only expressions the action's env blocks use.
function evaluate(value, inputs, outputs) {
  return String(value).replace(/\$\{\{\s*([^}]+?)\s*\}\}/g, (_, expr) => {
    let m;
    if ((m = /^inputs\.([\w-]+)$/.exec(expr))) return inputs[m[1]] ?? "";
    if ((m = /^steps\.([\w-]+)\.outputs\.([\w-]+)$/.exec(expr))) return (outputs[m[1]] || {})[m[2]] ?? "";
    if (expr === "github.token") return "";
    fail(`the harness does not know the expression ${expr}`);
  });
}

function runAction(label, server, inputOverrides, toolCache) {
  const inputs = {};
  for (const [name, input] of Object.entries(action.inputs || {})) {
    inputs[name] = input.default !== undefined && !String(input.default).includes("${{") ? String(input.default) : "";
  }
  inputs.repository = repo;
  Object.assign(inputs, inputOverrides);
  const outputs = {};
  const githubPath = path.join(tmp, `${label}.path`);
  fs.writeFileSync(githubPath, "");
  let log = "";
  for (const step of action.runs.steps) {
    if (step.uses) continue; // actions/cache: GitHub's
    const outputFile = path.join(tmp, `${label}-${step.id || "step"}.out`);
    fs.writeFileSync(outputFile, "");
    const env = {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      RUNNER_OS: "Linux",
      RUNNER_ARCH: "X64",
      RUNNER_TOOL_CACHE: toolCache,
      RUNNER_TEMP: tmp,
      GITHUB_OUTPUT: outputFile,
      GITHUB_PATH: githubPath,
      GITHUB_SERVER_URL: `file://${server}`,
      GITHUB_API_URL: `file://${path.join(tmp, "api")}`,
    };
    for (const [k, v] of Object.entries(step.env || {})) env[k] = evaluate(v, inputs, outputs);
    const r = spawnSync("bash", ["--noprofile", "--norc", "-e", "-o", "pipefail", "-c", step.run], {
      env,
      encoding: "utf8",
    });
    log += r.stdout + r.stderr;
    if (r.status !== 0) return { ok: false, log };
    if (step.id) {
      outputs[step.id] = Object.fromEntries(
        fs
          .readFileSync(outputFile, "utf8")
          .split("\n")
          .filter((l) => l.includes("="))
          .map((l) => [l.slice(0, l.indexOf("=")), l.slice(l.indexOf("=") + 1)]),
      );
    }
  }
  return { ok: true, log, path: fs.readFileSync(githubPath, "utf8").trim(), outputs };
}

function expectInstalled(result, label, from) {
  if (!result.ok) fail(`${label}: the action failed:\n${result.log}`);
  const cml = path.join(result.path, "cml");
  const printed = spawnSync(cml, ["--version"], { encoding: "utf8" }).stdout.trim();
  if (printed !== "9.8.7") fail(`${label}: ${cml} --version printed '${printed}'`);
  if (result.outputs.resolve.tag !== tag) fail(`${label}: resolved ${result.outputs.resolve.tag}, expected ${tag}`);
  if (from && !result.log.includes(`from ${from}`)) fail(`${label}: not installed from ${from}:\n${result.log}`);
  console.log(`ok    ${label}`);
}

const withArchive = makeRelease({ withArchive: true, corrupt: false });
const bareOnly = makeRelease({ withArchive: false, corrupt: false });
const corrupt = makeRelease({ withArchive: true, corrupt: true });

const cache1 = path.join(tmp, "toolcache1");
const first = runAction("latest", withArchive, {}, cache1);
expectInstalled(first, "version latest resolves through the API and installs the folder archive", "cml-linux-x64.tar.gz");
if (!fs.existsSync(path.join(first.path, "libSkiaSharp.so"))) fail("the archive's library is not beside cml");
const again = runAction("again", withArchive, { version: "9.8.7" }, cache1);
expectInstalled(again, "version 9.8.7 means v9.8.7, found in the tool cache without a download");
if (!again.log.includes("found in")) fail(`the second run downloaded again:\n${again.log}`);
expectInstalled(runAction("bare", bareOnly, { version: tag }, path.join(tmp, "toolcache2")),
  "a release without the archive: the bare binary", "cml-linux-x64");
const bad = runAction("corrupt", corrupt, { version: tag }, path.join(tmp, "toolcache3"));
if (bad.ok || !bad.log.includes("does not match SHA256SUMS")) fail(`a corrupt download was accepted:\n${bad.log}`);
console.log("ok    a download that does not match SHA256SUMS fails");
const missing = runAction("missing", withArchive, { version: "v0.0.1" }, path.join(tmp, "toolcache4"));
if (missing.ok || !missing.log.includes("Could not find CML release")) fail(`a missing release:\n${missing.log}`);
console.log("ok    a release that does not exist fails with a clear message");
fs.rmSync(tmp, { recursive: true, force: true });
