#!/usr/bin/env bash
# Packs the dotnet tool (package ContinuousMl, command cml) into artifacts/nupkg, installs it from that folder into
# a temporary tool path (no NuGet feed is consulted for our package), and checks that `cml --version` prints the
# project's version. CML_PACK_NO_BUILD=1 packs the Debug build already made by the test run instead of building
# Release (scripts/test does that: the package layout and install are what is checked here).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

project=src/ContinuousMl.Cli/ContinuousMl.Cli.csproj
feed="$root/artifacts/nupkg"
say() { printf "tool-smoke: [%ss] %s\n" "$SECONDS" "$*" >&2; }
fail() { say "FAILED: $*"; exit 1; }

version=$(dotnet msbuild "$project" -nologo -getProperty:Version)
package_id=$(dotnet msbuild "$project" -nologo -getProperty:PackageId)
command_name=$(dotnet msbuild "$project" -nologo -getProperty:ToolCommandName)
[ "$package_id" = ContinuousMl ] || fail "PackageId is '$package_id', expected ContinuousMl"
[ "$command_name" = cml ] || fail "ToolCommandName is '$command_name', expected cml"

say "packing $package_id $version into artifacts/nupkg"
rm -f "$feed/$package_id.$version.nupkg"
if [ "${CML_PACK_NO_BUILD:-0}" = 1 ]; then
  dotnet pack "$project" -c Debug --no-build -o "$feed" --nologo -v quiet
else
  dotnet pack "$project" -c Release -o "$feed" --nologo -v quiet
fi
nupkg="$feed/$package_id.$version.nupkg"
[ -f "$nupkg" ] || fail "dotnet pack did not produce $nupkg"
say "packed $(du -h "$nupkg" | cut -f1) $nupkg"

tools=$(mktemp -d)
trap 'rm -rf "$tools"' EXIT
# A private NuGet cache: a package of the same id and version installed before would otherwise be reused.
export NUGET_PACKAGES="$tools/nuget-cache"
say "installing from artifacts/nupkg into $tools/bin"
dotnet tool install "$package_id" --tool-path "$tools/bin" --add-source "$feed" --version "$version" >&2 \
  || fail "dotnet tool install $package_id $version"

printed=$("$tools/bin/$command_name" --version) || fail "$command_name --version exited with $?"
say "$command_name --version printed: $printed"
# --version prints the informational version, the project version possibly followed by +metadata.
case "$printed" in
  "$version" | "$version"+* | *" $version" | *" $version"+*) ;;
  *) fail "expected version $version, got '$printed'" ;;
esac
say "OK: $package_id $version installs as a dotnet tool and runs as $command_name"
