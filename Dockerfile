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
# The nonroot user's own home: the setup page saves the app's credentials
# under it (.postmortem-bot/); mount a volume here to keep them.
WORKDIR /home/nonroot
# Every interface: the setup page's default, 127.0.0.1, is not reachable
# through -p. For a first run publish it on the host's loopback alone:
# docker run -p 127.0.0.1:3000:3000 ...
ENV ADDR=:3000
EXPOSE 3000
# distroless has no shell or curl: the binary checks its own /healthz.
HEALTHCHECK --interval=30s --timeout=3s --start-period=5s --retries=3 \
  CMD ["/usr/local/bin/postmortem-bot", "healthcheck"]
ENTRYPOINT ["/usr/local/bin/postmortem-bot"]
# Offline use: docker run -v "$PWD:/work" -w /work IMAGE lint
CMD ["serve"]
