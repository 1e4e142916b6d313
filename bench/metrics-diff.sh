#!/usr/bin/env bash
# End-to-end timing of `cml metrics diff` on 100 files x 1,000 metrics (half of them changed), against
# `cml --version` (the process start-up alone) as the baseline, in the same run; the JIT build and the native
# binary (scripts/publish-native) side by side.
# Usage: bench/metrics-diff.sh [runs]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
runs=${1:-7}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

dotnet publish "$root/src/ContinuousMl.Cli/ContinuousMl.Cli.csproj" -c Release -o "$out/cml" --nologo -v quiet >/dev/null
native="$root/artifacts/native/linux-x64/cml"
[ -x "$native" ] || "$root/scripts/publish-native" linux-x64
repo="$out/repo"
mkdir -p "$repo/metrics"
python3 - "$repo/metrics" <<'PY'
import json, sys
for f in range(100):
    metrics = {f"group{g}": {f"m{m}": round(0.5 + f * 0.001 + g * 0.01 + m * 0.0001, 6) for m in range(100)} for g in range(10)}
    json.dump(metrics, open(f"{sys.argv[1]}/run{f:03}.json", "w"))
PY
git -C "$repo" init -q -b main
git -C "$repo" add -A
git -C "$repo" -c user.name=bench -c user.email=bench@localhost commit -qm base
python3 - "$repo/metrics" <<'PY'
import json, sys, glob
for path in sorted(glob.glob(f"{sys.argv[1]}/*.json"))[:50]:
    data = json.load(open(path))
    for group in data.values():
        for key in group:
            group[key] = round(group[key] * 1.01, 6)
    json.dump(data, open(path, "w"))
PY

cd "$repo"
files=$(ls metrics/*.json | tr '\n' ' ')
python3 "$root/bench/timing.py" "$runs" \
  "JIT --version=$out/cml/cml --version" \
  "JIT metrics diff 100x1000=$out/cml/cml metrics diff --base main --md $files" \
  "native --version=$native --version" \
  "native metrics diff 100x1000=$native metrics diff --base main --md $files"
