# Reviewer: final stage python:3.12-bookworm is the full image with gcc: goal "no compiler in the final image" not met (docker-library/python image variants)
# 1) build: compile les dépendances
FROM python:3.12 AS builder
RUN python -m venv /opt/venv
ENV PATH="/opt/venv/bin:$PATH"
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt

# 2) runtime
FROM python:3.12-bookworm AS runtime
COPY --from=builder /opt/venv /opt/venv
ENV PATH="/opt/venv/bin:$PATH"
WORKDIR /app
COPY app.py .
COPY templates/ templates/
EXPOSE 5000
CMD ["python", "app.py"]
