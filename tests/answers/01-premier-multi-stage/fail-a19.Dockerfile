# Reviewer: COPY --chown=node:node in distroless: its /etc/passwd has only root, nobody, nonroot, so the build fails (Dockerfile ref. COPY --chown; distroless common/BUILD passwd)
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
