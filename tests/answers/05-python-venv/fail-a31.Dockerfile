# Reviewer: builder runs python -m venv /opt/venv as non-root user builder; /opt is root-owned 0755, PermissionError, build fails (Dockerfile ref. USER)
FROM python:3.12 AS builder
# don't build as root
RUN useradd --create-home builder
USER builder
WORKDIR /home/builder
COPY requirements.txt .
RUN python -m venv /opt/venv \
    && /opt/venv/bin/pip install --no-cache-dir -r requirements.txt

FROM python:3.12-slim
RUN useradd --create-home app
COPY --from=builder /opt/venv /opt/venv
ENV PATH="/opt/venv/bin:$PATH"
WORKDIR /home/app
COPY app.py .
COPY templates ./templates
USER app
CMD ["python", "app.py"]
