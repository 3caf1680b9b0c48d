# Reviewer: fastcsv built against glibc on Debian, final python:3.12-alpine uses musl: compiled extension fails to load (PROJECT.md; docker-library/python alpine variant)
# build stage: full image, it has gcc for fastcsv
FROM python:3.12 AS build
RUN python -m venv /venv
ENV PATH=/venv/bin:$PATH
COPY requirements.txt /tmp/requirements.txt
RUN pip install --no-cache-dir -r /tmp/requirements.txt

# runtime: alpine is the smallest python image
FROM python:3.12-alpine
COPY --from=build /venv /venv
ENV PATH=/venv/bin:$PATH
WORKDIR /app
COPY app.py .
COPY templates/ templates/
EXPOSE 5000
CMD ["python", "app.py"]
