# syntax=docker/dockerfile:1
# Build: docker build -t postmortem-bot .
FROM golang:1.26-bookworm AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
ARG VERSION=dev
RUN CGO_ENABLED=0 go build -trimpath -ldflags "-s -w -X main.version=${VERSION}" -o /out/postmortem-bot ./cmd/postmortem-bot

# Static binary, no shell, non-root (uid 65532).
FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /out/postmortem-bot /usr/local/bin/postmortem-bot
USER 65532:65532
WORKDIR /work
ENTRYPOINT ["/usr/local/bin/postmortem-bot"]
# The webhook server (serve, with a HEALTHCHECK) arrives with the app core;
# until then the image runs the offline commands: docker run -v $PWD:/work IMAGE lint
CMD ["help"]
