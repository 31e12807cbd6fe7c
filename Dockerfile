# syntax=docker/dockerfile:1
# One build, three images: `docker build --target operator .`, `--target sender`, `--target mock-gateway`.
# And a fourth: `--target webhook-receiver` (Meta's callback URL; statuses, replies and opt-outs into Redis).
# The runtime images run as the non-root `app` user (UID 1654) that the .NET images define, so they
# satisfy the restricted pod security standard the operator's Jobs ask for (runAsNonRoot,
# readOnlyRootFilesystem: nothing is written outside /tmp, which the pod mounts as an emptyDir).

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
# Restore first, from the project files and lock files only, so source edits reuse the layer.
COPY global.json Directory.Build.props Directory.Build.targets Directory.Packages.props .editorconfig ./
COPY src/ src/
RUN find src -type f ! -name '*.csproj' ! -name 'packages.lock.json' -delete \
 && for p in Operator SenderWorker MockGateway.Server; do dotnet restore "src/$p/$p.csproj" --locked-mode; done
RUN dotnet restore src/WebhookReceiver/WebhookReceiver.csproj --locked-mode
COPY src/ src/
COPY config/ config/
RUN dotnet publish src/Operator/Operator.csproj -c Release --no-restore -o /out/operator \
 && dotnet publish src/SenderWorker/SenderWorker.csproj -c Release --no-restore -o /out/sender \
 && dotnet publish src/MockGateway.Server/MockGateway.Server.csproj -c Release --no-restore -o /out/mock-gateway
RUN dotnet publish src/WebhookReceiver/WebhookReceiver.csproj -c Release --no-restore -o /out/webhook-receiver

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime-base
ENV DOTNET_NOLOGO=1 \
    DOTNET_CLI_TELEMETRY_OPTOUT=1 \
    # No diagnostics IPC socket: it would need a writable /tmp at start on a read-only root.
    DOTNET_EnableDiagnostics=0
USER $APP_UID

FROM runtime-base AS operator
WORKDIR /app
COPY --from=build /out/operator ./
EXPOSE 8080
ENTRYPOINT ["dotnet", "Operator.dll"]

FROM runtime-base AS sender
WORKDIR /app
COPY --from=build /out/sender ./
ENTRYPOINT ["dotnet", "SenderWorker.dll"]

FROM runtime-base AS mock-gateway
WORKDIR /app
COPY --from=build /out/mock-gateway ./
EXPOSE 8080
ENTRYPOINT ["dotnet", "MockGateway.Server.dll"]

FROM runtime-base AS webhook-receiver
WORKDIR /app
COPY --from=build /out/webhook-receiver ./
EXPOSE 8080
ENTRYPOINT ["dotnet", "WebhookReceiver.dll"]
