# Reviewer: distroless has no user node (only root/nobody/nonroot in /etc/passwd): --chown silently maps to 0, but USER node makes docker run fail: unable to find user node
FROM node:22 AS builder
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build

# Runtime distroless, on ne tourne pas en root
FROM gcr.io/distroless/nodejs22-debian12 AS runtime
WORKDIR /app
COPY --from=builder --chown=node:node /app/dist ./dist
USER node
CMD ["dist/index.js"]
