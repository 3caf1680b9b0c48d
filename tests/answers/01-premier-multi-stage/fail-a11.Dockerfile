# Reviewer: CMD npm start needs package.json, which the runtime stage never receives: npm ENOENT, app never starts (npm run-script; Dockerfile only copies dist)
FROM node:22 AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build

FROM node:22-slim
ENV NODE_ENV=production
WORKDIR /app
COPY --from=build /app/dist ./dist
EXPOSE 3000
# le script "start" fait node dist/index.js
CMD ["npm", "start"]
