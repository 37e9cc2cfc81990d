package web_test

import (
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/rightsgraph/rightsgraph/web"
)

func TestHandler(t *testing.T) {
	rec := httptest.NewRecorder()
	web.Handler().ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/", nil))
	body, _ := io.ReadAll(rec.Body)
	if rec.Code != http.StatusOK {
		t.Fatalf("GET / = %d", rec.Code)
	}
	if web.Built() {
		if !strings.Contains(string(body), `<div id="app"`) && !strings.Contains(string(body), "<script") {
			t.Errorf("the built page lacks its script:\n%.300s", body)
		}
	} else if !strings.Contains(string(body), "make web") {
		t.Errorf("without a build, / must say how to build the page:\n%.300s", body)
	}
	rec = httptest.NewRecorder()
	web.Handler().ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/no-such-file.js", nil))
	if rec.Code != http.StatusNotFound {
		t.Errorf("GET /no-such-file.js = %d, want 404", rec.Code)
	}
}
