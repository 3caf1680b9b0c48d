# Reviewer: RUN uses /bin/sh (dash in node:22 Debian): [[ is not a command, exit 127, build fails (Dockerfile ref. RUN shell form default ["/bin/sh","-c"])
FROM node:22 AS builder
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
# on vérifie que la compilation a bien produit le point d'entrée
RUN npm run build && [[ -f dist/index.js ]] && echo "build ok"

FROM node:22-slim AS runtime
WORKDIR /app
COPY --from=builder /app/dist ./dist
CMD ["node", "dist/index.js"]
