# Kommunedigital: build with the .NET SDK and Node.js, run on the ASP.NET Core runtime as a non-root user.
# The build steps are the same commands .ci/run runs (npm ci, dotnet restore, then publish instead of test);
# change them together. No Docker engine runs on the development machines, so CI exercises those steps
# through .ci/run rather than through this file.
#
#   docker build -t kommunedigital .
#   docker run -p 8080:8080 -v /path/to/boundaries:/mirror:ro -e Data__BoundaryMirror=/mirror \
#     -v /path/to/klass:/klass:ro -e Data__KlassMirror=/klass kommunedigital
# The KLASS files (municipal code changes) are never downloaded: mount them as above.
# Without a mirror the app downloads the boundary files from the URLs in data/boundaries.json and checks
# their SHA-256.

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
RUN apt-get update \
 && apt-get install -y --no-install-recommends nodejs npm \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
# wwwroot/lib from node_modules: Leaflet, SSB's stylesheet (styles/ssb.scss) and the fonts subset to the UI's characters.
RUN npm run --silent copy-assets
RUN dotnet restore Kommunedigital.sln
RUN dotnet publish src/Kommunedigital.Web/Kommunedigital.Web.csproj -c Release --no-restore -o /app

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
# curl for the health check only.
RUN apt-get update \
 && apt-get install -y --no-install-recommends curl \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=build /app .
# Obtained boundary files are cached in a folder the app user owns; the SQLite release database and the copy of the
# served release live in /var/lib/kommunedigital (mount a volume there, or set ConnectionStrings__Releases for PostgreSQL).
RUN mkdir -p /var/cache/kommunedigital /var/lib/kommunedigital && chown app:app /var/cache/kommunedigital /var/lib/kommunedigital
USER app
# MALLOC_ARENA_MAX=2: glibc gives each new thread a malloc arena of its own, up to eight per core, and an arena keeps
# what it has freed. The native memory the app allocates and frees all the time (zlib for the circuits' WebSockets,
# Brotli and gzip for responses) then lies spread over many arenas that each hold on to it. bench/ (circuits part, 100
# live map pages opened ten at a time, 2026-12-03, from /proc/PID/smaps): without the limit the native heap grew by
# 9-32 MB over the 100 pages (three runs), with two it ended where it started or lower (43 -> 43 and 44 -> 30 MB),
# and VmRSS per page fell from 724-914 kB to 414-548 kB. glibc reads it only when the process starts, so it is set
# here, not by the app; the bench starts the app with this stage's ENV (DockerfileEnvironment).
ENV MALLOC_ARENA_MAX=2 \
    ASPNETCORE_HTTP_PORTS=8080 \
    Data__BoundaryCache=/var/cache/kommunedigital \
    Data__ReleaseDatabase=/var/lib/kommunedigital/releases.db \
    Data__ReleaseCache=/var/lib/kommunedigital/release-cache \
    Data__BoundaryMirror=""
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
  CMD curl -fsS http://localhost:8080/health || exit 1
ENTRYPOINT ["dotnet", "Kommunedigital.Web.dll"]
