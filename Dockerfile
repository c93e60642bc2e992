# syntax=docker/dockerfile:1
# Talon: the built SPA + the Talon server (static files, same-origin panel proxy, security headers).
#
#   docker build -t talon .
#   docker run -p 8080:8080 -e PANEL_URL=https://panel.example.com talon
#
# Without PANEL_URL the container refuses to start, unless DEMO=1 asks for the bundled demo panel
# (whose passwords are published) on purpose (see README "Deploy").
ARG NODE_IMAGE=node:20-bookworm-slim

# ── deps: every dependency, exactly as locked ────────────────────────────────────────────────
FROM ${NODE_IMAGE} AS deps
WORKDIR /app
COPY package.json package-lock.json ./
# No dependency needs an install script (esbuild's only checks its binary; msw's is browser-only).
RUN npm ci --ignore-scripts --no-audit --no-fund

# ── build: the SPA into dist/, the server into dist-server/ (plain JS) ───────────────────────
FROM deps AS build
COPY . .
RUN npm run build && npm run build:server

# ── prod-deps: production dependencies only (hono, pino, …; no tsx, Vite, Playwright, …) ──────────
FROM ${NODE_IMAGE} AS prod-deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund && npm cache clean --force

# ── runtime ─────────────────────────────────────────────────────────────────────────────────
FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=8080 \
    # The panel's origin, e.g. https://panel.example.com. Empty: the in-process demo panel.
    PANEL_URL="" \
    # The URL users reach Talon at, e.g. https://talon.example.com (sent to the panel as
    # X-Forwarded-Host/-Proto; never taken from the client's Host header).
    PUBLIC_URL="" \
    # Set to the reverse proxy's address (or 1) when one sits in front and sets X-Forwarded-*.
    TRUST_PROXY="" \
    # 1: run the demo panel when PANEL_URL is empty, even though HOST is not loopback.
    DEMO="" \
    LOG_LEVEL=info
WORKDIR /app
# Owned by root and read-only for the user the server runs as.
COPY package.json ./
COPY --from=prod-deps /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY --from=build /app/dist-server ./dist-server
USER node
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=15s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||8080)+'/',{headers:{accept:'text/html'}}).then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
# Compiled JavaScript, no TypeScript at run time; SIGTERM stops it cleanly. The flags are
# scripts/start.mjs's SERVER_NODE_FLAGS (why the small semi-space: see there).
CMD ["node", "--enable-source-maps", "--max-semi-space-size=4", "dist-server/main.js"]
