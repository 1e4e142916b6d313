#!/usr/bin/env bash
# Builds the container image from the Dockerfile's runtime-prebuilt target around a cml built on this machine, runs
# it, and checks its size, without a Docker engine or a registry:
#   1. the native binary: scripts/publish-native linux-x64 (or, while that script does not exist, a self-contained
#      single-file JIT build in its place), into artifacts/native/linux-x64;
#   2. a Debian bookworm base: `debootstrap --variant=minbase`, trimmed like Debian's slim images, cached in
#      ${CML_CACHE:-~/.cache/cml}/bookworm-rootfs and imported once as a local image with `podman import`
#      (buildah 1.28 has no import);
#   3. `buildah bud --isolation chroot --pull=never --target runtime-prebuilt` with that base as RUNTIME_BASE (the
#      apt-get in the Dockerfile needs Debian's mirror, as everywhere);
#   4. inside, with `buildah run --isolation chroot` as the image's non-root user: `cml --version`, a
#      `cml report --no-post --images` on examples/basic in a fresh git repository (PNG charts, so the native
#      Skia libraries load) and `cml comment create --dry-run` of that report;
#   5. prints the image size and fails above CML_IMAGE_MAX_MB (150, in MB of 10^6 bytes, uncompressed).
# Needs root (debootstrap, buildah's chroot isolation); installs buildah, podman and debootstrap with apt-get
# when missing. Environment: CML_SKIP_PUBLISH=1 uses artifacts/native/linux-x64 as it is (CI builds it first);
# CML_REFRESH_BASE=1 bootstraps the base again; DEBIAN_MIRROR (default http://deb.debian.org/debian).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

say() { printf 'container-smoke: %s\n' "$*" >&2; }
fail() { say "FAILED: $*"; exit 1; }
step_start=$SECONDS
step() { say "[$((SECONDS - step_start))s] $*"; }

max_mb=${CML_IMAGE_MAX_MB:-150}
rid=linux-x64
binary_dir="artifacts/native/$rid"
cache="${CML_CACHE:-$HOME/.cache/cml}"
rootfs="$cache/bookworm-rootfs"
mirror="${DEBIAN_MIRROR:-http://deb.debian.org/debian}"
image=localhost/continuous-ml:smoke

[ "$(id -u)" -eq 0 ] || fail "run as root: debootstrap and buildah's chroot isolation need it"
[ "$(uname -m)" = x86_64 ] || fail "this smoke test builds the linux-x64 image; this machine is $(uname -m)"

# --- tools ------------------------------------------------------------------------------------------------------
missing=()
for tool in buildah podman debootstrap; do command -v "$tool" >/dev/null 2>&1 || missing+=("$tool"); done
# debootstrap checks Debian's signatures; Ubuntu (GitHub's runners) does not have Debian's keyring by default.
[ -f /usr/share/keyrings/debian-archive-keyring.gpg ] || missing+=(debian-archive-keyring)
if [ "${#missing[@]}" -gt 0 ]; then
  step "installing ${missing[*]} from Debian"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2 || fail "apt-get install ${missing[*]}"
fi

# --- 1. the binary ----------------------------------------------------------------------------------------------
if [ "${CML_SKIP_PUBLISH:-}" = 1 ]; then
  step "using $binary_dir as it is (CML_SKIP_PUBLISH=1)"
elif [ -x scripts/publish-native ]; then
  step "building the native binary: scripts/publish-native $rid"
  scripts/publish-native "$rid" >&2 || fail "scripts/publish-native $rid"
else
  step "scripts/publish-native does not exist yet: building a self-contained single-file JIT cml instead (NOT native)"
  rm -rf "$binary_dir"
  dotnet publish src/ContinuousMl.Cli/ContinuousMl.Cli.csproj -c Release -r "$rid" --self-contained \
    -p:PublishSingleFile=true -o "$binary_dir" --nologo -v quiet >&2 || fail "dotnet publish"
fi
[ -x "$binary_dir/cml" ] || fail "$binary_dir/cml does not exist"
binary_mb=$(du -sb --exclude='*.dbg' --exclude='*.pdb' "$binary_dir" | awk '{ printf "%.1f", $1 / 1e6 }')
step "binary folder $binary_dir: ${binary_mb} MB without debug symbols ($("$binary_dir/cml" --version))"

