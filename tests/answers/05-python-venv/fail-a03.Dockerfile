# Reviewer: venv copied but PATH not set and CMD runs plain python: slim's /usr/local/bin/python has no Flask, ModuleNotFoundError (docs.python.org venv: activation = PATH)
FROM python:3.12 AS builder
WORKDIR /app
COPY requirements.txt .
RUN python -m venv /opt/venv \
    && /opt/venv/bin/pip install --no-cache-dir --upgrade pip \
    && /opt/venv/bin/pip install --no-cache-dir -r requirements.txt

FROM python:3.12-slim AS runtime
WORKDIR /app
COPY --from=builder /opt/venv /opt/venv
COPY app.py .
COPY templates ./templates
EXPOSE 5000
CMD ["python", "app.py"]
