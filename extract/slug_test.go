package extract_test

import (
	"testing"

	"github.com/rightsgraph/rightsgraph/extract"
)

func TestSlug(t *testing.T) {
	for in, want := range map[string]string{"Maria Volkova": "maria-volkova", "Лев Пономарёв": "lev-ponomarev", "Open Courts — Foundation": "open-courts-foundation", "Kerime Aydın": "kerime-aydin", "Lech Wałęsa": "lech-walesa"} {
		if got := extract.Slug(in); got != want {
			t.Errorf("Slug(%q) = %q, want %q", in, got, want)
		}
	}
}
