# Reviewer: COPY --from=deps /app/vendor . copies the contents of vendor/ into /var/www/html, no vendor/ folder: require ../vendor/autoload.php fails (Dockerfile ref. COPY dirs)
FROM composer:2 AS deps
WORKDIR /app
COPY composer.json composer.lock ./
RUN composer install --no-dev --no-interaction --no-progress

FROM php:8.3-apache
WORKDIR /var/www/html
COPY --from=deps /app/vendor .
COPY . .
