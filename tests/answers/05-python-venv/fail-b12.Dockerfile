# Reviewer: packages live in /root/.local but the app runs as USER app (HOME /home/app, /root 0700): flask not on sys.path, ModuleNotFoundError (python site user base; Dockerfile ref. USER)
FROM python:3.12 AS build
WORKDIR /build
COPY requirements.txt .
RUN pip install --user --no-cache-dir -r requirements.txt

FROM python:3.12-slim
RUN useradd --create-home app
WORKDIR /home/app/web
COPY --from=build /root/.local /root/.local
ENV PATH=/root/.local/bin:$PATH
COPY app.py ./
COPY templates/ templates/
# pas de root en prod
USER app
CMD ["python", "app.py"]
