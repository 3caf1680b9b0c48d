# Stage builder : gcc et make (build-essential) pour compiler les extensions C,
# et un virtualenv qui recueille toutes les dépendances.
FROM python:3.12-slim-bookworm AS builder
RUN apt-get update \
    && apt-get install -y --no-install-recommends build-essential \
    && rm -rf /var/lib/apt/lists/*
RUN python -m venv /opt/venv
ENV PATH="/opt/venv/bin:$PATH"
WORKDIR /app
COPY requirements.txt ./
RUN pip install --no-cache-dir -r requirements.txt

# Stage runtime : la même image, sans compilateur. Il ne reçoit que le venv
# (au même chemin) et le code de l’application.
FROM python:3.12-slim-bookworm AS runtime
ENV PYTHONDONTWRITEBYTECODE=1
ENV PYTHONUNBUFFERED=1
ENV PATH="/opt/venv/bin:$PATH"
RUN useradd --create-home --uid 10001 app
WORKDIR /app
COPY --from=builder /opt/venv /opt/venv
COPY app.py ./
COPY templates/ ./templates/
USER app
CMD ["python", "app.py"]
