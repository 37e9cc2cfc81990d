package main

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"time"
)

// healthCmd asks a running server whether it is ready: exit 0 when the URL
// answers 200. Container health checks use it, as images have no curl.
func healthCmd(ctx context.Context, cfg Config, args []string, stdout, stderr io.Writer) error {
	fs := newFlags("health", stderr)
	url := fs.String("url", "http://"+cfg.Addr+"/readyz", "URL to check")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	ctx, cancel := context.WithTimeout(ctx, 5*time.Second)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, *url, nil)
	if err != nil {
		return fmt.Errorf("%w: %v", errUsage, err)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(io.LimitReader(resp.Body, 4096))
	fmt.Fprintf(stdout, "%s: %d %s", *url, resp.StatusCode, body)
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("%s answered %d", *url, resp.StatusCode)
	}
	return nil
}
