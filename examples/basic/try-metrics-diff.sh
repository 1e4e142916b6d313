#!/usr/bin/env bash
# Builds a throwaway repository whose first commit holds baseline/ (what main trained) and whose workspace holds
# this branch's metrics and params, then compares them the way a pull request job would.
# Usage: examples/basic/try-metrics-diff.sh [cml command...]   (default: dotnet run --project src/ContinuousMl.Cli --)
set -euo pipefail
example="$(cd "$(dirname "$0")" && pwd)"
repo_root="$(cd "$example/../.." && pwd)"
if [ "$#" -gt 0 ]; then cml=("$@"); else cml=(dotnet run --project "$repo_root/src/ContinuousMl.Cli" --); fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work"
git init -q -b main
cp "$example/dvc.yaml" "$example/baseline/metrics.json" "$example/baseline/params.yaml" .
git add -A
git -c user.name=example -c user.email=example@localhost commit -q -m "baseline"
first="$(git rev-list --max-parents=0 HEAD)"
cp "$example/metrics.json" "$example/params.yaml" .

"${cml[@]}" metrics diff --base "$first" --md
"${cml[@]}" params diff --base "$first" --md
# accuracy and loss improved, but the cat class lost recall: this gate fails with exit code 1.
set +e
"${cml[@]}" metrics diff --base "$first" --fail-on "accuracy<-0.01,loss>+5%,recall<-0.02" > /dev/null
echo "quality gate exit code: $? (expected 1: per_class.cat.recall fell by more than 0.02)"
