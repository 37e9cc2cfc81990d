package extract

import (
	"io/fs"

	"github.com/rightsgraph/rightsgraph/seed"
)

func seedBundled() fs.FS { return seed.Bundled() }
