# Reviewer: COPY --from=builder venv resolves to /venv from the stage root, not WORKDIR /app: "/venv" not found, build fails (Dockerfile ref. COPY --from)
FROM python:3.12 AS builder
WORKDIR /app
COPY requirements.txt .
RUN python -m venv venv && ./venv/bin/pip install --no-cache-dir -r requirements.txt

FROM python:3.12-slim
WORKDIR /app
# the venv was created in the builder's WORKDIR
COPY --from=builder venv /app/venv
COPY . .
ENV PATH="/app/venv/bin:$PATH"
CMD ["python", "app.py"]
