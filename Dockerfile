# Build: the SDK plus Node.js (npm ci stages Cytoscape.js for LibMan during the build).
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
RUN apt-get update && apt-get install -y --no-install-recommends nodejs npm && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY . .
# ReadyToRun: precompiled code, so start-up and first queries do not wait for the JIT; composite: the app's
# assemblies in one image, so calls between them need no binding at first use (docs/performance.md)
RUN dotnet publish src/EconSecGraph.Web/EconSecGraph.Web.csproj -c Release -o /app --nologo \
    --use-current-runtime --self-contained false -p:PublishReadyToRun=true -p:PublishReadyToRunComposite=true

# Run: the ASP.NET Core runtime only; the seed is published next to the app.
FROM mcr.microsoft.com/dotnet/aspnet:10.0
WORKDIR /app
COPY --from=build /app .
ENV Urls=http://0.0.0.0:8080 \
    Graph__DataDir=/data
VOLUME /data
EXPOSE 8080
ENTRYPOINT ["dotnet", "EconSecGraph.Web.dll"]
