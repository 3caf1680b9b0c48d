# Reviewer: RUN uses /bin/sh (dash) which has no [[ builtin: [[ not found, so the || branch runs exit 1 and the build fails (Dockerfile ref. RUN shell form default /bin/sh -c)
FROM node:22 AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
# on vérifie que la compilation a bien produit le point d'entrée
RUN npm run build && [[ -f dist/index.js ]] || (echo "dist/index.js manquant" && exit 1)

FROM node:22-slim
WORKDIR /app
COPY --from=build /app/dist ./dist
CMD ["node", "dist/index.js"]
