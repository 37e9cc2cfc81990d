package extract_test

import (
	"testing"

	"github.com/rightsgraph/rightsgraph"
	"github.com/rightsgraph/rightsgraph/extract"
	"github.com/rightsgraph/rightsgraph/inmem"
	"github.com/rightsgraph/rightsgraph/seed"
)

func TestStoreKnown(t *testing.T) {
	s := inmem.New()
	if _, err := seed.LoadFS(t.Context(), s, seed.Bundled(), seed.Options{}); err != nil {
		t.Fatal(err)
	}
	known := extract.StoreKnown(s)
	tests := []struct {
		name   string
		kind   rightsgraph.Kind
		text   string
		wantID string // "" for no link
	}{
		{"name", rightsgraph.KindPerson, "Lev Ponomarev", "person/lev-ponomarev"},
		{"alias, other case and accents", rightsgraph.KindPerson, "LEN PONOMARËV", "person/lev-ponomarev"},
		{"other kind", rightsgraph.KindOrganisation, "Lev Ponomarev", ""},
		{"only similar", rightsgraph.KindPerson, "Lev Ponomarenko", ""},
		{"unknown", rightsgraph.KindPerson, "Maria Volkova", ""},
		{"empty", rightsgraph.KindPerson, " ", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			link, ok, err := known.Lookup(t.Context(), tt.kind, tt.text)
			if err != nil {
				t.Fatal(err)
			}
			if ok != (tt.wantID != "") || link.ID != tt.wantID {
				t.Errorf("Lookup(%s, %q) = %q, %v; want %q", tt.kind, tt.text, link.ID, ok, tt.wantID)
			}
		})
	}
}

func TestSlug(t *testing.T) {
	for in, want := range map[string]string{"Maria Volkova": "maria-volkova", "Лев Пономарёв": "lev-ponomarev", "Open Courts — Foundation": "open-courts-foundation"} {
		if got := extract.Slug(in); got != want {
			t.Errorf("Slug(%q) = %q, want %q", in, got, want)
		}
	}
}
