# The rightsgraph server as a small static image, with the explorer page.
FROM node:20 AS web
WORKDIR /src/web
COPY web/package.json web/package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY web/ ./
RUN npm run build

FROM golang:1.26 AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
COPY --from=web /src/web/dist ./web/dist
RUN CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /rightsgraph ./cmd/rightsgraph
RUN mkdir -p /out/data

FROM scratch
COPY --from=build /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/
COPY --from=build /rightsgraph /rightsgraph
COPY --from=build --chown=65534:65534 /out/data /data
USER 65534:65534
ENV RIGHTSGRAPH_ADDR=0.0.0.0:8080 RIGHTSGRAPH_DATA=/data
VOLUME /data
EXPOSE 8080
ENTRYPOINT ["/rightsgraph"]
CMD ["serve"]
