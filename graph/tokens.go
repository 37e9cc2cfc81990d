package graph

import (
	"strings"
	"time"

	"github.com/rightsgraph/rightsgraph"
	"github.com/rightsgraph/rightsgraph/graph/model"
)

// toTokenInfo shows a token as admins see it: without its hash.
func toTokenInfo(t *rightsgraph.Token) *model.TokenInfo {
	info := &model.TokenInfo{
		Name: t.Name, Role: model.Role(strings.ToUpper(string(t.Role))),
		CreatedAt: t.CreatedAt.UTC().Format(time.RFC3339Nano), Revoked: t.Revoked(), Restricted: t.Cleared,
	}
	if t.Revoked() {
		info.RevokedAt = optional(t.RevokedAt.UTC().Format(time.RFC3339Nano))
	}
	return info
}
