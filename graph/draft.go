package graph

import (
	"context"
	"io"
	"path"
	"strings"

	"github.com/99designs/gqlgen/graphql"

	"github.com/rightsgraph/rightsgraph"
	"github.com/rightsgraph/rightsgraph/extract"
	"github.com/rightsgraph/rightsgraph/graph/model"
	"github.com/rightsgraph/rightsgraph/reportfile"
)

// draftDocument reads what draftReport was sent: the text, or a file,
// never both.
func draftDocument(input model.DraftReportInput) (*reportfile.Document, error) {
	switch {
	case input.File != nil && input.Text != nil:
		return nil, rightsgraph.FieldError("input.file", "send the text or a file, not both")
	case input.File != nil:
		return readUpload(input.File)
	case input.Text != nil && strings.TrimSpace(*input.Text) != "":
		doc, err := reportfile.Read("text.txt", []byte(*input.Text))
		if err != nil {
			return nil, rightsgraph.FieldError("input.text", "%s", rightsgraph.ErrorMessage(err))
		}
		return doc, nil
	}
	return nil, rightsgraph.FieldError("input.text", "the report is empty: send its text or a file")
}

// readUpload reads an uploaded report file; the server's body limit has
// already bounded its size.
func readUpload(f *graphql.Upload) (*reportfile.Document, error) {
	if f.Size > reportfile.MaxSize {
		return nil, rightsgraph.FieldError("input.file", "%s: %d bytes, more than the %d a report may have", f.Filename, f.Size, reportfile.MaxSize)
	}
	data, err := io.ReadAll(io.LimitReader(f.File, reportfile.MaxSize+1))
	if err != nil {
		return nil, rightsgraph.FieldError("input.file", "reading %s: %v", f.Filename, err)
	}
	doc, err := reportfile.Read(path.Base(f.Filename), data)
	if err != nil {
		return nil, rightsgraph.FieldError("input.file", "%s", rightsgraph.ErrorMessage(err))
	}
	return doc, nil
}

// toDraft converts a draft for GraphQL, with the graph's entities its names
// were linked to.
func toDraft(ctx context.Context, store rightsgraph.Store, d *extract.Result, m extract.Meta, author string, annotation []byte) (*model.Draft, error) {
	out := &model.Draft{
		Text: d.Text, Title: m.Title, URL: optional(m.URL), PublishedAt: optional(m.PublishedAt), Author: optional(author),
		ReportID: m.ID, Annotation: string(annotation), Words: d.Words,
		Entities: []*model.DraftEntity{}, Relations: []*model.DraftRelation{},
	}
	var linked []string
	for _, e := range d.Entities {
		if e.Existing != nil {
			linked = append(linked, e.Existing.ID)
		}
	}
	existing := map[string]*rightsgraph.Entity{}
	if len(linked) > 0 {
		var err error
		if existing, err = store.EntitiesByIDs(ctx, linked); err != nil {
			return nil, err
		}
	}
	for _, e := range d.Entities {
		de := &model.DraftEntity{
			ID: e.ID, Kind: model.Kind(e.Kind), Name: e.Name, Aliases: e.Aliases, Description: optional(e.Description),
			StartDate: optional(e.StartDate), EndDate: optional(e.EndDate), Confidence: e.Confidence, Rule: e.Rule,
			Mentions: make([]*model.Span, len(e.Mentions)),
		}
		if de.Aliases == nil {
			de.Aliases = []string{}
		}
		if e.Existing != nil {
			if x, ok := existing[e.Existing.ID]; ok {
				de.Existing = toEntity(x)
			}
		}
		for i, s := range e.Mentions {
			de.Mentions[i] = &model.Span{Start: s.Start, End: s.End}
		}
		out.Entities = append(out.Entities, de)
	}
	for _, r := range d.Relations {
		dr := &model.DraftRelation{
			Type: model.RelType(r.Type), From: r.From, To: r.To, Role: optional(r.Role), At: optional(r.At),
			Confidence: r.Confidence, Rule: r.Rule,
			Evidence: &model.DraftEvidence{Quote: r.Evidence.Quote, Start: r.Evidence.Start, End: r.Evidence.End},
		}
		if r.Evidence.Occurrence > 0 {
			dr.Evidence.Occurrence = &r.Evidence.Occurrence
		}
		out.Relations = append(out.Relations, dr)
	}
	return out, nil
}
