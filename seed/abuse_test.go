package seed_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"github.com/rightsgraph/rightsgraph/inmem"
	"github.com/rightsgraph/rightsgraph/seed"
)

// copyValid copies testdata/valid into a fresh folder, with the annotation
// changed by edit, and returns the folder.
func copyValid(t *testing.T, edit func(yaml string) string) string {
	t.Helper()
	dir := t.TempDir()
	MustWrite(t, filepath.Join(dir, "report.txt"), []byte(MustRead(t, "testdata/valid/report.txt")))
	MustWrite(t, filepath.Join(dir, "report.yaml"), []byte(edit(MustRead(t, "testdata/valid/report.yaml"))))
	return dir
}

// TestRefusesAnchorsAndAliases: a value repeated through an alias could
// expand a small file into a huge graph, so the first anchor or alias is
// refused, at its line, before anything is decoded.
func TestRefusesAnchorsAndAliases(t *testing.T) {
	for _, tt := range []struct {
		name, old, new string
		line           int
	}{
		{"an anchor alone", "  - id: person/mara-quill", "  - &mara\n    id: person/mara-quill", 0},
		{"an anchor and its alias", "    name: Mara Quill", "    name: &n Mara Quill\n    aliases: [*n]", 0},
		{"an anchor on a scalar", "  title:", "  title: &t", 0},
	} {
		t.Run(tt.name, func(t *testing.T) {
			dir := copyValid(t, func(y string) string {
				if !strings.Contains(y, tt.old) {
					t.Fatalf("%q is not in the fixture", tt.old)
				}
				return strings.Replace(y, tt.old, tt.new, 1)
			})
			data := MustRead(t, filepath.Join(dir, "report.yaml"))
			want := 0 // the line of the first & or *
			for i, l := range strings.Split(data, "\n") {
				if strings.ContainsAny(l, "&*") && !strings.HasPrefix(strings.TrimSpace(l), "#") {
					want = i + 1
					break
				}
			}
			sum, err := seed.LoadPaths(t.Context(), inmem.New(), []string{dir}, seed.Options{DryRun: true})
			ps := MustProblems(t, sum, err)
			if len(ps) != 1 || ps[0].Line != want || !strings.Contains(ps[0].Msg, "anchors and aliases are not allowed") {
				t.Errorf("problems %v, want one at line %d refusing anchors and aliases", ps, want)
			}
		})
	}
}

// TestProblemsAreBounded: an annotation of countless mistakes gets at most
// MaxProblems problems, and a last saying there are more; no message
// repeats a long quote whole.
func TestProblemsAreBounded(t *testing.T) {
	var rels strings.Builder
	for i := range 3 * seed.MaxProblems {
		fmt.Fprintf(&rels, "  - type: MEMBER_OF\n    from: person/tomas-vey\n    to: organisation/harbour-watch-society\n    quote: \"%d%s\"\n",
			i, strings.Repeat(" words the report never says", 100))
	}
	dir := copyValid(t, func(y string) string { return strings.Replace(y, "relations:\n", "relations:\n"+rels.String(), 1) })
	sum, err := seed.LoadPaths(t.Context(), inmem.New(), []string{dir}, seed.Options{DryRun: true})
	ps := MustProblems(t, sum, err)
	if len(ps) != seed.MaxProblems+1 || !strings.Contains(ps[len(ps)-1].Msg, "more problems") {
		t.Fatalf("%d problems, the last %q; want %d and a last saying there are more", len(ps), ps[len(ps)-1], seed.MaxProblems+1)
	}
	for _, p := range ps {
		if len(p.Msg) > 200 {
			t.Errorf("a message of %d bytes: %.100s…", len(p.Msg), p.Msg)
		}
	}
	if !strings.Contains(ps[0].Msg, "…") {
		t.Errorf("first problem %q: want the quote cut short with …", ps[0].Msg)
	}
}

