#!/usr/bin/env bash
# Redraws this example's charts the way a pull request job would: a throwaway repository whose main branch holds
# baseline/ (what main trained), with this branch's DVCLive logs in the workspace, then `cml plot` against main.
# Writes loss.png and confusion.png here and prints the Markdown (images and the Mermaid chart) for report.md.
# Usage: examples/basic/make-charts.sh [cml command...]   (default: dotnet run --project src/ContinuousMl.Cli --)
set -euo pipefail
example="$(cd "$(dirname "$0")" && pwd)"
repo_root="$(cd "$example/../.." && pwd)"
if [ "$#" -gt 0 ]; then cml=("$@"); else cml=(dotnet run --project "$repo_root/src/ContinuousMl.Cli" --); fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work"
git init -q -b main
mkdir -p dvclive/plots/metrics
cp "$example/baseline/dvclive/plots/metrics/loss.tsv" dvclive/plots/metrics/
git add -A
git -c user.name=example -c user.email=example@localhost commit -q -m "baseline"
git checkout -q -b feature
cp "$example/dvclive/plots/metrics/loss.tsv" dvclive/plots/metrics/
cp "$example/predictions.csv" .

"${cml[@]}" plot line dvclive/plots/metrics/loss.tsv --base main --title "training loss (blue: this branch, orange: main)" -o loss.png
"${cml[@]}" plot confusion predictions.csv --title "confusion matrix" -o confusion.png --width 560 --height 460
"${cml[@]}" plot line dvclive/plots/metrics/ --base main --title "training loss" --format mermaid
cp loss.png confusion.png "$example/"
