# syntax=docker/dockerfile:1
# Continuous ML runtime image: the `cml` program, git, CA certificates and fonts; nothing else.

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY global.json Directory.Build.props Directory.Packages.props ContinuousMl.sln ./
COPY src/ src/
RUN dotnet publish src/ContinuousMl.Cli/ContinuousMl.Cli.csproj -c Release -o /out --nologo

FROM mcr.microsoft.com/dotnet/runtime:10.0-bookworm-slim AS runtime
RUN apt-get update \
 && apt-get install -y --no-install-recommends git ca-certificates fonts-dejavu-core \
 && rm -rf /var/lib/apt/lists/* \
 && useradd --create-home --uid 1001 cml
COPY --from=build /out /opt/cml
RUN ln -s /opt/cml/cml /usr/local/bin/cml \
 && for name in send-comment send-github-check publish runner pr tensorboard-dev; do ln -s /opt/cml/cml /usr/local/bin/cml-$name; done
ENV IN_DOCKER=1 \
    _CML_CONTAINER_IMAGE=true \
    CML_RUNNER_PATH=/home/runner \
    DOTNET_CLI_TELEMETRY_OPTOUT=1
USER cml
WORKDIR /home/cml
ENTRYPOINT ["cml"]
