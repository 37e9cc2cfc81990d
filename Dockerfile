# The rightsgraph server as a small static image.
FROM golang:1.26 AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /rightsgraph ./cmd/rightsgraph

FROM scratch
COPY --from=build /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/
COPY --from=build /rightsgraph /rightsgraph
USER 65534:65534
EXPOSE 8080
ENTRYPOINT ["/rightsgraph"]
CMD ["serve"]
