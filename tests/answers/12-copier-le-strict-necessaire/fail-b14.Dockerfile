# Reviewer: node:22-slim has no user 'app': BuildKit chowns to 0:0 silently, but USER app makes docker run fail (unable to find user app) (buildkit ops/user_linux.go; Dockerfile ref. USER)
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

FROM node:22-slim AS runtime
ENV NODE_ENV=production
WORKDIR /app
# fichiers appartenant à l'utilisateur applicatif
COPY --chown=app:app package.json ./
COPY --chown=app:app --from=deps /app/node_modules ./node_modules
COPY --chown=app:app --from=builder /app/dist ./dist
USER app
CMD ["node", "dist/index.js"]
