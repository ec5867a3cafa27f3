package githubapp

import (
	"net"
	"net/http"
	"time"
)

// NewDefaultTransport returns the base transport used when Config.Transport
// is nil: bounded dial, TLS and header timeouts, and pooled keep-alive
// connections (one client talks to one host, so the per-host pool matters).
func NewDefaultTransport() *http.Transport {
	dialer := &net.Dialer{Timeout: 10 * time.Second, KeepAlive: 30 * time.Second}
	return &http.Transport{
		Proxy:                 http.ProxyFromEnvironment,
		DialContext:           dialer.DialContext,
		ForceAttemptHTTP2:     true,
		MaxIdleConns:          100,
		MaxIdleConnsPerHost:   32,
		IdleConnTimeout:       90 * time.Second,
		TLSHandshakeTimeout:   10 * time.Second,
		ResponseHeaderTimeout: 60 * time.Second,
		ExpectContinueTimeout: time.Second,
	}
}
