# Reviewer: CMD apache2ctl start daemonizes Apache and returns, PID 1 exits, container stops (docker-library/php apache2-foreground; Dockerfile ref. CMD)
FROM composer:2 AS vendor
WORKDIR /app
COPY composer.json composer.lock ./
RUN composer install --no-dev --no-interaction --prefer-dist

FROM php:8.3-apache
WORKDIR /var/www/html
COPY --from=vendor /app/vendor ./vendor
COPY src ./src
COPY public ./public
RUN a2enmod rewrite
EXPOSE 80
CMD ["apache2ctl", "start"]
