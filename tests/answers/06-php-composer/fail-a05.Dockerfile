# Reviewer: RUN [[ ... ]] runs under /bin/sh = dash in Debian php:8.3-apache: "[[: not found", exit 127, build fails (Dockerfile ref. RUN shell form)
FROM composer:2 AS vendor
WORKDIR /app
COPY composer.json composer.lock ./
RUN composer install --no-dev --no-interaction --prefer-dist

FROM php:8.3-apache
WORKDIR /var/www/html
COPY --from=vendor /app/vendor ./vendor
COPY src ./src
COPY public ./public
# sanity check: fail the build if the autoloader is missing
RUN [[ -f vendor/autoload.php ]] && echo "autoloader OK"
