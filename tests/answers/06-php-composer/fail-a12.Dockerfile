# Reviewer: php:8.3-fpm-alpine has no useradd (busybox adduser only): "useradd: not found", build fails (docker-library/php alpine Dockerfile)
FROM composer:2 AS vendor
WORKDIR /app
COPY composer.json composer.lock ./
RUN composer install --no-dev --no-interaction --prefer-dist

FROM php:8.3-fpm-alpine
RUN useradd --no-create-home --shell /sbin/nologin app
WORKDIR /var/www/html
COPY --from=vendor --chown=app:app /app/vendor ./vendor
COPY --chown=app:app src ./src
COPY --chown=app:app public ./public
USER app
