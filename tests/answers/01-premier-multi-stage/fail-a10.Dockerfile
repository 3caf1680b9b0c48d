# Reviewer: also copies /app/node_modules from build = all dev deps (typescript, jest) into final image; goal says only dist/, no dev deps (EXERCISE goal; PROJECT npm ci)
FROM node:22 AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build

FROM node:22-slim
WORKDIR /app
COPY --from=build /app/dist ./dist
# node_modules aussi, sinon node ne trouvera pas ses modules
COPY --from=build /app/node_modules ./node_modules
CMD ["node", "dist/index.js"]
