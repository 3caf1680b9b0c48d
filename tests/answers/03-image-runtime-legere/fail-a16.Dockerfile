# Reviewer: last stage is dev (FROM builder, node:22 + all dev deps): docker build . builds the last stage by default, so the final image is neither light nor dev-free (multi-stage docs --target)
FROM node:22 AS builder
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build

FROM node:22-alpine AS runtime
WORKDIR /app
COPY --from=builder /app/dist ./dist
USER node
EXPOSE 3000
CMD ["node", "dist/index.js"]

# Stage pour développer en local avec rechargement :
#   docker build --target dev -t api:dev .
FROM builder AS dev
EXPOSE 3000
CMD ["npm", "run", "dev"]
