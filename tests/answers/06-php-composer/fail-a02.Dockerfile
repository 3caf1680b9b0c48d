# Reviewer: final stage does not redeclare ARG APP_DIR: ${APP_DIR} expands empty, COPY --from=vendor /vendor not found, build fails (Dockerfile ref. ARG scope)
ARG APP_DIR=/var/www/app

FROM composer:2 AS vendor
ARG APP_DIR
WORKDIR ${APP_DIR}
COPY composer.json composer.lock ./
RUN composer install --no-dev --no-interaction --prefer-dist

FROM php:8.3-fpm
WORKDIR /var/www/app
COPY --from=vendor ${APP_DIR}/vendor ./vendor
COPY src ./src
COPY public ./public
