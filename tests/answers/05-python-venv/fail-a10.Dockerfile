# Reviewer: RUN uses /bin/sh (dash in Debian python:3.12), where "source" is not a builtin: command not found, build fails (Dockerfile ref. RUN shell form)
FROM python:3.12 AS builder
WORKDIR /app
COPY requirements.txt .
RUN python -m venv /opt/venv && \
    source /opt/venv/bin/activate && \
    pip install --no-cache-dir -r requirements.txt

FROM python:3.12-slim
COPY --from=builder /opt/venv /opt/venv
ENV PATH="/opt/venv/bin:$PATH"
WORKDIR /app
COPY app.py .
COPY templates ./templates
EXPOSE 5000
CMD ["python", "app.py"]
