# syntax=docker/dockerfile:1
# Continuous ML runtime image: the native `cml` binary, git and CA certificates; nothing else. The chart fonts are
# embedded in the binary, so the image needs no font package.
#
# Targets:
#   runtime (the default, last stage)  builds the NativeAOT binary in the build stage (the .NET SDK on the same
#                                      Debian base), then copies it in:
#                                        docker build -t cml .
#   runtime-prebuilt                   takes a binary built elsewhere (scripts/publish-native, or the release
#                                      workflow's matrix) from the build context; no SDK stage, no compiler:
#                                        docker build --target runtime-prebuilt \
#                                          --build-arg CML_BINARY_DIR=artifacts/native/linux-x64 -t cml .
#                                      CML_BINARY_DIR defaults to artifacts/native/linux-$TARGETARCH (amd64,
#                                      arm64: BuildKit sets TARGETARCH), so a multi-platform build picks each
#                                      platform's folder (the release workflow lays them out so).
# RUNTIME_BASE names the base of both (scripts/container-smoke.sh passes a locally bootstrapped bookworm).

ARG RUNTIME_BASE=debian:bookworm-slim

# --- The native binary, built from source --------------------------------------------------------------------
# On the runtime's own base, so the binary links against the glibc it runs with: Microsoft's .NET 10 SDK images
# are Ubuntu 24.04 (glibc 2.39), whose binaries do not run on bookworm (2.36). The SDK comes from dotnet-install.
FROM ${RUNTIME_BASE} AS build
# ILCompiler links with clang (or gcc) and needs zlib's headers; the SDK itself needs no ICU in invariant mode.
ENV DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=1 \
    DOTNET_CLI_TELEMETRY_OPTOUT=1 \
    DOTNET_NOLOGO=1 \
    PATH=/usr/share/dotnet:$PATH
RUN export DEBIAN_FRONTEND=noninteractive \
 && apt-get update \
 && apt-get install -y --no-install-recommends ca-certificates curl clang zlib1g-dev libssl3 \
 && rm -rf /var/lib/apt/lists/* \
 && curl -fsSL https://dot.net/v1/dotnet-install.sh -o /tmp/dotnet-install.sh \
 && bash /tmp/dotnet-install.sh --channel 10.0 --install-dir /usr/share/dotnet \
 && rm /tmp/dotnet-install.sh \
 && dotnet --version
WORKDIR /build
COPY global.json Directory.Build.props Directory.Packages.props ./
COPY src/ src/
ARG TARGETARCH
RUN case "${TARGETARCH:-$(dpkg --print-architecture)}" in \
      amd64) rid=linux-x64 ;; \
      arm64) rid=linux-arm64 ;; \
      *) echo "unsupported architecture: ${TARGETARCH}" >&2; exit 1 ;; \
    esac \
 && dotnet publish src/ContinuousMl.Cli/ContinuousMl.Cli.csproj -c Release -r "$rid" -p:PublishAot=true \
      -o /out \
 && rm -rf /out/*.dbg /out/*.pdb \
 && /out/cml --version

# --- What every runtime image has -----------------------------------------------------------------------------
FROM ${RUNTIME_BASE} AS runtime-base
# git for metrics diff --base, the cml-assets branch and pr create; ca-certificates (and OpenSSL) for HTTPS.
# Size: Debian's git depends on perl (47 MB) for a few scripts cml never runs (add -i's old Perl version, svn,
# send-email, instaweb); perl and git's server-side programs (daemon, shell, http-backend, http-push,
# imap-send, scalar) are removed, and git-core's copy of git becomes a hard link. dpkg records perl as missing,
# so an `apt-get install` on top of this image asks for `apt-get --fix-broken install`, which brings perl back.
# The uid 1001 is the runner user's on GitHub's hosted runners, so a workspace mounted by `container:` is ours.
RUN export DEBIAN_FRONTEND=noninteractive \
 && apt-get update \
 && apt-get install -y --no-install-recommends git ca-certificates libssl3 \
 && dpkg --purge --force-depends perl perl-modules-5.36 libperl5.36 liberror-perl libgdbm-compat4 \
 && rm -f /usr/lib/git-core/git-daemon /usr/lib/git-core/git-shell /usr/lib/git-core/git-http-backend \
      /usr/lib/git-core/git-http-push /usr/lib/git-core/git-imap-send /usr/lib/git-core/scalar /usr/bin/scalar \
      /usr/bin/git-shell /usr/lib/git-core/git-instaweb \
 && ln -f /usr/bin/git /usr/lib/git-core/git \
 && git --version \
 && apt-get clean \
 && rm -rf /var/lib/apt/lists/* /var/cache/apt/archives/*.deb /var/cache/debconf/*-old /var/log/apt \
      /var/log/dpkg.log /var/log/alternatives.log \
 && git config --system --add safe.directory '*' \
 && useradd --create-home --uid 1001 --user-group --shell /bin/bash cml \
 && mkdir -p /home/runner && chown cml:cml /home/runner \
 && ln -s /opt/cml/cml /usr/local/bin/cml \
 && for name in send-comment send-github-check publish runner pr tensorboard-dev; do \
      ln -s /opt/cml/cml "/usr/local/bin/cml-$name"; \
    done
ENV IN_DOCKER=1 \
    _CML_CONTAINER_IMAGE=true \
    CML_RUNNER_PATH=/home/runner
USER cml
WORKDIR /home/cml
ENTRYPOINT ["cml"]
CMD ["--help"]

# --- A binary built elsewhere ---------------------------------------------------------------------------------
FROM runtime-base AS runtime-prebuilt
ARG TARGETARCH
ARG CML_BINARY_DIR=artifacts/native/linux-${TARGETARCH}
# The whole publish folder: cml and the native libraries next to it (SkiaSharp, HarfBuzz) and the font licence.
# .dockerignore keeps debug symbols (*.dbg, *.pdb) out.
COPY ${CML_BINARY_DIR}/ /opt/cml/
RUN ["/opt/cml/cml", "--version"]

# --- The default: the binary built in the SDK stage above -----------------------------------------------------
FROM runtime-base AS runtime
COPY --from=build /out/ /opt/cml/
