#!/usr/bin/env bash
# Whole-process start-up figures of the native `cml` against the JIT build in the same run, both talking to
# FakeForge's GitHub on 127.0.0.1 (no network): `cml --version`, `cml comment create` (text, a table and one
# image), and `cml comment update` on a pull request with 1,000 comments.
# Usage: bench/startup.sh [runs]     (builds what is missing; the native binary comes from scripts/publish-native)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
runs=${1:-15}
work=$(mktemp -d)
host_pid=
cleanup() {
  [ -n "$host_pid" ] && kill "$host_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

native="$root/artifacts/native/linux-x64/cml"
[ -x "$native" ] || "$root/scripts/publish-native" linux-x64
jit="$work/jit"
dotnet publish "$root/src/ContinuousMl.Cli" -c Release -o "$jit" --nologo -v quiet >/dev/null
dotnet build "$root/bench/FakeForgeHost" -c Release --nologo -v quiet >/dev/null

token=ghp_benchToken0123456789abcdef0123
repo="$work/repo"
mkdir -p "$repo"
printf '# Results\n\n| metric | value |\n|---|---|\n| accuracy | 0.91 |\n| loss | 0.23 |\n\n![loss](./plot.png)\n' >"$repo/report.md"
python3 - "$repo/plot.png" <<'PY'
import struct, sys, zlib
def chunk(kind, data):
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xffffffff)
raw = b"".join(b"\x00" + bytes((x * 3) % 256 for x in range(64 * 3)) for _ in range(64))
png = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 64, 64, 8, 2, 0, 0, 0)) + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b"")
open(sys.argv[1], "wb").write(png)
PY
git -C "$repo" init -q -b feature
git -C "$repo" add -A
git -C "$repo" -c user.name=bench -c user.email=bench@localhost commit -qm report
head=$(git -C "$repo" rev-parse HEAD)

# The host prints its URL, then serves until its stdin closes (the fifo's writer is this script).
mkfifo "$work/host-in"
dotnet "$root/bench/FakeForgeHost/bin/Release/net10.0/FakeForgeHost.dll" acme/model "$token" "$head" 1000 <"$work/host-in" >"$work/host-out" &
host_pid=$!
exec 3>"$work/host-in"
for _ in $(seq 1 100); do [ -s "$work/host-out" ] && break; sleep 0.1; done
server=$(head -n 1 "$work/host-out")
[ -n "$server" ] || { echo "FakeForgeHost did not start" >&2; exit 1; }
git -C "$repo" remote add origin "$server/acme/model.git"

event() {
  printf '{"number":%s,"pull_request":{"number":%s,"head":{"sha":"%s","ref":"feature","repo":{"full_name":"acme/model"}},"base":{"ref":"main","repo":{"full_name":"acme/model"}}}}' "$1" "$1" "$head" >"$work/event-$1.json"
}
event 7
event 8
export CI=true GITHUB_ACTIONS=true GITHUB_EVENT_NAME=pull_request GITHUB_REPOSITORY=acme/model \
  GITHUB_SERVER_URL="$server" GITHUB_API_URL="$server" GITHUB_SHA="$head" GITHUB_WORKFLOW=bench GITHUB_RUN_ID=1 \
  REPO_TOKEN="$token" AWS_EC2_METADATA_DISABLED=true
cd "$repo"
echo "FakeForge GitHub at $server; $runs runs each after a warm-up; ratio = native median / JIT median"
for build in jit native; do
  [ "$build" = jit ] && bin="$jit/cml" || bin="$native"
  # Each command's event file is chosen through the environment the timing script passes on.
  GITHUB_EVENT_PATH="$work/event-8.json" "$bin" comment update --target pr/8 report.md >/dev/null 2>&1 || {
    echo "$build: comment update failed:" >&2
    GITHUB_EVENT_PATH="$work/event-8.json" "$bin" comment update --target pr/8 report.md >&2
    exit 1
  }
done
export GITHUB_EVENT_PATH="$work/event-7.json"
if [ -n "${CML_BENCH_PERF:-}" ]; then perf record -F 20000 -g -o "$CML_BENCH_PERF" -- bash -c "for i in \$(seq 30); do \"$native\" comment create --target pr/7 report.md; done" >/dev/null 2>&1; fi
python3 "$root/bench/timing.py" "$runs" "JIT --version=$jit/cml --version" "native --version=$native --version"
python3 "$root/bench/timing.py" "$runs" "JIT comment create=$jit/cml comment create --target pr/7 report.md" "native comment create=$native comment create --target pr/7 report.md"
python3 "$root/bench/timing.py" "$runs" "JIT update (1,000 comments)=$jit/cml comment update --target pr/8 report.md" "native update (1,000 comments)=$native comment update --target pr/8 report.md"