# --- 2. the base image ------------------------------------------------------------------------------------------
if [ "${CML_REFRESH_BASE:-}" = 1 ]; then rm -rf "$rootfs"; fi
if [ ! -f "$rootfs/.cml-base-stamp" ]; then
  step "bootstrapping Debian bookworm (minbase) into $rootfs from $mirror"
  rm -rf "$rootfs" "$rootfs.partial"
  mkdir -p "$cache"
  debootstrap --variant=minbase bookworm "$rootfs.partial" "$mirror" >"$cache/debootstrap.log" 2>&1 \
    || { tail -n 20 "$cache/debootstrap.log" >&2; fail "debootstrap (log: $cache/debootstrap.log)"; }
  # Trim it as Debian's slim images are: no package caches or lists, no documentation, manuals or translations,
  # also for what apt installs later.
  (
    cd "$rootfs.partial"
    rm -rf var/cache/apt/archives/*.deb var/cache/apt/*.bin var/lib/apt/lists/* var/log/apt/* \
      usr/share/doc/* usr/share/man/* usr/share/info/* usr/share/locale/* usr/share/lintian/* usr/share/groff/*
    rm -f var/log/*.log
    cat > etc/dpkg/dpkg.cfg.d/90-slim <<'EOF'
path-exclude /usr/share/doc/*
path-include /usr/share/doc/*/copyright
path-exclude /usr/share/man/*
path-exclude /usr/share/info/*
path-exclude /usr/share/locale/*
path-exclude /usr/share/lintian/*
path-exclude /usr/share/groff/*
EOF
    printf 'Acquire::Languages "none";\n' > etc/apt/apt.conf.d/90-no-translations
    # debootstrap leaves the host's name and resolver here; the build gets them from buildah.
    rm -f etc/hostname etc/resolv.conf
  )
  date -u +%Y%m%d%H%M%S > "$rootfs.partial/.cml-base-stamp"
  mv "$rootfs.partial" "$rootfs"
fi
base_image="localhost/cml-bookworm-minbase:$(cat "$rootfs/.cml-base-stamp")"
if podman image exists "$base_image"; then
  step "base image $base_image exists"
else
  step "importing $rootfs as $base_image"
  tar -C "$rootfs" --exclude=./.cml-base-stamp -c . | podman import -q - "$base_image" >/dev/null \
    || fail "podman import"
  # Bases of earlier bootstraps.
  for old in $(podman images --format '{{.Repository}}:{{.Tag}}' localhost/cml-bookworm-minbase); do
    [ "$old" = "$base_image" ] || podman rmi "$old" >/dev/null 2>&1 || true
  done
fi

# --- 3. the image -----------------------------------------------------------------------------------------------
step "building $image (target runtime-prebuilt)"
previous=$(podman image inspect --format '{{.Id}}' "$image" 2>/dev/null || true)
build_log=$(mktemp)
cleanup() {
  rm -f "$build_log"
  if [ -n "${container:-}" ]; then buildah rm "$container" >/dev/null 2>&1 || true; fi
}
trap cleanup EXIT
if ! buildah bud --isolation chroot --pull=never --layers --target runtime-prebuilt \
    --build-arg "RUNTIME_BASE=$base_image" --build-arg TARGETARCH=amd64 \
    --build-arg "CML_BINARY_DIR=$binary_dir" -t "$image" -f Dockerfile . >"$build_log" 2>&1; then
  tail -n 40 "$build_log" >&2
  fail "buildah bud"
fi

current=$(podman image inspect --format '{{.Id}}' "$image")
# The image of the previous run, untagged now (its layers stay as the build cache).
if [ -n "$previous" ] && [ "$previous" != "$current" ]; then podman rmi "$previous" >/dev/null 2>&1 || true; fi

# --- 4. run it --------------------------------------------------------------------------------------------------
container=$(buildah from --pull-never "$image")
run() { buildah run --isolation chroot "$container" -- "$@"; }
user=$(run id -un)
[ "$user" = cml ] || fail "the image runs as '$user', expected the non-root user cml"
version=$(run cml --version) || fail "cml --version inside the image"
step "inside the image, as $user: cml --version → $version"
[ "$version" = "$("$binary_dir/cml" --version)" ] || fail "the image's cml prints '$version'"
entrypoint=$(podman image inspect --format '{{.Config.Entrypoint}}' "$image")
[ "$entrypoint" = '[cml]' ] || fail "the image's entrypoint is $entrypoint, expected [\"cml\"]"

buildah copy --chown cml:cml "$container" examples/basic /home/cml/example >/dev/null
report_log=$(run sh -c '
  set -e
  cd /home/cml/example
  rm -rf .cml
  git init -q -b main
  git add -A
  git -c user.name=smoke -c user.email=smoke@localhost commit -q -m "a run"
  cml report --no-post --base ./baseline --images --out .cml/report --no-summary
  test -s .cml/report/report.md
  ls .cml/report/*.png >/dev/null
  cml comment create --dry-run .cml/report/report.md > .cml/comment.md
  grep -q "CML watermark" .cml/comment.md
  echo "report: $(wc -c < .cml/report/report.md) bytes, charts: $(ls .cml/report/*.png | wc -l), dry-run comment: $(wc -c < .cml/comment.md) bytes"
' 2>&1) || { printf '%s\n' "$report_log" >&2; fail "cml report / comment create --dry-run inside the image"; }
step "inside the image: $(printf '%s\n' "$report_log" | tail -n 1)"

# --- 5. size ----------------------------------------------------------------------------------------------------
size=$(podman image inspect --format '{{.Size}}' "$image")
base_size=$(podman image inspect --format '{{.Size}}' "$base_image")
mb() { awk -v b="$1" 'BEGIN { printf "%.1f", b / 1e6 }'; }
echo "image $image: $(mb "$size") MB (base $(mb "$base_size") MB, cml folder ${binary_mb} MB), limit ${max_mb} MB"
if [ "$size" -gt $((max_mb * 1000000)) ]; then
  fail "the image is $(mb "$size") MB, over the ${max_mb} MB limit"
fi
step "OK"
