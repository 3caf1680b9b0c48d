# Reviewer: --user packages copied to /root/.local but app runs as flask: user site is /home/flask/.local and /root is 0700, so Flask not importable (Python site.USER_BASE; Debian /root perms)
FROM python:3.12 AS builder
COPY requirements.txt .
RUN pip install --user --no-cache-dir -r requirements.txt

FROM python:3.12-slim
RUN useradd --create-home flask
COPY --from=builder /root/.local /root/.local
ENV PATH=/root/.local/bin:$PATH
WORKDIR /home/flask/app
COPY app.py .
COPY templates ./templates
USER flask
EXPOSE 5000
CMD ["python", "app.py"]
