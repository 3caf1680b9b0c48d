# Reviewer: two stages still named builder: DuplicateStageName warning, and final stage's --from=builder resolves to itself: circular dependency (BuildKit validations.go, convert.go)
# docker build --target builder devait ouvrir le stage de compilation… et le build échoue.
# Corrigé : casse de "AS", nom du stage en minuscules, faute de frappe dans --from.
FROM node:22 AS builder
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build

FROM node:22 AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev

FROM node:22-slim AS builder
ENV NODE_ENV=production
WORKDIR /app
COPY package.json ./
COPY --from=deps /app/node_modules ./node_modules
COPY --from=builder /app/dist ./dist
USER node
CMD ["node", "dist/index.js"]