// TestReadsOnlyRegularFilesInside: an annotation or a report text that is a
// link, a pipe, a device or too big is refused, without being followed,
// opened or read whole; a linked folder is not walked.
func TestReadsOnlyRegularFilesInside(t *testing.T) {
	outside := t.TempDir()
	MustWrite(t, filepath.Join(outside, "secret.txt"), []byte("A secret."))
	MustWrite(t, filepath.Join(outside, "report.yaml"), []byte(MustRead(t, "testdata/valid/report.yaml")))
	MustWrite(t, filepath.Join(outside, "report.txt"), []byte(MustRead(t, "testdata/valid/report.txt")))
	withText := func(name string) func(string) string {
		return func(y string) string { return strings.Replace(y, "text: report.txt", "text: "+name, 1) }
	}
	for _, tt := range []struct {
		name  string
		edit  func(string) string
		setup func(t *testing.T, dir string)
		want  string
	}{
		{"a text linked outside", withText("link.txt"), func(t *testing.T, dir string) {
			must(t, os.Symlink(filepath.Join(outside, "secret.txt"), filepath.Join(dir, "link.txt")))
		}, "report text link.txt: not a regular file"},
		{"a text linked inside", withText("link.txt"), func(t *testing.T, dir string) {
			must(t, os.Symlink("report.txt", filepath.Join(dir, "link.txt")))
		}, "report text link.txt: not a regular file"},
		{"a text linked to a device", withText("zero.txt"), func(t *testing.T, dir string) {
			must(t, os.Symlink("/dev/zero", filepath.Join(dir, "zero.txt")))
		}, "report text zero.txt: not a regular file"},
		{"a text that is a pipe", withText("pipe.txt"), func(t *testing.T, dir string) {
			must(t, syscall.Mkfifo(filepath.Join(dir, "pipe.txt"), 0o644))
		}, "report text pipe.txt: not a regular file"},
		{"a text that is a folder", withText("sub"), func(t *testing.T, dir string) {
			must(t, os.Mkdir(filepath.Join(dir, "sub"), 0o755))
		}, "report text sub: not a regular file"},
		{"a text in a linked folder", withText("out/secret.txt"), func(t *testing.T, dir string) {
			must(t, os.Symlink(outside, filepath.Join(dir, "out")))
		}, "report text out/secret.txt: path escapes"},
		{"a text too big", withText("big.txt"), func(t *testing.T, dir string) {
			must(t, os.WriteFile(filepath.Join(dir, "big.txt"), nil, 0o644))
			must(t, os.Truncate(filepath.Join(dir, "big.txt"), 6<<20))
		}, "report text big.txt: larger than"},
		{"an annotation linked outside", nil, func(t *testing.T, dir string) {
			must(t, os.Symlink(filepath.Join(outside, "report.yaml"), filepath.Join(dir, "linked.yaml")))
		}, "linked.yaml: not a regular file"},
		{"an annotation that is a pipe", nil, func(t *testing.T, dir string) {
			must(t, syscall.Mkfifo(filepath.Join(dir, "pipe.yaml"), 0o644))
		}, "pipe.yaml: not a regular file"},
		{"an annotation too big", nil, func(t *testing.T, dir string) {
			must(t, os.WriteFile(filepath.Join(dir, "big.yaml"), nil, 0o644))
			must(t, os.Truncate(filepath.Join(dir, "big.yaml"), seed.MaxAnnotationBytes+1))
		}, "big.yaml: larger than"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			edit := tt.edit
			if edit == nil {
				edit = func(y string) string { return y }
			}
			dir := copyValid(t, edit)
			tt.setup(t, dir)
			sum, err := seed.LoadPaths(t.Context(), inmem.New(), []string{dir}, seed.Options{DryRun: true})
			ps := MustProblems(t, sum, err)
			if !strings.Contains(ps.Error(), tt.want) {
				t.Errorf("problems:\n%v\nwant one with %q", ps, tt.want)
			}
		})
	}
	t.Run("a linked folder is not walked", func(t *testing.T) {
		dir := copyValid(t, func(y string) string { return y })
		must(t, os.Symlink(outside, filepath.Join(dir, "out")))
		sum, err := seed.LoadPaths(t.Context(), inmem.New(), []string{dir}, seed.Options{DryRun: true})
		if err != nil || len(sum.Reports) != 1 {
			t.Errorf("LoadPaths = %+v, %v; want the one report of the folder", sum, err)
		}
	})
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}
