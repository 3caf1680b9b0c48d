# syntax=docker/dockerfile:1
# Reviewer: RUN --mount=type=bind,from=wheelhouse installs wheels offline into slim; nobody can read root-owned app files (Dockerfile ref. RUN --mount=type=bind)

FROM python:3.12 AS wheelhouse
COPY requirements.txt /src/requirements.txt
RUN pip wheel --no-cache-dir --wheel-dir /wheelhouse -r /src/requirements.txt

FROM python:3.12-slim AS final
WORKDIR /app
COPY requirements.txt .
# the wheels are only mounted for this RUN, they don't end up in a layer
RUN --mount=type=bind,from=wheelhouse,source=/wheelhouse,target=/wheelhouse \
    pip install --no-cache-dir --no-index --find-links=/wheelhouse -r requirements.txt
COPY app.py .
COPY templates ./templates
USER nobody
EXPOSE 5000
CMD ["python", "app.py"]
