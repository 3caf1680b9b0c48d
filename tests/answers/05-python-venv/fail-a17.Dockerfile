# Reviewer: apt-get install gcc without -y: extra deps need confirmation, stdin not a tty, apt aborts and RUN fails (apt-get(8) -y; Docker build RUN has no stdin)
# build stage: slim + gcc only, lighter than the full image
FROM python:3.12-slim AS builder
RUN apt-get update && apt-get install --no-install-recommends gcc \
    && rm -rf /var/lib/apt/lists/*
RUN python -m venv /opt/venv
ENV PATH="/opt/venv/bin:$PATH"
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt

FROM python:3.12-slim
COPY --from=builder /opt/venv /opt/venv
ENV PATH="/opt/venv/bin:$PATH"
WORKDIR /app
COPY app.py .
COPY templates ./templates
EXPOSE 5000
CMD ["python", "app.py"]
