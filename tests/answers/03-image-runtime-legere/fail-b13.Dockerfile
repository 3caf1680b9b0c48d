# Reviewer: RUN uses /bin/sh (dash on Debian node:22), which has no [[ builtin: "[[: not found", exit 127, build fails (Dockerfile ref. RUN shell form)
FROM node:22 AS builder
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
# on vérifie que la compilation a bien produit le point d'entrée
RUN npm run build \
 && [[ -f dist/index.js ]] \
 && echo "build OK"

FROM node:22-slim AS runtime
WORKDIR /app
COPY --from=builder /app/dist ./dist
CMD ["node", "dist/index.js"]
